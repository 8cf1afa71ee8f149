import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readingScriptPath } from '@/lib/site/urls';
import { htmlPages } from './support/site';

const background = () => getComputedStyle(document.documentElement).backgroundColor;
const LIGHT = 'rgb(250, 248, 243)';
const DARK = 'rgb(17, 21, 28)';

test('the theme follows the system setting by default', async ({ browser }) => {
  for (const [colorScheme, expected] of [
    ['light', LIGHT],
    ['dark', DARK],
  ] as const) {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto('/');
    expect(await page.evaluate(background)).toBe(expected);
    await context.close();
  }
});

test('the toggle switches the theme and the choice survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Dark mode' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(background)).toBe(DARK);

  await page.reload();
  expect(await page.evaluate(background)).toBe(DARK);
  await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.getByRole('button', { name: 'Dark mode' }).click();
  await page.reload();
  expect(await page.evaluate(background)).toBe(LIGHT);
});

test('a chosen theme shows from the first paint, before any script of the page has loaded', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('theme', 'dark'));
  // Hold back the page's script: only the inline theme script may run.
  await page.route(`**${readingScriptPath}`, () => new Promise(() => {}));
  // A deferred script holds back DOMContentLoaded, so wait for the page's end to be parsed.
  await page.goto('/', { waitUntil: 'commit' });
  await page.locator('footer').waitFor({ state: 'attached' });
  expect(await page.evaluate(background)).toBe(DARK);
});

test('the toggle holds its place until the page script readies it, so nothing below it moves', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**${readingScriptPath}`, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/', { waitUntil: 'commit' });
  await page.locator('footer').waitFor({ state: 'attached' });
  const toggle = page.getByRole('button', { name: 'Dark mode', includeHidden: true });
  // Not yet working, so neither seen nor reachable, but in its place.
  await expect(toggle).toBeHidden();
  const before = await page.locator('main').boundingBox();

  release();
  await expect(toggle).toBeVisible();
  expect(await page.locator('main').boundingBox()).toEqual(before);
});

test('without JavaScript there is no toggle that could not work, and no gap where it would be', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Dark mode', includeHidden: true });
  await expect(toggle).toHaveCount(1);
  expect(await toggle.boundingBox()).toBeNull();
  await context.close();
});

for (const target of htmlPages.filter((page) => page.name !== 'plain view')) {
  test(`${target.name} has no axe violations in the dark theme`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(target.path);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(
      results.violations.map(
        (violation) =>
          `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([]);
    await context.close();
  });
}
