import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { getEditions } from '@/lib/library/getters';
import { gpsPosition, readExif } from '@/lib/content/picture-metadata';
import {
  announcePath,
  articlePath,
  articleTextFilePath,
  coverImagePath,
  editionPath,
  emailFilePath,
  emailPath,
  pdfPath,
  mediaPath,
  plainViewPath,
  textFilePath,
} from '@/lib/site/urls';
import { ports, staticCopy } from '../../playwright.config';
import { NGINX } from '../support/nginx';
import { crawl } from './support/crawl';
import { editions, features, firstArticle, latest } from './support/site';

/*
 * The static copy `npm run export` writes to out/, served by nginx with nginx-static.conf
 * and no Node.js server, as a static host would serve it.
 */

const origin = `http://127.0.0.1:${ports.staticCopy}`;

test.beforeAll(() => {
  if (!NGINX || !fs.existsSync(path.join(staticCopy, 'index.html')))
    throw new Error('These tests need nginx and the static copy: run them through npm test.');
});

test('a crawl from the home page finds no broken link, anchor, image, script or style', async ({
  request,
}) => {
  test.setTimeout(300_000);
  const { pages, files, broken } = await crawl(request, origin, { assets: true });
  expect(broken).toEqual([]);
  const reached = new Set([...pages.keys(), ...files]);
  const expected = editions.flatMap((edition) => [
    editionPath(edition.number),
    plainViewPath(edition.number),
    textFilePath(edition.number),
    ...edition.articles.flatMap((article) => [
      articlePath(edition.number, article.slug),
      articleTextFilePath(edition.number, article.slug),
    ]),
  ]);
  expect(expected.filter((address) => !reached.has(address))).toEqual([]);
});

test('pages answer as the server answers them, with the same security policy', async ({
  request,
  baseURL,
}) => {
  for (const address of [
    '/',
    editionPath(latest.number),
    articlePath(latest.number, firstArticle.slug),
    plainViewPath(latest.number),
    textFilePath(latest.number),
    '/feed.xml',
    '/feed.json',
  ]) {
    const [copy, server] = await Promise.all([
      request.get(`${origin}${address}`),
      request.get(`${baseURL}${address}`),
    ]);
    expect(copy.status(), address).toBe(200);
    expect(copy.headers()['content-type'], address).toBe(server.headers()['content-type']);
    expect(copy.headers()['content-security-policy'], address).toBe(
      server.headers()['content-security-policy'],
    );
    expect(copy.headers()['x-content-type-options'], address).toBe('nosniff');
  }
});

test('holds nothing that is not public: drafts answer 404', async ({ request }) => {
  const publicAddresses = new Set(
    editions.flatMap((edition) =>
      edition.articles.map((article) => articlePath(edition.number, article.slug)),
    ),
  );
  const hidden = getEditions('preview').flatMap((edition) =>
    edition.articles
      .map((article) => articlePath(edition.number, article.slug))
      .filter((address) => !publicAddresses.has(address)),
  );
  expect(hidden.length, 'the sample content has a draft').toBeGreaterThan(0);
  for (const address of hidden)
    expect((await request.get(`${origin}${address}`)).status(), address).toBe(404);
});

