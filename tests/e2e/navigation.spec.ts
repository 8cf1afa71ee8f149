import { expect, test } from '@playwright/test';
import { articlePath, editionPath, plainViewPath } from '@/lib/site/urls';
import { editions, firstArticle, lastArticle, latest, secondArticle } from './support/site';

test('home shows the newest edition first, its contents, then earlier editions', async ({
  page,
}) => {
  await page.goto('/');
  const main = page.locator('main');
  await expect(main.getByRole('heading', { level: 2 }).first()).toHaveText(latest.title);
  await expect(main.getByRole('link', { name: `Read edition ${latest.number}` })).toHaveAttribute(
    'href',
    editionPath(latest.number),
  );
  await expect(main.getByRole('link', { name: 'Plain view' })).toHaveAttribute(
    'href',
    plainViewPath(latest.number),
  );
  for (const article of latest.articles) {
    await expect(main.getByRole('link', { name: article.title, exact: true })).toHaveAttribute(
      'href',
      articlePath(latest.number, article.slug),
    );
  }
  for (const edition of editions.slice(1, 7)) {
    await expect(main.getByRole('link', { name: edition.title, exact: true })).toHaveAttribute(
      'href',
      editionPath(edition.number),
    );
  }
});

test('the archive lists every edition newest first', async ({ page }) => {
  await page.goto('/editions');
  const titles = await page.locator('main h2').allTextContents();
  expect(titles).toEqual(editions.map((edition) => edition.title));
});

test('a reader goes from the home page to an edition, an article, the next article and the plain view', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: `Read edition ${latest.number}` }).click();
  await expect(page).toHaveURL(editionPath(latest.number));
  await expect(page.locator('h1')).toHaveText(latest.title);

  await page
    .locator('main')
    .getByRole('link', { name: firstArticle.title, exact: true })
    .first()
    .click();
  await expect(page).toHaveURL(articlePath(latest.number, firstArticle.slug));
  await expect(page.locator('h1')).toHaveText(firstArticle.title);

  await page.getByRole('link', { name: /Next article/ }).click();
  await expect(page).toHaveURL(articlePath(latest.number, secondArticle.slug));
  await expect(page.locator('h1')).toHaveText(secondArticle.title);

  await page.getByRole('link', { name: `Back to Edition ${latest.number} contents` }).click();
  await expect(page).toHaveURL(editionPath(latest.number));

  await page
    .getByRole('link', { name: /Plain web page/ })
    .first()
    .click();
  await expect(page).toHaveURL(plainViewPath(latest.number));
  await expect(page.locator('h1')).toHaveText(`Edition ${latest.number}: ${latest.title}`);
});

test('an article opened from a shared link says which publication and edition it is from', async ({
  page,
}) => {
  await page.goto(articlePath(latest.number, secondArticle.slug));
  const editionLink = page.getByRole('navigation', { name: 'Edition' }).getByRole('link');
  await expect(editionLink).toContainText(`Edition ${latest.number}: ${latest.title}`);
  await expect(editionLink).toHaveAttribute('href', editionPath(latest.number));
  await expect(page.getByRole('link', { name: /Previous article/ })).toHaveAttribute(
    'href',
    articlePath(latest.number, firstArticle.slug),
  );
  if (secondArticle.author)
    await expect(page.locator('main')).toContainText(`By ${secondArticle.author}`);
});

test('the first article has no previous link and the last has no next link', async ({ page }) => {
  await page.goto(articlePath(latest.number, firstArticle.slug));
  await expect(page.getByRole('link', { name: /Previous article/ })).toHaveCount(0);
  await page.goto(articlePath(latest.number, lastArticle.slug));
  await expect(page.getByRole('link', { name: /Next article/ })).toHaveCount(0);
});

test('the magazine view links every article, the plain view and the text file', async ({
  page,
}) => {
  await page.goto(editionPath(latest.number));
  const contents = page.getByRole('list', { name: 'Contents' });
  await expect(contents.getByRole('listitem')).toHaveCount(latest.articles.length);
  await expect(page.getByRole('link', { name: /Plain text file/ }).first()).toHaveAttribute(
    'href',
    `${plainViewPath(latest.number)}.txt`,
  );
});

test('the plain view has a contents list whose links reach each article', async ({ page }) => {
  await page.goto(plainViewPath(latest.number));
  const contents = page.getByRole('navigation', { name: 'Contents' }).getByRole('link');
  await expect(contents).toHaveCount(latest.articles.length);
  for (const article of latest.articles) {
    await expect(page.locator(`article#${article.slug} > h2`)).toContainText(article.title);
  }
  await contents.last().click();
  await expect(page).toHaveURL(`${plainViewPath(latest.number)}#${lastArticle.slug}`);
  await expect(page.locator(`article#${lastArticle.slug}`)).toBeInViewport();
});
