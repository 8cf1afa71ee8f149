import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { coverImagePath, emailFilePath, emailPath } from '@/lib/site/urls';
import { features, latest } from './support/site';

/*
 * The email edition as a reader's mail program shows it: at a phone's 320 pixels and at its
 * full 600, readable, accessible, and never wider than the screen.
 */

for (const width of [320, 600]) {
  test(`the email edition at ${width} px passes axe and never scrolls sideways`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(emailPath(latest.number));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(latest.title);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
    const widths = await page.evaluate(() => ({
      content: document.documentElement.scrollWidth,
      screen: window.innerWidth,
    }));
    expect(widths.content).toBeLessThanOrEqual(widths.screen);
    const cover = page.getByRole('img', { name: latest.cover?.alt ?? '' });
    await expect(cover).toBeVisible();
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
