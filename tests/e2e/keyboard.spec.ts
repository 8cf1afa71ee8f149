import { expect, test, type Page } from '@playwright/test';
import { articlePath, editionPath, plainViewPath, searchPath } from '@/lib/site/urls';
import { firstArticle, latest, secondArticle } from './support/site';

/*
 * The main journeys with the keyboard alone: Tab to move, Enter to follow. If focus cannot
 * reach a control, or it is not visible when focused, the journey fails.
 */

/** Presses Tab until the focused element's text matches, and checks it is visible. */
async function tabTo(page: Page, name: RegExp, limit = 120): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return element
        ? `${element.innerText || element.getAttribute('aria-label') || (element as HTMLInputElement).labels?.[0]?.innerText || ''}`.trim()
        : '';
    });
    if (name.test(text)) {
      await expect(page.locator(':focus')).toBeVisible();
      return;
    }
  }
  throw new Error(`Tab never reached ${name}`);
}

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('home, edition, article, next article and plain view, by keyboard alone', async ({ page }) => {
  await page.goto('/');
  await tabTo(page, new RegExp(`^Read edition ${latest.number}$`));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(editionPath(latest.number));

  await tabTo(page, new RegExp(`^${escape(firstArticle.title)}$`));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(articlePath(latest.number, firstArticle.slug));

  await tabTo(page, /^Next article/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(articlePath(latest.number, secondArticle.slug));

  await tabTo(page, /^Read this in the plain view$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${plainViewPath(latest.number)}#${secondArticle.slug}`);
});

test('search by keyboard alone', async ({ page }) => {
  await page.goto('/');
  await tabTo(page, /^Search$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(searchPath);

  await tabTo(page, /^Search the magazine$/);
  await page.keyboard.type(firstArticle.title.split(/\s+/).slice(0, 2).join(' '));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=/);
  await tabTo(page, new RegExp(`^${escape(firstArticle.title)}$`));
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText(firstArticle.title);
});
