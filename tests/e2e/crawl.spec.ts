import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { crawl } from './support/crawl';

/*
 * Follows every link from the home page, as a reader (or a search engine) would, and fails on
 * any broken internal link, missing anchor or image that does not load. External links are
 * listed in tests/.artifacts/external-links.txt, not fetched.
 */

test('every internal link, anchor and image from the home page works', async ({
  request,
  baseURL,
}) => {
  test.setTimeout(300_000);
  const { pages, external, broken } = await crawl(request, new URL(baseURL ?? '').origin);
  fs.mkdirSync(path.join('tests', '.artifacts'), { recursive: true });
  fs.writeFileSync(
    path.join('tests', '.artifacts', 'external-links.txt'),
    `${[...external].sort().join('\n')}\n`,
  );
  expect(broken).toEqual([]);
  expect(pages.size).toBeGreaterThan(10);
});
