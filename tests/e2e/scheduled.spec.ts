import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { articlePath, editionPath, textFilePath } from '@/lib/site/urls';
import { ports, scheduledFixture } from '../../playwright.config';

/*
 * An edition scheduled for next week is hidden today and appears, without a rebuild, once
 * its date has come. Both servers serve the same build; the second one's clock is eight days
 * ahead (tests/support/shift-clock.cjs), so nothing here waits for a real date.
 */
const fixture = fs.existsSync(scheduledFixture)
  ? (JSON.parse(fs.readFileSync(scheduledFixture, 'utf8')) as {
      edition: { number: number; title: string; slug: string };
    })
  : undefined;
const edition = fixture?.edition ?? { number: 0, title: '', slug: '' };
const today = `http://127.0.0.1:${ports.scheduledNow}`;
const nextWeek = `http://127.0.0.1:${ports.scheduledLater}`;
const addresses = [
  editionPath(edition.number),
  articlePath(edition.number, edition.slug),
  textFilePath(edition.number),
];

test.beforeAll(() => {
  if (!fixture)
    throw new Error('These tests need the scheduled-publishing build: run them through npm test.');
});

test('before its date the edition answers 404 and is listed nowhere', async ({ request }) => {
  for (const address of addresses)
    expect((await request.get(`${today}${address}`)).status(), address).toBe(404);
  for (const address of ['/', '/editions', '/feed.xml', '/feed.json', '/sitemap.xml']) {
    const body = await (await request.get(`${today}${address}`)).text();
    expect(body, address).not.toContain(edition.title);
    expect(body, address).not.toContain(editionPath(edition.number));
  }
  expect((await request.get(`${today}${editionPath(edition.number)}/card.png`)).status()).toBe(404);
});

test('once its date has come the edition appears without a rebuild', async ({ request }) => {
  // The first request after the date finds prerendered pages that are due for regeneration;
  // the regenerated ones follow within moments.
  for (const address of [...addresses, '/']) {
    await expect
      .poll(async () => (await request.get(`${nextWeek}${address}`)).status(), {
        timeout: 15_000,
        message: address,
      })
      .toBe(200);
  }
  await expect
    .poll(async () => (await request.get(`${nextWeek}/`)).text(), { timeout: 15_000 })
    .toContain(edition.title);
  await expect
    .poll(async () => (await request.get(`${nextWeek}/editions`)).text(), { timeout: 15_000 })
    .toContain(edition.title);
  await expect
    .poll(async () => (await request.get(`${nextWeek}/sitemap.xml`)).text(), { timeout: 15_000 })
    .toContain(editionPath(edition.number));
  await expect
    .poll(async () => (await request.get(`${nextWeek}/feed.json`)).text(), { timeout: 15_000 })
    .toContain(articlePath(edition.number, edition.slug));
});
