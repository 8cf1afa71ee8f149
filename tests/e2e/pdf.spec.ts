import { expect, test } from '@playwright/test';
import { site } from '@/lib/content/site';
import { emailPath, editionPath, pdfPath, plainViewPath, textFilePath } from '@/lib/site/urls';
import { previewSecret } from '../../playwright.config';
import { openPdf, readStructure, spokenText } from '../support/pdf';
import { features, latest } from './support/site';

/*
 * The PDF edition as a reader gets it: from the formats list, the plain view, the text file or
 * the email; named after the magazine; the public's without drafts, an editor's in preview.
 */

test('the PDF edition opens in the browser under the magazine’s name, without drafts', async ({
  request,
}) => {
  const response = await request.get(pdfPath(latest.number));
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  expect(response.headers()['content-disposition']).toBe(
    `inline; filename="northlight-edition-${latest.number}.pdf"`,
  );
  const pdf = await openPdf(await response.body());
  const outline = (await pdf.getOutline()) ?? [];
  const bookmarks = outline.map((item) => item.title);
  for (const article of latest.articles) expect(bookmarks).toContain(article.title);
  expect(bookmarks).not.toContain(features.draftArticle.article.title);
  const text = spokenText(await readStructure(pdf));
  expect(text).toContain(`${site.baseUrl}${pdfPath(latest.number)}`);
  expect(text).not.toContain(features.draftArticle.article.title);
});

test('every other format links the PDF edition', async ({ page, request }) => {
  const address = pdfPath(latest.number);
  await page.goto(editionPath(latest.number));
  // The magazine view lists the formats at its top and again beside its contents.
  const links = await page.getByRole('link', { name: 'PDF to print or forward (.pdf)' }).all();
  expect(links.length).toBeGreaterThan(0);
  for (const link of links) await expect(link).toHaveAttribute('href', address);
  await page.goto(plainViewPath(latest.number));
  await expect(page.getByRole('link', { name: 'PDF (.pdf)' })).toHaveAttribute('href', address);
  const text = await (await request.get(textFilePath(latest.number))).text();
  expect(text.split('\n').slice(0, 6)).toContain(`PDF: ${site.baseUrl}${address}`);
  const email = await (await request.get(emailPath(latest.number))).text();
  expect(email).toContain(`href="${site.baseUrl}${address}"`);
});

test('a draft edition’s PDF is only for an editor in preview', async ({ page, request }) => {
  const draft = features.draftEdition;
  expect((await request.get(pdfPath(draft.number))).status()).toBe(404);
  await page.goto(`/preview?secret=${previewSecret}&path=${editionPath(draft.number)}`);
  const response = await page.request.get(pdfPath(draft.number));
  expect(response.status()).toBe(200);
  const pdf = await openPdf(await response.body());
  const bookmarks = ((await pdf.getOutline()) ?? []).map((item) => item.title);
  for (const article of draft.articles) expect(bookmarks).toContain(article.title);
});
