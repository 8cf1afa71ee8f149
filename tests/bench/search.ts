import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadLibrary } from '../../lib/library/load';
import { MAX_QUERY_WORDS, SearchIndex, staticSearchData } from '../../lib/browse/search';
import { site } from '../../lib/content/site';
import { writeSyntheticArchive } from './synthetic-archive';
import { printTable } from './table';

/*
 * `npm run bench:search`: the search index's size and build time, and query times, for the
 * sample content and for 600 articles, and what the static copy's search page downloads.
 * Prints a table.
 */

const QUERIES = ['beacon', 'safeguard', '"one phone call"', 'partners training', 'transcrib'];
const HOSTILE_QUERY = `xx ${Array.from({ length: 100 }, (_, index) => 'abcdefghijklmnopqrstuvwxyz'[index % 26]).join(' ')}`;
const root = path.resolve(import.meta.dirname, '..', '..');

function measure(label: string, folder: string): string[] {
  const { editions } = loadLibrary(folder, site);
  let started = performance.now();
  const index = new SearchIndex(editions);
  const build = performance.now() - started;
  const json = index.serialised();
  const runs = 20;
  started = performance.now();
  for (let run = 0; run < runs; run += 1) for (const query of QUERIES) index.search(query);
  const perQuery = (performance.now() - started) / (runs * QUERIES.length);
  // The probe's query: one real word and a hundred one-letter ones, within the rate limit.
  started = performance.now();
  for (let run = 0; run < runs; run += 1) index.search(HOSTILE_QUERY);
  const hostile = (performance.now() - started) / runs;
  // What the static copy sends to a reader who opens its search page.
  const download = JSON.stringify(staticSearchData(editions));
  return [
    label,
    String(index.size),
    `${build.toFixed(0)} ms`,
    `${(Buffer.byteLength(json) / 1024).toFixed(0)} KB`,
    `${(gzipSync(json).length / 1024).toFixed(0)} KB`,
    `${perQuery.toFixed(2)} ms`,
    `${hostile.toFixed(2)} ms`,
    `${(Buffer.byteLength(download) / 1024).toFixed(0)} KB (${(gzipSync(download).length / 1024).toFixed(0)} KB)`,
  ];
}

const folder = path.join(os.tmpdir(), 'masthead-bench-search-100');
writeSyntheticArchive(folder, 100);
const rows = [
  measure('sample content', path.join(root, 'content')),
  measure('100 editions', folder),
];
const header = [
  'content',
  'articles',
  'index build',
  'index size',
  'gzipped',
  'mean query time',
  '100-word query',
  'static copy download (gzipped)',
];
printTable(header, rows);
console.log(
  `\nQueries: ${QUERIES.join(', ')}. The 100-word query is "xx a b c … v" (101 words, 27 different), of which the first ${MAX_QUERY_WORDS} different words are searched; target under 150 ms on the sample content. With a server, the index lives in its process and browsers never download it; the static copy sends it to readers who open the search page.`,
);
