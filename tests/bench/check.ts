import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { loadLibrary } from '../../lib/library/load';
import { site } from '../../lib/content/site';
import { writeSyntheticArchive } from './synthetic-archive';
import { printTable } from './table';

/*
 * `npm run bench:check`: how long checking content takes, in process (the loader alone) and
 * as the editor runs it (`npm run check`, including start-up), for the sample content and
 * for synthetic archives. Prints a table; the targets are in the issue and the README.
 */

const root = path.resolve(import.meta.dirname, '..', '..');

function timeLoad(folder: string, render: boolean): string {
  const started = performance.now();
  loadLibrary(folder, site, { render });
  return `${(performance.now() - started).toFixed(0)} ms`;
}

/** Runs `npm run check` as an editor would: its own timing, and the wall clock with start-up. */
function timeCommand(folder: string): [string, string] {
  const started = performance.now();
  const output = execFileSync('npm', ['run', '--silent', 'check'], {
    cwd: root,
    env: { ...process.env, MASTHEAD_CONTENT_DIR: folder },
    encoding: 'utf8',
  });
  const wall = performance.now() - started;
  const own = /\((\d+) ms\)\.?\s*$/.exec(output.trim())?.[1] ?? '?';
  return [`${own} ms`, `${wall.toFixed(0)} ms`];
}

const rows: string[][] = [];
const sample = path.join(root, 'content');
const sampleArticles = loadLibrary(sample, site).editions.reduce(
  (sum, edition) => sum + edition.articles.length,
  0,
);
rows.push([
  'sample content',
  String(sampleArticles),
  timeLoad(sample, true),
  timeLoad(sample, false),
  ...timeCommand(sample),
]);

for (const editions of [10, 100]) {
  const folder = path.join(os.tmpdir(), `masthead-bench-check-${editions}`);
  const { articles } = writeSyntheticArchive(folder, editions);
  rows.push([
    `${editions} editions`,
    String(articles),
    timeLoad(folder, true),
    timeLoad(folder, false),
    ...timeCommand(folder),
  ]);
}

const header = [
  'content',
  'articles',
  'load and render (build)',
  'check only',
  'npm run check (own timing)',
  'npm run check (wall, with start-up)',
];
printTable(header, rows);
console.log(
  `\nMachine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`,
);
