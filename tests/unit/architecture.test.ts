import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { architectureTable } from './support/docs-table';

/*
 * The layers of the code (LAYERS in eslint.config.mjs): lint refuses an import that runs up
 * them, nothing imports in a circle, and docs/architecture.md shows the same table.
 */

const root = path.resolve(import.meta.dirname, '../..');

/** One layer as eslint.config.mjs declares it. */
interface Layer {
  name: string;
  folders: readonly string[];
  holds: string;
}

// Imported by its address: the configuration is plain JavaScript, without types to check.
const { LAYERS } = (await import(pathToFileURL(path.join(root, 'eslint.config.mjs')).href)) as {
  LAYERS: readonly Layer[];
};

/** Every TypeScript module of the site itself (not tests, not configuration). */
function projectModules(): string[] {
  const folders = ['app', 'components', 'lib'];
  const nested = folders.flatMap((folder) =>
    fs
      .readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
      .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name))),
  );
  return [...nested, 'instrumentation.ts'].map((file) => file.split(path.sep).join('/'));
}

/** The project file a module's import names, or undefined for a package. */
function resolveImport(importer: string, specifier: string, files: ReadonlySet<string>) {
  const base = specifier.startsWith('@/')
    ? specifier.slice(2)
    : specifier.startsWith('.')
      ? path.posix.join(path.posix.dirname(importer), specifier)
      : undefined;
  if (base === undefined) return undefined;
  return [base, `${base}.ts`, `${base}.tsx`].find((candidate) => files.has(candidate));
}

/** What each module imports (type-only imports too: they tie the code together as much). */
function importGraph(): Map<string, string[]> {
  const files = projectModules();
  const known = new Set(files);
  return new Map(
    files.map((file) => {
      const text = fs.readFileSync(path.join(root, file), 'utf8');
      const { importedFiles } = ts.preProcessFile(text, true, true);
      const targets = importedFiles.flatMap(
        ({ fileName }) => resolveImport(file, fileName, known) ?? [],
      );
      return [file, targets];
    }),
  );
}

/** The groups of modules that import each other in a circle (Tarjan's strongly connected components). */
function circles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (file: string) => {
    index.set(file, next);
    low.set(file, next);
    next += 1;
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(file, Math.min(low.get(file)!, index.get(target)!));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== file);
    if (group.length > 1 || graph.get(file)?.includes(file)) found.push(group.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return found;
}

describe('the layers of the code', () => {
  it('has no module that imports itself back through others', () => {
    const graph = importGraph();
    expect(graph.size).toBeGreaterThan(100);
    expect(circles(graph)).toEqual([]);
  });

  it('finds a circle when there is one', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(circles(graph)).toEqual([['a', 'b', 'c']]);
  });

  it('resolves the imports of a module that uses both kinds of address', () => {
    const graph = importGraph();
    expect(graph.get('lib/library/load.ts')).toContain('lib/content/folder.ts');
    expect(graph.get('app/layout.tsx')).toContain('lib/content/site.ts');
  });

  const eslint = new ESLint({ cwd: root });
  const layerErrors = async (filePath: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
    return (result?.messages ?? []).filter(
      (message) => message.ruleId === 'masthead/imports-run-down',
    );
  };

  it('fails lint on an import that runs up a layer, naming both layers', async () => {
    const up = await layerErrors(
      'lib/site/example.ts',
      "import { getEditions } from '../library/getters';\nexport const all = getEditions;\n",
    );
    expect(up.map((message) => message.message)).toEqual([
      expect.stringMatching(/site facts layer and may not import from library/),
    ]);
    const upByAlias = await layerErrors(
      'lib/markdown/example.ts',
      "import type { Edition } from '@/lib/library/getters';\nexport type E = Edition;\n",
    );
    expect(upByAlias).toHaveLength(1);
    const fromComponents = await layerErrors(
      'components/shared/example.tsx',
      "export { dynamic } from '@/app/layout';\n",
    );
    expect(fromComponents).toHaveLength(1);
  }, 60_000);

  it('lets an import run down or stay in its layer', async () => {
    expect(
      await layerErrors(
        'lib/outputs/pdf/example.ts',
        "import { site } from '../../content/site';\nimport { editionTextFile } from '../text-file';\nexport const both = [site, editionTextFile];\n",
      ),
    ).toEqual([]);
  }, 60_000);

  it('is the table docs/architecture.md shows', () => {
    const rows = architectureTable('Layer');
    const expected = [...LAYERS]
      .reverse()
      .map((layer) => [
        layer.name,
        layer.folders.map((folder) => `\`${folder}\``).join(', '),
        layer.holds,
      ]);
    expect(rows.map((row) => row.slice(0, 3))).toEqual(expected);
  });
});