test('an unknown address gets the 404 page', async ({ page }) => {
  const response = await page.goto(`${origin}/editions/does-not-exist`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('a former address leads to where the article lives now', async ({ page }) => {
  const renamed = features.renamedArticle;
  await page.goto(`${origin}${articlePath(latest.number, renamed.aliases[0] ?? '')}`);
  await expect(page).toHaveURL(`${origin}${articlePath(latest.number, renamed.slug)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(renamed.title);
});

test('a former edition number leads to where the edition lives now', async ({ page }) => {
  const renumbered = features.renumberedEdition;
  await page.goto(`${origin}${editionPath(renumbered.aliases[0] ?? 0)}`);
  await expect(page).toHaveURL(`${origin}${editionPath(renumbered.number)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(renumbered.title);
});

test('search runs in the browser, following the query as the reader types', async ({ page }) => {
  await page.goto(`${origin}/search`);
  await page.getByLabel('Search the magazine').pressSequentially('transcrib', { delay: 30 });
  await expect(page).toHaveURL(/\/search\?q=transcrib$/);
  await expect(page.getByRole('heading', { name: /results? for “transcrib”/ })).toBeVisible();
  await expect(page.locator('main ol li').first().getByRole('heading', { level: 3 })).toBeVisible();
});

test('a shared search address shows its results, with no axe violations', async ({ page }) => {
  await page.goto(`${origin}/search?q=${encodeURIComponent(firstArticle.title)}`);
  await expect(page.locator('main ol li h3').first()).toHaveText(firstArticle.title);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page says search needs it, and offers the other ways in', async ({ page }) => {
    await page.goto(`${origin}/search`);
    await expect(page.getByText(/needs JavaScript/)).toBeVisible();
    await expect(
      page.getByRole('main').getByRole('link', { name: 'topic', exact: true }),
    ).toHaveAttribute('href', '/topics');
  });
});

test('serves photographs without their GPS position, owner or description', async ({ request }) => {
  const { edition } = features.gpsPhoto;
  const bytes = Buffer.from(
    await (await request.get(`${origin}${mediaPath(edition.number, 'launch-photo.jpg')}`)).body(),
  );
  expect(gpsPosition(bytes)).toBeUndefined();
  expect(readExif(bytes)).toBeUndefined();
  for (const secret of ['Harbour Row', 'Jane Example']) {
    expect(bytes.toString('latin1')).not.toContain(secret);
  }
});

test('the plain view and text file of a former address lead to the current ones', async ({
  page,
  request,
}) => {
  const renumbered = features.renumberedEdition;
  const former = renumbered.aliases[0] ?? 0;
  await page.goto(`${origin}${plainViewPath(former)}`);
  await expect(page).toHaveURL(`${origin}${plainViewPath(renumbered.number)}`);
  const current = await (await request.get(`${origin}${textFilePath(renumbered.number)}`)).text();
  const old = await request.get(`${origin}${textFilePath(former)}`);
  expect(old.status()).toBe(200);
  expect(old.headers()['content-type']).toMatch(/^text\/plain/);
  expect(await old.text()).toBe(current);

  const renamed = features.renamedArticle;
  const article = await request.get(
    `${origin}${articleTextFilePath(latest.number, renamed.aliases[0] ?? '')}`,
  );
  expect(await article.text()).toBe(
    await (
      await request.get(`${origin}${articleTextFilePath(latest.number, renamed.slug)}`)
    ).text(),
  );
});

test('holds the email edition, its message file as a download, and the announcement kit', async ({
  request,
}) => {
  const email = await request.get(`${origin}${emailPath(latest.number)}`);
  expect(email.headers()['content-type']).toBe('text/html; charset=utf-8');
  expect(await email.text()).toContain('role="presentation"');
  const message = await request.get(`${origin}${emailFilePath(latest.number)}`);
  expect(message.headers()['content-type']).toBe('message/rfc822');
  expect(message.headers()['content-disposition']).toBe('attachment');
  expect(await message.text()).toMatch(/^X-Unsent: 1\r$/m);
  const cover = await request.get(`${origin}${coverImagePath(latest.number)}`);
  expect(cover.headers()['content-type']).toBe('image/jpeg');
  expect((await request.get(`${origin}${announcePath(latest.number)}`)).status()).toBe(200);
  const draft = features.draftEdition.number;
  for (const address of [emailPath(draft), emailFilePath(draft), announcePath(draft)])
    expect((await request.get(`${origin}${address}`)).status(), address).toBe(404);
});

test('holds the PDF edition of every public edition, and no draft’s', async ({ request }) => {
  const pdf = await request.get(`${origin}${pdfPath(latest.number)}`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  const draft = pdfPath(features.draftEdition.number);
  expect((await request.get(`${origin}${draft}`)).status()).toBe(404);
});
