import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { editionPlainView } from '@/lib/outputs/plain-view';
import { site } from '@/lib/content/site';
import { plainViewPath } from '@/lib/site/urls';
import { latest, textFile } from './support/site';

test('the plain view carries no script and loads no JavaScript', async ({ page, request }) => {
  const html = await (await request.get(plainViewPath(latest.number))).text();
  expect(html).not.toMatch(/<script/i);

  const scripts: string[] = [];
  page.on('request', (sent) => {
    if (sent.resourceType() === 'script') scripts.push(sent.url());
  });
  await page.goto(plainViewPath(latest.number));
  await expect(page.locator('h1')).toBeVisible();
  expect(scripts).toEqual([]);
});

test('the plain view shows images as their alt text and nothing decorative', async ({ page }) => {
  await page.goto(plainViewPath(latest.number));
  await expect(page.locator('img, svg, picture, video, iframe')).toHaveCount(0);
});

test('the text file is served as text with no markup', async ({ request }) => {
  const response = await request.get(textFile);
  expect(response.headers()['content-type']).toBe('text/plain; charset=utf-8');
  expect(await response.text()).not.toMatch(/<script|<\/?p>|<a /i);
});

test('the plain view names the site icon, so the browser asks for nothing that is missing', async ({
  page,
}) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(plainViewPath(latest.number));
  const icon = await page.locator('link[rel="icon"]').getAttribute('href');
  const response = await page.request.get(icon ?? '');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^image\/svg\+xml/);
  await page.waitForLoadState('networkidle');
  expect(failed).toEqual([]);
});

test('the plain view reflows at 320 px with a long real address, and follows a dark preference', async ({
  page,
}) => {
  // A public body's address, as long as real ones are: its footer names the page's address.
  const longSite = {
    ...site,
    baseUrl: 'https://www.northlight-partnership-programme.police-and-partners.example.gov.uk',
  };
  await page.setViewportSize({ width: 320, height: 640 });
  await page.setContent(editionPlainView(latest, longSite));
  await expect(page.getByText(`This page: ${longSite.baseUrl}`)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
    'rgb(11, 12, 12)',
  );
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(violations.map((violation) => violation.id)).toEqual([]);
  // Printed, it is black on white whatever the screen's preference.
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
    'rgb(255, 255, 255)',
  );
});
