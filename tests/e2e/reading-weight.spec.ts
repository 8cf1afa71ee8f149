import { expect, test, type Page } from '@playwright/test';
import { slugify } from '@/lib/site/slug';
import { readingScriptPath, searchPath, sectionPath, topicsPath } from '@/lib/site/urls';
import { htmlPages, latest } from './support/site';

/*
 * What a reading page makes a reader download beyond the page itself, often on a phone with a
 * weak signal: no other page in the background (links do not prefetch), no web font ahead of
 * the stylesheet the first paint waits for, and no framework JavaScript: the site's own small
 * script is the only one (lib/server/scriptless.ts).
 */

const section = latest.articles.find((article) => article.section)?.section ?? '';

const readingPages = [
  ...htmlPages.filter((page) => !['plain view', 'not found'].includes(page.name)),
  { name: 'section', path: sectionPath(slugify(section)) },
  { name: 'topic list', path: topicsPath },
  { name: 'search', path: `${searchPath}?q=beacon` },
];

/** Every address the page asks for while it loads and settles, in the order asked. */
async function requestsOf(page: Page, path: string): Promise<URL[]> {
  const asked: URL[] = [];
  page.on('request', (request) => asked.push(new URL(request.url())));
  const response = await page.goto(path, { waitUntil: 'networkidle' });
  expect(response?.status(), path).toBe(200);
  return asked;
}

/** Files a page is built from, as opposed to other pages of the site. */
function isPageFile(url: URL): boolean {
  return (
    url.pathname.startsWith('/_next/static/') ||
    url.pathname === readingScriptPath ||
    url.pathname.startsWith('/_next/image') ||
    /\/media\/[^/]+$/.test(url.pathname) ||
    /\.(svg|png|jpg|ico|webmanifest)$/.test(url.pathname)
  );
}

for (const target of readingPages) {
  test(`the ${target.name} page asks for no other page in the background`, async ({ page }) => {
    const asked = await requestsOf(page, target.path);
    const pages = asked.filter((url) => !isPageFile(url));
    expect(pages.map((url) => url.pathname + url.search)).toEqual([target.path]);
  });
}

for (const target of readingPages) {
  test(`the ${target.name} page loads no script but the site's own`, async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(target.path, { waitUntil: 'networkidle' });
    expect(scripts).toEqual([readingScriptPath]);
    // Nor does the page carry Next's inline payload for a runtime that is not there.
    expect(await page.content()).not.toContain('self.__next_f');
  });
}

test('the stylesheet is asked for before any web font', async ({ page }) => {
  const article = readingPages.find((target) => target.name === 'article');
  const asked = await requestsOf(page, article?.path ?? '/');
  const names = asked.map((url) => url.pathname);
  const stylesheet = names.findIndex((name) => name.endsWith('.css'));
  const font = names.findIndex((name) => name.endsWith('.woff2'));
  expect(stylesheet).toBeGreaterThanOrEqual(0);
  expect(font, 'the page uses the web font').toBeGreaterThanOrEqual(0);
  expect(stylesheet).toBeLessThan(font);
});
