import path from 'node:path';
import js from '@eslint/js';
import nextPlugin from '@next/eslint-plugin-next';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * Lint rules for the whole tree. Beyond the usual sets (TypeScript, Next's own rules,
 * accessibility in JSX, the rules of hooks), two rules keep the architecture honest
 * (docs/architecture.md): imports only run down the layers below, and the disk, the front
 * matter parser and the Markdown parser are reached only through the modules named here, so
 * no page or output can read content its own way.
 */

/**
 * The layers of the code, lowest first. A module may import from its own layer and the layers
 * below it, never from one above: content is read and checked before Markdown is rendered,
 * the library is assembled from both, and so on up to the routes. docs/architecture.md shows
 * this table, and a test (tests/unit/architecture.test.ts) keeps the two the same.
 */
export const LAYERS = [
  {
    name: 'site facts',
    folders: ['lib/site'],
    holds:
      'What every layer needs to know: settings, addresses, slugs, dates, theme, security headers, video players.',
  },
  {
    name: 'reading script',
    folders: ['lib/reading'],
    holds:
      "The reading pages' one script, bundled for the browser by the build, with the facts it shares with the server.",
  },
  {
    name: 'content',
    folders: ['lib/content'],
    holds:
      'Reading and checking the content folder: its files, front matter, pictures, guardrails, problems, the types, the publishing rule, templates.',
  },
  {
    name: 'markdown',
    folders: ['lib/markdown'],
    holds: 'Rendering a body: parsing, the sanitiser, rich blocks, footnotes, images, plain text.',
  },
  {
    name: 'library',
    folders: ['lib/library'],
    holds:
      'Assembling the library from each edition folder, keeping results between runs, and the getters.',
  },
  {
    name: 'browse',
    folders: ['lib/browse'],
    holds: 'Sections and topics, archive pages, search, reading time.',
  },
  {
    name: 'outputs',
    folders: ['lib/outputs'],
    holds:
      'Pure renderers of each format that is not a page: plain view, text files, feeds, email, PDF, calendar, cards.',
  },
  {
    name: 'readership',
    folders: ['lib/readership'],
    holds: 'Reading the web server log into the readership report.',
  },
  {
    name: 'request handling',
    folders: ['lib/requests', 'lib/server'],
    holds:
      'Deciding what a request gets: the front door, lookups and redirects, responses, audience, metadata; the production server.',
  },
  {
    name: 'components',
    folders: ['components'],
    holds:
      'Presentational React: the frame, the parts of editions and articles, one view per page type.',
  },
  {
    name: 'app',
    folders: ['app', 'instrumentation.ts'],
    holds: 'Routes only, and the instrumentation Next runs.',
  },
  {
    name: 'tools',
    folders: ['lib/cli', 'lib/publish'],
    holds: 'Command-line entry points and publishing.',
  },
];

/** The layer a file of the project is in (its index in LAYERS), or -1 for tests and configuration. */
function layerOf(file) {
  return LAYERS.findIndex(({ folders }) =>
    folders.some((folder) => file === folder || file.startsWith(`${folder}/`)),
  );
}

/** The project file an import names, without extension, or undefined for a package. */
function importedFile(importer, specifier) {
  if (specifier.startsWith('@/')) return specifier.slice(2);
  if (specifier.startsWith('.')) return path.posix.join(path.posix.dirname(importer), specifier);
  return undefined;
}

/** Reports an import that runs up the layers. */
const importsRunDown = {
  meta: {
    type: 'problem',
    docs: { description: 'A module imports only from its own layer and those below (LAYERS).' },
    schema: [],
  },
  create(context) {
    const importer = path.relative(context.cwd, context.filename).split(path.sep).join('/');
    const own = layerOf(importer);
    if (own < 0) return {};
    const check = (node) => {
      const specifier = node.source?.value;
      if (typeof specifier !== 'string') return;
      const target = importedFile(importer, specifier);
      const layer = target === undefined ? -1 : layerOf(target);
      if (layer <= own) return;
      context.report({
        node: node.source,
        message: `${importer} is in the ${LAYERS[own].name} layer and may not import from ${LAYERS[layer].name}, a layer above it: move what both need down, or pass it in (docs/architecture.md)`,
      });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

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
const readsTheDisk = 'Only lib/content/folder.ts reads the content folder.';
const loaderOnly = {
  paths: [
    { name: 'fs', message: readsTheDisk },
    { name: 'node:fs', message: readsTheDisk },
    { name: 'fs/promises', message: readsTheDisk },
    { name: 'node:fs/promises', message: readsTheDisk },
    { name: 'gray-matter', message: 'Front matter is split by lib/content/front-matter.ts alone.' },
  ],
  patterns: [
    { group: markdownParsers, message: 'Markdown is parsed and rendered in lib/markdown/ alone.' },
    {
      group: ['**/markdown/render', '**/markdown/syntax'],
      allowTypeImports: true,
      message:
        'Markdown is rendered once, as the library is loaded (lib/library/edition.ts): read the rendered body of an Article or an Edition.',
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
    plugins: { masthead: { rules: { 'imports-run-down': importsRunDown } } },
    rules: { 'masthead/imports-run-down': 'error' },
  },
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
  // One module reads the content folder; the library's edition step renders each body once.
  {
    files: ['lib/content/folder.ts'],
    rules: { 'no-restricted-imports': ['error', allowing({ fs: true })] },
  },
  {
    files: ['lib/library/edition.ts'],
    rules: { 'no-restricted-imports': ['error', allowing({ renderer: true })] },
  },
  // The loader's results kept between runs, by content hash.
  {
    files: ['lib/library/kept-results.ts'],
    rules: { 'no-restricted-imports': ['error', allowing({ fs: true })] },
  },
  {
    files: ['lib/content/front-matter.ts'],
    rules: { 'no-restricted-imports': ['error', allowing({ grayMatter: true })] },
  },
  // The PDF sets the syntax tree the renderer keeps, and reads its node types.
  {
    files: ['lib/markdown/**', 'lib/outputs/pdf/markdown.ts'],
    rules: { 'no-restricted-imports': ['error', allowing({ parsers: true, renderer: true })] },
  },
  // Build assets that are not content: the fonts drawn into preview images and PDFs, the outputs
  // kept between builds, the record of the accessibility tests, and the addresses the build
  // lists for the server. Command-line tools write files by their nature.
  {
    files: [
      'lib/outputs/preview-fonts.ts',
      'lib/outputs/kept-files.ts',
      'lib/outputs/reading-script.ts',
      'lib/outputs/pdf/fonts.ts',
      'lib/site/accessibility-report.ts',
      'lib/server/server.ts',
      'lib/cli/**',
    ],
    rules: { 'no-restricted-imports': ['error', allowing({ fs: true })] },
  },
  // CommonJS files are preloaded with `node --require`, which needs require().
  { files: ['**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  // Tests and the tools' own configuration may read and parse what they check.
  {
    files: ['tests/**', '*.config.*'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
