import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { articlePath, editionPath, plainViewPath, sectionPath, topicsPath } from '@/lib/site/urls';
import { editions, htmlPages } from './support/site';

for (const target of htmlPages) {
  test.describe(target.name, () => {
    test('has no axe violations (WCAG 2.2 A and AA)', async ({ page }) => {
      await page.goto(target.path);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      const summary = results.violations.map(
        (violation) =>
          `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
      expect(summary).toEqual([]);
    });

    test('the first Tab stop is a skip link to the main content', async ({ page }) => {
      await page.goto(target.path);
      await page.keyboard.press('Tab');
      const focused = page.locator(':focus');
      await expect(focused).toHaveText('Skip to main content');
      await expect(focused).toBeVisible();
      const skipTo = (await focused.getAttribute('href')) ?? '';
      expect(skipTo).toMatch(/^#./);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`${skipTo}$`));
      await expect(page.locator('main')).toHaveAttribute('id', skipTo.slice(1));
    });

    test('reflows at 320 pixels without sideways scrolling', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(target.path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
}

test.describe('ids', () => {
  // Edition 7 of the test content has articles at contents, introduction and main-content,
  // each with a footnote: the ids a page gives itself must still be unique.
  const mirrored = editions.find((edition) =>
    ['contents', 'introduction', 'main-content'].every((slug) =>
      edition.articles.some((article) => article.slug === slug),
    ),
  );
  if (!mirrored) throw new Error('The test content has no edition whose articles mirror page ids');
  const pages = [
    '/',
    '/editions',
    editionPath(mirrored.number),
    plainViewPath(mirrored.number),
    ...mirrored.articles.map((article) => articlePath(mirrored.number, article.slug)),
    sectionPath('resources'),
    topicsPath,
    '/search?q=partner',
  ];
  for (const path of pages) {
    test(`are unique on ${path}, and every link within the page finds its target`, async ({
      page,
    }) => {
      await page.goto(path);
      const { ids, targets } = await page.evaluate(() => ({
        ids: [...document.querySelectorAll('[id]')].map((element) => element.id),
        targets: [...document.querySelectorAll('a[href^="#"]')].map((link) =>
          decodeURIComponent(link.getAttribute('href')!.slice(1)),
        ),
      }));
      expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
      for (const target of targets) expect(ids, `#${target}`).toContain(target);
    });
  }
});
