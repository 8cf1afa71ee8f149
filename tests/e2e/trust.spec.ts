import { expect, test } from '@playwright/test';
import { slugify } from '@/lib/site/slug';
import { formatDate } from '@/lib/site/dates';
import { site } from '@/lib/content/site';
import {
  articleCardPath,
  articlePath,
  articleTextFilePath,
  atomFeedPath,
  editionPath,
  jsonFeedPath,
  plainViewPath,
  sectionPath,
  sitemapPath,
  textFilePath,
  topicPath,
} from '@/lib/site/urls';
import { features } from './support/site';

/*
 * Corrections, withdrawal and takedown as a reader meets them, on the production server.
 */

test('a corrected article says when it was updated, and lists its corrections newest first', async ({
  page,
}) => {
  const { edition, article } = features.correctedArticle;
  await page.goto(articlePath(edition.number, article.slug));
  const [newest, oldest] = article.changes;
  await expect(page.locator('article header')).toContainText(`Updated ${formatDate(newest!.date)}`);
  const corrections = page.getByRole('region', { name: 'Corrections and updates' });
  await expect(corrections.getByRole('listitem')).toHaveText([
    new RegExp(`${formatDate(newest!.date)}\\s*${escape(newest!.note)}`),
    new RegExp(`${formatDate(oldest!.date)}\\s*${escape(oldest!.note)}`),
  ]);
});

test.describe('a withdrawn article', () => {
  const { edition, article } = features.withdrawnArticle;
  const address = articlePath(edition.number, article.slug);

  test('stays at its address with a notice, out of search engines', async ({ page }) => {
    const response = await page.goto(address);
    expect(response?.status()).toBe(200);
    const notice = page.getByRole('region', { name: /This article was withdrawn on/ });
    await expect(notice).toContainText(formatDate(article.withdrawn!.date));
    await expect(notice).toContainText(article.withdrawn!.reason);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  });

  test('is marked in its edition, plain view and text file', async ({ page, request }) => {
    await page.goto(editionPath(edition.number));
    await expect(
      page.getByRole('listitem').filter({ hasText: article.title }).first(),
    ).toContainText('(withdrawn)');
    // Its card in the magazine's layout says so too, before a reader opens it.
    const card = page.getByRole('article').filter({
      has: page.getByRole('heading', { name: article.title }),
    });
    await expect(card).toContainText(`Withdrawn on ${formatDate(article.withdrawn!.date)}`);
    expect(await (await request.get(plainViewPath(edition.number))).text()).toContain(
      `${article.title}</a> (withdrawn)`,
    );
    expect(await (await request.get(textFilePath(edition.number))).text()).toContain(
      `${article.title} [withdrawn]`,
    );
  });

  test('leaves the feeds, the sitemap, search, its section and its topics', async ({ request }) => {
    for (const listing of [atomFeedPath, jsonFeedPath, sitemapPath]) {
      expect(await (await request.get(listing)).text(), listing).not.toContain(address);
    }
    const search = await request.get(`/search?q=${encodeURIComponent(`"${article.title}"`)}`);
    expect(await search.text()).not.toContain(address);
    expect(await (await request.get(sectionPath(slugify(article.section!)))).text()).not.toContain(
      address,
    );
    for (const tag of article.tags ?? []) {
      expect(await (await request.get(topicPath(slugify(tag)))).text()).not.toContain(address);
    }
  });
});

test.describe('an article taken down', () => {
  const { edition, slug, date } = features.removed;
  const former = edition.aliases[0]!;

  test('answers 410 Gone at its address, under a former edition number, and at every file of it', async ({
    request,
  }) => {
    for (const address of [
      articlePath(edition.number, slug),
      articlePath(former, slug),
      articleTextFilePath(edition.number, slug),
      articleCardPath(edition.number, slug),
      `${articlePath(edition.number, slug)}/calendar/1-event.ics`,
    ]) {
      const response = await request.get(address, { maxRedirects: 0 });
      expect(response.status(), address).toBe(410);
    }
  });

  test('shows the site’s own page that says so and leads to its edition', async ({ page }) => {
    const response = await page.goto(articlePath(edition.number, slug));
    expect(response?.status()).toBe(410);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'This article has been removed',
    );
    // The day the editor gave for the takedown.
    await expect(page.getByRole('main')).toContainText(`taken down on ${formatDate(date!)}`);
    // The site's frame, as the not-found page has: partners land here from old emails.
    await expect(page.getByRole('banner')).toContainText(site.name);
    await expect(page.getByRole('contentinfo')).toBeVisible();
    // Next adds a noindex of its own to a page answered with an error status, beside the page's.
    const robots = await page
      .locator('meta[name="robots"]')
      .evaluateAll((metas) => metas.map((meta) => meta.getAttribute('content')));
    expect(robots.length).toBeGreaterThan(0);
    expect(robots.every((content) => content?.includes('noindex'))).toBe(true);
    await page.getByRole('link', { name: `Edition ${edition.number}: ${edition.title}` }).click();
    await expect(page).toHaveURL(editionPath(edition.number));
  });

  test('appears in no listing', async ({ request }) => {
    for (const listing of [
      editionPath(edition.number),
      plainViewPath(edition.number),
      textFilePath(edition.number),
      atomFeedPath,
      jsonFeedPath,
      sitemapPath,
    ]) {
      expect(await (await request.get(listing)).text(), listing).not.toContain(`/${slug}`);
    }
  });
});

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
