import { expect, test } from '@playwright/test';
import { slugify } from '@/lib/site/slug';
import { moreFromSection, sections, topics } from '@/lib/browse/taxonomy';
import { articlePath, editionPath, sectionPath, topicPath, topicsPath } from '@/lib/site/urls';
import { editions, features, latest } from './support/site';

const caseStudy = features.caseStudy;
// Four consecutive plain words from the middle of the case study's text, as a phrase.
const words = caseStudy.article.body.text.split(/\s+/);
const start = words.findIndex(
  (_, index) => index >= 20 && words.slice(index, index + 4).every((word) => /^[a-z]+$/.test(word)),
);
const phrase = words.slice(start, start + 4).join(' ');

test.describe('search without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the form submits and the server lists the results, the phrase from a case study first', async ({
    page,
  }) => {
    await page.goto('/search');
    await page.getByLabel('Search the magazine').fill(`"${phrase}"`);
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\?q=/);
    const first = page.locator('main ol li').first();
    await expect(first.getByRole('heading', { level: 3 })).toHaveText(caseStudy.article.title);
    await expect(first.locator('mark').first()).toBeVisible();
  });
});

test('search results follow the query as the reader types', async ({ page }) => {
  await page.goto('/search');
  await page.getByLabel('Search the magazine').pressSequentially('transcrib', { delay: 30 });
  await expect(page).toHaveURL(/\/search\?q=transcrib$/);
  await expect(page.locator('main ol li mark').first()).toHaveText(/^transcrib/i);
  await expect(page.getByLabel('Search the magazine')).toBeFocused();
});

test('search never finds a draft', async ({ request }) => {
  for (const draft of [
    features.draftArticle,
    { edition: features.draftEdition, article: features.draftEdition.articles[0]! },
  ]) {
    const html = await (
      await request.get(`/search?q=${encodeURIComponent(`"${draft.article.title}"`)}`)
    ).text();
    expect(html).toContain('0 results');
    expect(html).not.toContain(articlePath(draft.edition.number, draft.article.slug));
  }
});

test('a section page lists that section from every edition, and article labels lead to it', async ({
  page,
}) => {
  const shared = features.sharedSection.article.section ?? '';
  const section = sections(editions).get(slugify(shared))!;
  await page.goto(sectionPath(section.slug));
  await expect(page.locator('h1')).toHaveText(section.name);
  const titles = await page.locator('main ol h2').allTextContents();
  expect(titles).toEqual(section.entries.map(({ article }) => article.title));
  expect(new Set(section.entries.map(({ edition }) => edition.number)).size).toBe(
    editions.filter((edition) =>
      edition.articles.some((article) => article.section === section.name),
    ).length,
  );

  const { edition, article } = section.entries[0]!;
  await page.goto(articlePath(edition.number, article.slug));
  await page.locator('main article header').getByRole('link', { name: section.name }).click();
  await expect(page).toHaveURL(sectionPath(slugify(section.name)));
});

test('the topics page counts each topic and leads to its articles', async ({ page }) => {
  const all = [...topics(editions).values()];
  await page.goto(topicsPath);
  for (const topic of all) {
    await expect(
      page.getByRole('link', { name: `${topic.name} (${topic.entries.length})`, exact: true }),
    ).toHaveAttribute('href', topicPath(topic.slug));
  }
  const topic = all[0]!;
  await page.goto(topicPath(topic.slug));
  await expect(page.locator('main ol h2')).toHaveCount(topic.entries.length);
});

test('an edition links to the editions either side, and an article to more from its section', async ({
  page,
}) => {
  const older = features.olderEdition;
  await page.goto(editionPath(latest.number));
  await expect(
    page.getByRole('navigation', { name: 'Other editions' }).getByRole('link'),
  ).toHaveAttribute('href', editionPath(older.number));
  await page.goto(editionPath(older.number));
  await expect(page.getByRole('link', { name: /Next edition/ })).toHaveAttribute(
    'href',
    editionPath(latest.number),
  );

  const entry = features.sharedSection;
  await page.goto(articlePath(latest.number, entry.article.slug));
  const more = page.getByRole('region', {
    name: `More ${entry.article.section} from other editions`,
  });
  for (const { article } of moreFromSection(editions, entry))
    await expect(more.getByRole('link', { name: article.title })).toBeVisible();
});

test('articles and editions say how long they take to read', async ({ page }) => {
  await page.goto(articlePath(latest.number, latest.articles[0]!.slug));
  await expect(page.locator('main article header')).toContainText(/\d+ minute read/);
  await page.goto(editionPath(latest.number));
  await expect(page.locator('main header').first()).toContainText(/\d+ minutes? to read in all/);
});
