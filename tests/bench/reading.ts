import path from 'node:path';
import { loadLibrary } from '../../lib/content/load';
import { site } from '../../lib/site/settings';
import {
  articlePath,
  archivePath,
  editionPath,
  searchPath,
  sectionPath,
  topicsPath,
} from '../../lib/site/urls';
import { slugify } from '../../lib/site/slug';
import { measureReadingPages, medianWithRange } from './reading-lab';
import { root, startNext } from './servers';
import { printTable } from './table';

/*
 * `npm run bench:reading`: lab figures for each reading page type of the sample content, from
 * the production build in .next (run npm run build first), against the targets: at most 144 KB
 * of JavaScript (what Next's blog starter sends), total blocking time at most 200 ms and the
 * largest paint within 2.0 s. READING_RUNS sets the number of loads of each page (default 3).
 */

const library = loadLibrary(path.join(root, 'content'), site, { render: false });
const latest = library.editions.find((edition) => !edition.draft);
if (!latest) throw new Error('The sample content has no public edition.');
const lead = latest.articles.find((article) => !article.draft) ?? latest.articles[0];
const pages = [
  ['home', '/'],
  ['archive', archivePath],
  ['edition', editionPath(latest.number)],
  ['article', articlePath(latest.number, lead?.slug ?? '')],
  ['section', sectionPath(slugify(lead?.section ?? 'news'))],
  ['topic list', topicsPath],
  ['search', `${searchPath}?q=beacon`],
] as const;

const server = await startNext(3450, '.next');
try {
  const figures = await measureReadingPages(
    server.url,
    pages,
    Number(process.env.READING_RUNS ?? 3),
  );
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  printTable(
    [
      'page',
      'JavaScript (scripts)',
      'prefetches',
      'largest paint ms',
      'blocking ms',
      'largest element',
    ],
    figures.map((row) => [
      row.page,
      `${kb(row.javascript)} (${row.scripts})`,
      String(row.prefetches),
      medianWithRange(row.lcp),
      medianWithRange(row.tbt),
      row.lcpElement,
    ]),
  );
  console.log(
    '\nTargets: JavaScript at most 144 KB, largest paint at most 2000 ms, blocking time at most 200 ms.',
  );
} finally {
  await server.stop();
}
