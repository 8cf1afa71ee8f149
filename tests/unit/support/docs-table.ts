import fs from 'node:fs';
import path from 'node:path';

/**
 * The body rows of the Markdown table in docs/architecture.md whose header row starts with
 * `| <firstHeader>`, each as its trimmed cells; empty when there is no such table. Cells are
 * split at ` | `, so a cell may hold a `|` only inside code.
 */
export function architectureTable(firstHeader: string): string[][] {
  const docs = fs.readFileSync(path.resolve('docs', 'architecture.md'), 'utf8');
  const start = docs.indexOf(`| ${firstHeader}`);
  if (start < 0) return [];
  const lines = docs.slice(start).split('\n');
  const end = lines.findIndex((line) => !line.startsWith('|'));
  return lines
    .slice(2, end < 0 ? undefined : end)
    .map((line) => line.split(' | ').map((cell) => cell.replace(/^\|?\s*|\s*\|?$/g, '')));
}
