import { expect, test, type Browser, type Page } from '@playwright/test';
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

interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
}

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
  // The font is asked for once the page is laid out, which on a busy machine can come after
  // the network has been quiet long enough to count as settled: wait for it by name.
  const fontAsked = page
    .waitForRequest((request) => request.url().endsWith('.woff2'), { timeout: 10_000 })
    .catch(() => undefined);
  const asked = await requestsOf(page, article?.path ?? '/');
  await fontAsked;
  const names = asked.map((url) => url.pathname);
  const stylesheet = names.findIndex((name) => name.endsWith('.css'));
  const font = names.findIndex((name) => name.endsWith('.woff2'));
  expect(stylesheet).toBeGreaterThanOrEqual(0);
  expect(font, 'the page uses the web font').toBeGreaterThanOrEqual(0);
  expect(stylesheet).toBeLessThan(font);
});

/** Opens a page in a browser of its own (nothing cached), its web font held back. */
async function withFontLate(browser: Browser, width: number, path: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  // The layout shift score as Chromium counts it (what Lighthouse reports), summed.
  await page.addInitScript(() => {
    const counted = window as unknown as { layoutShift: number };
    counted.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as LayoutShift[])
        if (!entry.hadRecentInput) counted.layoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.route('**/*.woff2', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await route.continue();
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  // Until the font has arrived and a frame been drawn with it, any shift is still to come.
  await page
    .waitForFunction(
      () =>
        [...document.fonts].some(
          (face) => face.family === 'sourceSerif' && face.status === 'loaded',
        ),
      undefined,
      { timeout: 10_000 },
    )
    .catch(() => {}); // The test says so, below.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  return page;
}

/*
 * Text is set in a stand-in serif, scaled to Source Serif's measure (app/globals.css), until the
 * web font arrives; held back here for a second and a half, as on a slow phone. Lines must break
 * where they will in Source Serif, so nothing on the page moves when it arrives: a reader
 * halfway down a line does not lose it, and a tap does not land on the wrong link.
 */
for (const target of readingPages) {
  test(`nothing on the ${target.name} page moves when the web font arrives late`, async ({
    browser,
  }) => {
    for (const width of [375, 1280]) {
      const page = await withFontLate(browser, width, target.path);
      try {
        const faces = await page.evaluate(() =>
          [...document.fonts].map((face) => `${face.family} ${face.style} ${face.status}`),
        );
        expect(faces, 'the web font arrived').toContain('sourceSerif normal loaded');
        expect(
          faces,
          'a stand-in was found: Times New Roman or a font of its measure (on Debian, apt-get install fonts-liberation)',
        ).toContain('Source Serif Fallback normal loaded');
        const shift = await page.evaluate(
          () => (window as unknown as { layoutShift: number }).layoutShift,
        );
        expect(shift, `layout shift at ${width} px`).toBeLessThan(0.02);
      } finally {
        await page.context().close();
      }
    }
  });
}
