import { expect, test } from '@playwright/test';
import { articlePath, editionPath, plainViewPath, textFilePath } from '@/lib/site/urls';
import { editions, firstArticle, htmlPages, latest } from './support/site';

const responses = [
  { name: 'page', path: '/', script: true },
  { name: 'article', path: articlePath(latest.number, firstArticle.slug), script: true },
  { name: '404 page', path: '/no-such-page', script: true },
  { name: 'plain view', path: plainViewPath(latest.number), script: false },
  { name: 'text file', path: textFilePath(latest.number), script: false },
  {
    name: 'article text file',
    path: `${articlePath(latest.number, firstArticle.slug)}/plain.txt`,
    script: false,
  },
  { name: 'Atom feed', path: '/feed.xml', script: false },
  { name: 'JSON Feed', path: '/feed.json', script: false },
  { name: 'sitemap', path: '/sitemap.xml', script: false },
  { name: 'preview image', path: `${editionPath(latest.number)}/card.png`, script: true },
  ...(latest.cover ? [{ name: 'edition image', path: latest.cover.url, script: false }] : []),
];

for (const { name, path, script } of responses) {
  test(`the ${name} carries the security headers`, async ({ request }) => {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(headers['x-powered-by']).toBeUndefined();
    expect(headers['strict-transport-security']).toBeUndefined();

    const csp = headers['content-security-policy'] ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-eval');
    if (script) {
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("base-uri 'self'");
      expect(csp).toContain("form-action 'self'");
    } else {
      expect(csp).toMatch(/default-src 'none'/);
      expect(csp).not.toContain('script-src');
    }
  });
}

test('a script that finds its way into a page does not run there', async ({ page }) => {
  const path = articlePath(latest.number, firstArticle.slug);
  const response = await page.goto(path);
  const scripts = /script-src ([^;]*)/.exec(response?.headers()['content-security-policy'] ?? '');
  expect(scripts?.[1], 'the policy names the scripts a page may run').toBeDefined();
  expect(scripts?.[1]).not.toContain('unsafe-inline');

  const ran = await page.evaluate(async () => {
    const blocked = new Promise((resolve) =>
      document.addEventListener('securitypolicyviolation', () => resolve('blocked')),
    );
    const injected = document.createElement('script');
    injected.textContent = 'document.body.dataset.injected = "ran"';
    document.body.append(injected);
    await Promise.race([blocked, new Promise((resolve) => setTimeout(resolve, 1_000))]);
    return document.body.dataset.injected ?? 'did not run';
  });
  expect(ran).toBe('did not run');
  // While the page's own theme script ran before the first paint (it marks the page).
  expect(await page.evaluate(() => document.documentElement.classList.contains('js'))).toBe(true);
});

test('HSTS is sent when the site is reached over HTTPS through a proxy', async ({ request }) => {
  const response = await request.get('/', { headers: { 'X-Forwarded-Proto': 'https' } });
  expect(response.headers()['strict-transport-security']).toBe(
    'max-age=31536000; includeSubDomains',
  );
});

test('pages load, play a video and switch theme without any Content-Security-Policy violation', async ({
  page,
}) => {
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { violations: string[] }).violations.push(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  const paths = [...htmlPages.map((target) => target.path), '/search?q=beacon', '/topics'];
  for (const path of paths) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(
      await page.evaluate(() => (window as unknown as { violations: string[] }).violations),
      path,
    ).toEqual([]);
  }

  const withVideo = editions
    .flatMap((edition) => edition.articles.map((article) => ({ edition, article })))
    .find(({ article }) => article.body.html.includes('video-embed'));
  if (withVideo) {
    await page.goto(articlePath(withVideo.edition.number, withVideo.article.slug));
    await page.getByRole('button', { name: /^Play video/ }).click();
    await expect(page.locator('figure.video-embed iframe')).toBeAttached();
    await page.getByRole('button', { name: 'Dark mode' }).click();
    expect(
      await page.evaluate(() => (window as unknown as { violations: string[] }).violations),
    ).toEqual([]);
  }
});
