import { expect, test } from '@playwright/test';
import { site } from '@/lib/content/site';
import {
  announcePath,
  archivePath,
  articlePath,
  coverImagePath,
  editionPath,
  emailPath,
  pdfPath,
} from '@/lib/site/urls';
import { openPdf, readStructure } from '../support/pdf';
import { features } from './support/site';

/*
 * An edition as editors really send one (the test content's edition 6): no cover and no
 * summaries. Nothing is said twice, and the drawn cover stands in wherever a cover appears.
 */

const edition = features.plainEdition;

test('no article page shows a paragraph twice, and none opens with a standfirst', async ({
  page,
}) => {
  for (const article of edition.articles) {
    await page.goto(articlePath(edition.number, article.slug));
    const paragraphs = (await page.locator('main p').allTextContents())
      .map((text) => text.replace(/\s+/g, ' ').trim())
      .filter((text) => text.split(' ').length >= 8);
    expect(new Set(paragraphs).size, article.slug).toBe(paragraphs.length);
  }
});

test('cards sum an article up in its first sentence, never its whole first paragraph', async ({
  page,
}) => {
  await page.goto(editionPath(edition.number));
  const lead = edition.articles[0]!;
  // The lead article opens with one long approved sentence: cut near thirty words.
  expect(lead.summary.endsWith('…')).toBe(true);
  expect(lead.summary.split(' ').length).toBeLessThanOrEqual(30);
  await expect(page.getByRole('main')).toContainText(lead.summary);
  for (const article of edition.articles.slice(1)) {
    const firstParagraph = article.body.firstParagraph ?? '';
    expect(firstParagraph.startsWith(article.summary.replace(/…$/, ''))).toBe(true);
    if (article.summary !== firstParagraph)
      await expect(page.getByRole('main')).not.toContainText(firstParagraph);
  }
});

for (const [name, width] of [
  ['a phone', 375],
  ['a desktop', 1280],
] as const) {
  test(`on ${name}, the magazine view and the archive show the drawn cover`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(editionPath(edition.number));
    const cover = page.locator('main [aria-hidden="true"]').filter({ hasText: site.name }).first();
    await expect(cover).toContainText(`Edition ${edition.number}`);
    await expect(cover).toContainText(edition.title);
    await expect(cover).toContainText(edition.articles[0]!.title);
    const box = await cover.boundingBox();
    expect(Math.abs((box?.height ?? 0) / (box?.width ?? 1) - 1.25)).toBeLessThan(0.02);
    await page.screenshot({ path: `test-results/drawn-cover-edition-${width}.png` });

    await page.goto(archivePath);
    const card = page.getByRole('article').filter({ hasText: edition.title });
    await expect(card.locator('[aria-hidden="true"]').first()).toContainText(site.name);
    await page.screenshot({
      path: `test-results/drawn-cover-archive-${width}.png`,
      fullPage: true,
    });
  });
}

test('the email, the website snippet and the link card show the drawn cover as a picture', async ({
  page,
  request,
}) => {
  const jpeg = await request.get(coverImagePath(edition.number));
  expect(jpeg.status()).toBe(200);
  expect(jpeg.headers()['content-type']).toBe('image/jpeg');
  await page.setContent(
    `<img src="data:image/jpeg;base64,${(await jpeg.body()).toString('base64')}">`,
  );
  const size = await page
    .locator('img')
    .evaluate((image: HTMLImageElement) => [image.naturalWidth, image.naturalHeight]);
  expect(size).toEqual([1200, 1500]);

  const alt = `The cover of ${site.name}, Edition ${edition.number}: ${edition.title}`;
  const email = await (await request.get(emailPath(edition.number))).text();
  expect(email).toMatch(
    new RegExp(`<img class="cover" src="[^"]*${coverImagePath(edition.number)}"[^>]*alt="${alt}"`),
  );
  await page.goto(announcePath(edition.number));
  await expect(page.getByLabel('Its HTML')).toHaveValue(
    new RegExp(`<img src="[^"]*${coverImagePath(edition.number)}" alt="${alt}"`),
  );
  const card = await request.get(`${editionPath(edition.number)}/card.png`);
  expect(card.status()).toBe(200);
  expect(card.headers()['content-type']).toBe('image/png');
});

test('the PDF edition opens with the drawn cover, described for screen readers', async ({
  request,
}) => {
  const response = await request.get(pdfPath(edition.number));
  expect(response.status()).toBe(200);
  const pdf = await openPdf(new Uint8Array(await response.body()));
  const figures = (await readStructure(pdf)).filter((element) => element.role === 'Figure');
  expect(figures[0]).toMatchObject({
    page: 1,
    alt: `The cover of ${site.name}, Edition ${edition.number}: ${edition.title}`,
  });
});
