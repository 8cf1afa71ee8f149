import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { htmlPages } from './support/site';

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
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/#main-content$/);
      await expect(page.locator('#main-content')).toBeVisible();
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
