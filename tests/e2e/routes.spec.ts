import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ROUTES, type Route } from '@/lib/site/routes';
import { articlePath, editionPath, plainViewPath, textFilePath } from '@/lib/site/urls';
import { editions, features, firstArticle, htmlPages, latest, textFile } from './support/site';

test('the table of routes is the list of routes Next built, so none can be added without it', () => {
  // Written by `next build` for the server these tests run against; Next's own routes start "/_".
  const manifest = JSON.parse(
    fs.readFileSync(path.resolve('.next', 'app-path-routes-manifest.json'), 'utf8'),
  ) as Record<string, string>;
  const built = Object.values(manifest).filter((route) => !route.startsWith('/_'));
  const table = Object.values(ROUTES as Record<string, Route>)
    .filter((route) => route.build !== 'static')
    .map((route) => route.pattern);
  expect(built.sort()).toEqual(table.sort());
});

test.describe('every address answers with the right status, type and heading', () => {
  for (const page of htmlPages) {
    test(`${page.name}: ${page.path}`, async ({ page: browser, request }) => {
      const response = await request.get(page.path);
      expect(response.status()).toBe(page.name === 'not found' ? 404 : 200);
      expect(response.headers()['content-type']).toBe('text/html; charset=utf-8');
      await browser.goto(page.path);
      await expect(browser.locator('h1')).toHaveCount(1);
      await expect(browser.locator('h1')).toHaveText(page.h1);
    });
  }

  test('the text file is UTF-8 plain text with every article', async ({ request }) => {
    const response = await request.get(textFile);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('text/plain; charset=utf-8');
    const body = await response.text();
    for (const article of latest.articles) expect(body).toContain(article.title);
    expect(body).not.toMatch(/<\/?[a-z][^>]*>|\]\(|\*\*/i);
    for (const line of body.split('\n')) {
      if (line.length > 78)
        expect(line, 'only a single unbreakable word may run past 78 columns').not.toMatch(/\s/);
    }
  });

  test('images in an edition folder are served with their type', async ({ request }) => {
    const response = await request.get(features.cover.url);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^image\//);
  });
});

test.describe('unknown addresses answer 404 with a way back', () => {
  const missingEdition = Math.max(...editions.map((edition) => edition.number)) + 1;
  const addresses = [
    editionPath(missingEdition),
    `/editions/0${latest.number}`,
    articlePath(latest.number, 'no-such-article'),
    articlePath(missingEdition, firstArticle.slug),
    '/no/such/page',
    `${editionPath(latest.number)}/media/no-such-image.png`,
  ];
  for (const address of addresses) {
    test(`${address} is a helpful 404 page`, async ({ page }) => {
      const response = await page.goto(address);
      expect(response?.status()).toBe(404);
      await expect(page.locator('h1')).toHaveText('Page not found');
      await expect(page.getByRole('link', { name: /archive/i })).toHaveAttribute(
        'href',
        '/editions',
      );
    });
  }

  for (const address of [plainViewPath(missingEdition), textFilePath(missingEdition)]) {
    test(`${address} answers 404`, async ({ request }) => {
      expect((await request.get(address)).status()).toBe(404);
    });
  }
});

test.describe('malformed addresses answer 400, not a server error', () => {
  for (const address of [
    '/editions/%E0%A4%A',
    `/editions/${latest.number}/%ZZ`,
    `/editions/${latest.number}/plain/%`,
    '/topics/%E0%A4%A',
    '/sections/%ZZ',
  ]) {
    test(address, async ({ request }) => {
      const response = await request.get(address);
      expect(response.status()).toBe(400);
      expect(await response.text()).toContain('malformed');
    });
  }
});

test('the archive has one page for the sample content: page 1 is the archive and page 2 does not exist', async ({
  request,
}) => {
  const first = await request.get('/editions/page/1', { maxRedirects: 0 });
  expect(first.status()).toBe(308);
  expect(first.headers().location).toBe('/editions');
  expect((await request.get('/editions/page/2')).status()).toBe(404);
  expect((await request.get('/editions/page/x')).status()).toBe(404);
});
