import { expect, test } from '@playwright/test';
import { getEditions } from '@/lib/content/getters';
import { articlePath, editionPath, plainViewPath, textFilePath } from '@/lib/site/urls';
import { previewSecret } from '../../playwright.config';
import { latest } from './support/site';

// Drafts are what an editor previewing sees and the public does not; the sample content has
// at least one draft article and one article with a former slug.
const publicSlugs = new Set(latest.articles.map((article) => article.slug));
const previewEdition = getEditions('preview').find((edition) => edition.number === latest.number);
const draft = previewEdition?.articles.find((article) => !publicSlugs.has(article.slug));
const renamed = latest.articles.find((article) => article.aliases.length > 0);

test.describe('a draft article', () => {
  test.skip(!draft, 'the sample content has no draft article in the latest edition');
  const slug = draft?.slug ?? '';
  const title = draft?.title ?? '';

  test('answers 404 at its address, its text file and its preview image', async ({ request }) => {
    for (const address of [
      articlePath(latest.number, slug),
      `${articlePath(latest.number, slug)}/plain.txt`,
      `${articlePath(latest.number, slug)}/card.png`,
    ]) {
      expect((await request.get(address)).status(), address).toBe(404);
    }
  });

  test('appears in no public output', async ({ request }) => {
    for (const address of [
      '/',
      '/editions',
      editionPath(latest.number),
      plainViewPath(latest.number),
      textFilePath(latest.number),
      '/feed.xml',
      '/feed.json',
      '/sitemap.xml',
    ]) {
      const body = await (await request.get(address)).text();
      expect(body, address).not.toContain(title);
      expect(body, address).not.toContain(articlePath(latest.number, slug));
    }
    for (const article of latest.articles) {
      const body = await (await request.get(articlePath(latest.number, article.slug))).text();
      expect(body, article.slug).not.toContain(title);
    }
  });

  test('shows with a "Draft preview" banner through the preview link, until the editor leaves', async ({
    page,
  }) => {
    const wrong = await page.goto(`/preview?secret=wrong&path=${articlePath(latest.number, slug)}`);
    expect(wrong?.status()).toBe(404);

    await page.goto(`/preview?secret=${previewSecret}&path=${articlePath(latest.number, slug)}`);
    await expect(page).toHaveURL(articlePath(latest.number, slug));
    await expect(page.locator('h1')).toContainText(title);
    await expect(page.getByRole('region', { name: 'Draft preview' })).toContainText(
      'Draft preview',
    );
    await expect(page.locator('h1')).toContainText('Draft');

    await page.getByRole('button', { name: 'Leave preview' }).click();
    await expect(page).toHaveURL('/');
    await expect(page.getByRole('region', { name: 'Draft preview' })).toHaveCount(0);
    const after = await page.goto(articlePath(latest.number, slug));
    expect(after?.status()).toBe(404);
  });

  test('the preview link cannot send a reader to another site', async ({ request }) => {
    for (const path of ['//evil.example/', 'https://evil.example/', '/\\evil.example']) {
      const response = await request.get(
        `/preview?secret=${previewSecret}&path=${encodeURIComponent(path)}`,
        { maxRedirects: 0 },
      );
      expect(response.status()).toBe(307);
      expect(response.headers().location).toBe('/');
    }
  });
});

test.describe('a renamed article', () => {
  test.skip(!renamed, 'the sample content has no article with aliases in the latest edition');

  test('answers 308 from its former address to its current one', async ({ request }) => {
    const from = articlePath(latest.number, renamed?.aliases[0] ?? '');
    const response = await request.get(from, { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(new URL(response.headers().location ?? '', 'http://x').pathname).toBe(
      articlePath(latest.number, renamed?.slug ?? ''),
    );
  });
});
