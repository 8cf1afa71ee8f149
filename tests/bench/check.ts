import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { loadLibrary } from '../../lib/load-content';
import { site } from '../../lib/site';
import { writeSyntheticArchive } from './synthetic-archive';

/*
 * `npm run bench:check`: how long checking content takes, in process (the loader alone) and
 * as the editor runs it (`npm run check`, including start-up), for the sample content and
 * for synthetic archives. Prints a table; the targets are in the issue and the README.
 */

const root = path.resolve(import.meta.dirname, '..', '..');

function timeLoad(folder: string): number {
  const started = performance.now();
  loadLibrary(folder, site);
  return performance.now() - started;
}

function timeCommand(folder: string): number {
  const started = performance.now();
  execFileSync('npm', ['run', '--silent', 'check'], { cwd: root, env: { ...process.env, MASTHEAD_CONTENT_DIR: folder }, stdio: 'ignore' });
  return performance.now() - started;
}

const rows: string[][] = [];
const sample = path.join(root, 'content');
rows.push(['sample content', '-', `${timeLoad(sample).toFixed(0)} ms`, `${timeCommand(sample).toFixed(0)} ms`]);

for (const editions of [10, 100]) {
  const folder = path.join(os.tmpdir(), `masthead-bench-check-${editions}`);
  const { articles } = writeSyntheticArchive(folder, editions);
  rows.push([`${editions} editions`, String(articles), `${timeLoad(folder).toFixed(0)} ms`, `${timeCommand(folder).toFixed(0)} ms`]);
}

const header = ['content', 'articles', 'load and check (in process)', 'npm run check (wall clock)'];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ');
console.log(line(header));
console.log(widths.map((width) => '-'.repeat(width)).join('  '));
for (const row of rows) console.log(line(row));
console.log(`\nMachine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`);
