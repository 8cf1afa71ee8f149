import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { imageSize } from 'image-size';
import { articleCardPath, articlePath } from '@/lib/site/urls';
import { editions } from './support/site';

/*
 * The build never reaches the network. tests/run.mjs builds the site the other tests use with
 * every connection off the machine refused and logged (tests/support/no-network.cjs); among
 * its articles is one titled in seven scripts with an emoji, whose preview image the renderer
 * would otherwise fetch fonts and emoji pictures for.
 */

const networkLog = 'tests/.artifacts/network.log';
const scripts =
  /[\u0370-\u03ff].*[\u0400-\u04ff].*[\u0600-\u06ff].*[\u0590-\u05ff].*[\u4e00-\u9fff]/u;

test('the site was built without a single attempt to reach the network', () => {
  expect(fs.existsSync(networkLog), 'run through npm test, which builds offline').toBe(true);
  expect(fs.readFileSync(networkLog, 'utf8')).toBe('');
});

test('a title in seven scripts with an emoji is drawn into its preview image', async ({
  page,
  request,
}) => {
  const edition = editions.find((candidate) =>
    candidate.articles.some((article) => scripts.test(article.title)),
  );
  const article = edition?.articles.find((candidate) => scripts.test(candidate.title));
  if (!edition || !article) throw new Error('The test content has no title in many scripts');
  const response = await request.get(articleCardPath(edition.number, article.slug));
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  expect(imageSize(Buffer.from(await response.body()))).toMatchObject({ width: 1200, height: 630 });
  await page.goto(articlePath(edition.number, article.slug));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
});
