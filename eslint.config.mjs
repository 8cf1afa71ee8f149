import js from '@eslint/js';
import nextPlugin from '@next/eslint-plugin-next';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * Lint rules for the whole tree. Beyond the usual sets (TypeScript, Next's own rules,
 * accessibility in JSX, the rules of hooks), one rule keeps the architecture honest: the
 * disk, the front matter parser and the Markdown parser are reached only through the content
 * loader, so no page or output can read content its own way (docs/architecture.md).
 */

const markdownParsers = [
  'remark',
  'remark-*',
  'micromark',
  'micromark-*',
  'mdast-util-from-markdown',
  'mdast-util-gfm-*',
  'mdast-util-directive',
];

/** Imports that only the content loader (and the modules named below) may make. */
const loaderOnly = {
  paths: [
    { name: 'fs', message: 'Only the content loader (lib/content/load.ts) reads the disk.' },
    { name: 'node:fs', message: 'Only the content loader (lib/content/load.ts) reads the disk.' },
    {
      name: 'fs/promises',
      message: 'Only the content loader (lib/content/load.ts) reads the disk.',
    },
    {
      name: 'node:fs/promises',
      message: 'Only the content loader (lib/content/load.ts) reads the disk.',
    },
    { name: 'gray-matter', message: 'Front matter is split by lib/content/front-matter.ts alone.' },
  ],
  patterns: [
    { group: markdownParsers, message: 'Markdown is parsed and rendered in lib/markdown/ alone.' },
    {
      group: ['**/markdown/render', '**/markdown/syntax'],
      allowTypeImports: true,
      message:
        'Markdown is rendered once, by the content loader: read the rendered fields of Article and Edition.',
    },
  ],
};

/** `loaderOnly` without the entries a folder is allowed. */
function allowing({ fs = false, grayMatter = false, parsers = false, renderer = false }) {
  return {
    paths: loaderOnly.paths.filter(
      ({ name }) => !(fs && name.includes('fs')) && !(grayMatter && name === 'gray-matter'),
    ),
    patterns: loaderOnly.patterns.filter(
      ({ group }) =>
        !(parsers && group === markdownParsers) && !(renderer && group !== markdownParsers),
    ),
  };
}

export default tseslint.config(
  {
    ignores: [
      '.next/**',
      '.next-*/**',
      'out/**',
      'node_modules/**',
      'tests/.artifacts/**',
      'next-env.d.ts',
      'readership/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  nextPlugin.configs['core-web-vitals'],
  jsxA11y.flatConfigs.recommended,
  reactHooks.configs.flat.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-imports': ['error', loaderOnly],
      // Reading pages link with plain <a>: next/link prefetches every link in view and hydrates
      // each one, which readers on a phone pay for and rarely use (docs/performance.md).
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
  // The loader reads the disk and splits front matter; the Markdown modules parse.
  {
    files: ['lib/content/load.ts'],
    rules: { 'no-restricted-imports': ['error', allowing({ fs: true, renderer: true })] },
  },
  // The loader's results kept between runs, by content hash.
  {
    files: ['lib/content/kept-results.ts'],
    rules: { 'no-restricted-imports': ['error', allowing({ fs: true })] },
  },
  {
    files: ['lib/content/front-matter.ts'],
    rules: { 'no-restricted-imports': ['error', allowing({ grayMatter: true })] },
  },
  {
    files: ['lib/markdown/**'],
    rules: { 'no-restricted-imports': ['error', allowing({ parsers: true, renderer: true })] },
  },
  // Build assets that are not content: the fonts drawn into preview images and PDFs, the outputs
  // kept between builds, and the record of the accessibility tests. Command-line tools write
  // files by their nature.
  {
    files: [
      'lib/outputs/preview-fonts.ts',
      'lib/outputs/kept-files.ts',
      'lib/outputs/pdf/fonts.ts',
      'lib/site/accessibility-report.ts',
      'lib/cli/**',
    ],
    rules: { 'no-restricted-imports': ['error', allowing({ fs: true })] },
  },
  // CommonJS files are preloaded with `node --require`, which needs require().
  { files: ['**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  // Tests and the tools' own configuration may read and parse what they check.
  {
    files: ['tests/**', '*.config.*', 'proxy.server.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
