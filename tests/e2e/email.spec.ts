import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { site } from '@/lib/content/site';
import {
  announcePath,
  coverImagePath,
  editionPath,
  emailFilePath,
  emailPath,
} from '@/lib/site/urls';
import { features, latest } from './support/site';

/*
 * The email edition as a reader's mail program shows it: at a phone's 320 pixels and at its
 * full 600, readable, accessible, and never wider than the screen.
 */

for (const width of [320, 600]) {
  test(`the email edition at ${width} px passes axe and never scrolls sideways`, async ({
    page,
    baseURL,
  }) => {
    // Shown as a mail program shows it: the HTML alone, without the site's own headers, and
    // its pictures asked for at SITE_URL, which the test server answers here.
    await page.route(`**${emailPath(latest.number)}`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { 'content-type': 'text/html; charset=utf-8' } });
    });
    await page.route(`${site.baseUrl}/**`, async (route) => {
      const url = route
        .request()
        .url()
        .replace(site.baseUrl, baseURL ?? '');
      await route.fulfill({ response: await route.fetch({ url }) });
    });
    await page.setViewportSize({ width, height: 900 });
    await page.goto(emailPath(latest.number));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(latest.title);
    // The headline and the call to action are in a reading pane's first screen, beside the
    // cover's thumbnail rather than under a cover the height of the pane.
    const headline = await page.getByRole('heading', { level: 1 }).boundingBox();
    expect(headline?.y).toBeLessThan(500);
    const button = await page.getByRole('link', { name: 'Read the e-magazine' }).boundingBox();
    expect((button?.y ?? Infinity) + (button?.height ?? 0)).toBeLessThan(width === 600 ? 500 : 900);
    // WCAG's rules, without axe's best practices for landmarks: an email is read inside a mail
    // program's own page, whose landmarks hold it; it marks itself role="article", as emails do.
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
    const widths = await page.evaluate(() => ({
      content: document.documentElement.scrollWidth,
      screen: window.innerWidth,
    }));
    expect(widths.content).toBeLessThanOrEqual(widths.screen);
    const cover = page.getByRole('img', { name: latest.cover?.alt ?? '' });
    await expect(cover).toBeVisible();
    await expect
      .poll(() => cover.evaluate((image: HTMLImageElement) => image.naturalWidth))
      .toBe(1200);
    expect((await cover.boundingBox())?.width).toBeLessThanOrEqual(width);
    await page.screenshot({ path: `test-results/email-${width}.png`, fullPage: true });
  });
}

test('the email’s cover is a JPEG drawn from the SVG cover, 1200 pixels wide', async ({
  request,
}) => {
  expect(latest.cover?.url).toMatch(/\.svg$/);
  const response = await request.get(coverImagePath(latest.number));
  expect(response.headers()['content-type']).toBe('image/jpeg');
  const metadata = await sharp(await response.body()).metadata();
  expect(metadata.format).toBe('jpeg');
  expect(metadata.width).toBe(1200);
});

test('the message file downloads as a draft email', async ({ request }) => {
  const response = await request.get(emailFilePath(latest.number));
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('message/rfc822');
  expect(response.headers()['content-disposition']).toBe(
    `attachment; filename="northlight-edition-${latest.number}.eml"`,
  );
  const message = await response.text();
  expect(message).toMatch(/^X-Unsent: 1\r$/m);
  expect(message).toContain(`Subject: Northlight, Edition ${latest.number}: ${latest.title}`);
});

test('a draft edition’s email is not public', async ({ request }) => {
  const draft = features.draftEdition.number;
  for (const path of [emailPath(draft), emailFilePath(draft), coverImagePath(draft)])
    expect((await request.get(path)).status(), path).toBe(404);
});

test.describe('the announcement kit', () => {
  const path = announcePath(latest.number);

  for (const [name, width] of [
    ['a phone', 375],
    ['a desktop', 1280],
  ] as const) {
    test(`on ${name}, it passes axe and is never indexed`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Announce ${latest.title}`);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute(
        'content',
        'noindex, nofollow',
      );
      // The email in its frames is checked on its own above; sandboxed, it runs no script, so
      // axe runs in the page alone (its legacy mode) and leaves the frames out.
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .options({ iframes: false })
        .setLegacyMode(true)
        .analyze();
      expect(results.violations.map((violation) => violation.id)).toEqual([]);
      await page.screenshot({ path: `test-results/announce-${width}.png`, fullPage: true });
    });
  }

  test('copies the email as a formatted message, for web mail to paste', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(path);
    await page.getByRole('button', { name: 'Copy as formatted email' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'formatted email' })).toHaveText(
      /The formatted email is on the clipboard/,
    );
    const copied = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return {
        types: item?.types ?? [],
        html: item ? await (await item.getType('text/html')).text() : '',
        text: item ? await (await item.getType('text/plain')).text() : '',
      };
    });
    expect(copied.types).toEqual(expect.arrayContaining(['text/html', 'text/plain']));
    expect(copied.html).toContain('Read the e-magazine');
    expect(copied.html).toContain('In this edition');
    expect(copied.text).toContain('In this edition');
  });

  test('everything to copy is on the page without JavaScript', async ({ browser, request }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(path);
    const subject = `Northlight, Edition ${latest.number}: ${latest.title}`;
    await expect(page.getByRole('definition').getByText(subject, { exact: true })).toBeVisible();
    await expect(page.getByLabel("The email's HTML")).toHaveValue(/^<!DOCTYPE html>/);
    await expect(page.getByLabel("The email's text")).toHaveValue(/In this edition/);
    const post = await page.getByLabel(/^The post/).inputValue();
    expect(post.length).toBeLessThanOrEqual(280);
    expect(post).toContain(editionPath(latest.number));
    await expect(page.getByLabel('Its HTML')).toHaveValue(/Read it in plain text/);
    await expect(page.getByRole('link', { name: /Download the email as a draft/ })).toHaveAttribute(
      'href',
      emailFilePath(latest.number),
    );
    await expect(page.locator('iframe')).toHaveCount(2);
    await context.close();
    const sitemap = await (await request.get('/sitemap.xml')).text();
    expect(sitemap).not.toContain('/announce');
  });
});
