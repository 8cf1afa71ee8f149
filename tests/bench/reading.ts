import path from 'node:path';
import { loadLibrary } from '../../lib/library/load';
import { site } from '../../lib/content/site';
import {
  measureReadingPages,
  READING_COLUMNS,
  READING_TARGETS,
  readingPages,
  readingRows,
} from './reading-lab';
import { root, startNext } from '../support/servers';
import { printTable } from './table';

/*
 * `npm run bench:reading`: lab figures for each reading page type of the sample content, from
 * the production build in .next (run npm run build first), against the targets: at most 144 KB
 * of JavaScript (what Next's blog starter sends), total blocking time at most 200 ms and the
 * largest paint within 2.0 s. READING_RUNS sets the number of loads of each page (default 3).
 * `npm run bench` takes the same figures on its 100-edition archive.
 */

const library = loadLibrary(path.join(root, 'content'), site, { render: false });
const server = await startNext(3450, '.next');
try {
  const figures = await measureReadingPages(
    server.url,
    readingPages(library, 'beacon'),
    Number(process.env.READING_RUNS ?? 3),
  );
  printTable(READING_COLUMNS, readingRows(figures));
  const { javascriptKb, lcpMs, tbtMs } = READING_TARGETS;
  console.log(
    `\nTargets: JavaScript at most ${javascriptKb} KB, largest paint at most ${lcpMs} ms, blocking time at most ${tbtMs} ms.`,
  );
} finally {
  await server.stop();
}
