import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { imageSize } from 'image-size';
import { isListed } from '@/lib/content/publishing';
import { feedEntries } from '@/lib/outputs/feeds';
import { site } from '@/lib/content/site';
import { sections, topics } from '@/lib/browse/taxonomy';
import {
  absoluteUrl,
  accessibilityPath,
  archivePath,
  articlePath,
  editionPath,
  plainViewPath,
  privacyPath,
  sectionPath,
  topicPath,
  topicsPath,
} from '@/lib/site/urls';
import { editions, features, firstArticle, htmlPages, latest } from './support/site';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
const older = features.olderEdition;
const olderArticle = older.articles[0]!;

/** A path on the test server for an absolute address the site printed with its own base. */
function onTestServer(url: string): string {
  expect(url.startsWith(site.baseUrl) || url.startsWith('/'), url).toBe(true);
  return url.startsWith('/') ? url : url.slice(site.baseUrl.length) || '/';
}

for (const target of htmlPages.filter((page) => page.name !== 'not found')) {
  test(`${target.name}: every alternate link answers with its declared type`, async ({
    page,
    request,
  }) => {
    await page.goto(target.path);
    const alternates = await page.locator('link[rel="alternate"]').evaluateAll((links) =>
      links.map((link) => ({
        href: link.getAttribute('href') ?? '',
        type: link.getAttribute('type') ?? '',
      })),
    );
    expect(alternates.map((alternate) => alternate.type)).toEqual(
      expect.arrayContaining(['application/atom+xml', 'application/feed+json']),
    );
    for (const alternate of alternates) {
      const response = await request.get(onTestServer(alternate.href));
      expect(response.status(), alternate.href).toBe(200);
      expect(response.headers()['content-type'], alternate.href).toContain(alternate.type);
    }
  });
}

// The plain view is a plain document for reading, without a preview card of its own.
for (const target of htmlPages.filter(
  (page) => page.name !== 'not found' && page.name !== 'plain view',
)) {
  test(`${target.name}: every preview image is a 1200×630 PNG with alt text`, async ({
    page,
    request,
  }) => {
    await page.goto(target.path);
    const images = await page
      .locator('meta[property="og:image"]')
      .evaluateAll((metas) => metas.map((meta) => meta.getAttribute('content') ?? ''));
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) {
      const response = await request.get(onTestServer(image));
      expect(response.status(), image).toBe(200);
      expect(response.headers()['content-type'], image).toBe('image/png');
      expect(imageSize(await response.body()), image).toMatchObject({
        type: 'png',
        width: 1200,
        height: 630,
      });
    }
    await expect(page.locator('meta[property="og:image:alt"]')).toHaveCount(images.length);
  });
}

test('an article has an Open Graph article card, a summary_large_image card and its title template', async ({
  page,
}) => {
  await page.goto(articlePath(latest.number, firstArticle.slug));
  await expect(page).toHaveTitle(`${firstArticle.title} · Edition ${latest.number} · ${site.name}`);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  await expect(page.locator('meta[property="article:published_time"]')).toHaveAttribute(
    'content',
    latest.published,
  );
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute(
    'content',
    'summary_large_image',
  );
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    absoluteUrl(site.baseUrl, articlePath(latest.number, firstArticle.slug)),
  );
  await expect(page.locator('meta[name="description"]')).toHaveAttribute(
    'content',
    firstArticle.summary,
  );
});

test('article and edition pages describe themselves with structured data', async ({ page }) => {
  await page.goto(articlePath(latest.number, firstArticle.slug));
  const article = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
  );
  expect(article).toMatchObject({
    '@type': 'NewsArticle',
    headline: firstArticle.title,
    datePublished: latest.published,
  });
  expect(article.isPartOf).toMatchObject({
    '@type': 'PublicationIssue',
    issueNumber: String(latest.number),
    isPartOf: { '@type': 'Periodical', name: site.name },
  });

  await page.goto(editionPath(latest.number));
  const edition = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
  );
  expect(edition).toMatchObject({
    '@type': 'PublicationIssue',
    issueNumber: String(latest.number),
  });
});

test('the Atom feed lists the newest public articles, item by item', async ({ request }) => {
  const response = await request.get('/feed.xml');
  expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
  const entries = [parser.parse(await response.text()).feed.entry].flat();
  const expected = feedEntries(editions);
  expect(entries).toHaveLength(expected.length);
  entries.forEach((entry, index) => {
    const { edition, article } = expected[index] ?? {};
    expect(entry.title['#text'] ?? entry.title).toBe(article?.title);
    expect(entry.id).toBe(
      absoluteUrl(site.baseUrl, articlePath(edition?.number ?? 0, article?.slug ?? '')),
    );
    expect(entry.summary['#text'] ?? entry.summary).toBe(article?.summary);
    expect(String(entry.content['#text'] ?? entry.content)).toContain(
      `Edition ${edition?.number}: ${edition?.title}`,
    );
  });
});

test('the JSON Feed lists the newest public articles, item by item', async ({ request }) => {
  const response = await request.get('/feed.json');
  expect(response.headers()['content-type']).toBe('application/feed+json; charset=utf-8');
  const feed = await response.json();
  expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
  const expected = feedEntries(editions);
  expect(feed.items.map((item: { url: string }) => item.url)).toEqual(
    expected.map(({ edition, article }) =>
      absoluteUrl(site.baseUrl, articlePath(edition.number, article.slug)),
    ),
  );
  feed.items.forEach(
    (
      item: { title: string; content_html: string; _masthead: { edition: number } },
      index: number,
    ) => {
      expect(item.title).toBe(expected[index]?.article.title);
      expect(item._masthead.edition).toBe(expected[index]?.edition.number);
      expect(item.content_html.length).toBeGreaterThan(
        expected[index]?.article.summary.length ?? 0,
      );
    },
  );
});

test('the sitemap lists exactly the public pages, and robots.txt points to it', async ({
  request,
}) => {
  const sitemap = parser.parse(await (await request.get('/sitemap.xml')).text());
  const listed = [sitemap.urlset.url]
    .flat()
    .map((entry: { loc: string }) => entry.loc)
    .sort();
  const expected = [
    '/',
    archivePath,
    ...editions.flatMap((edition) => [
      editionPath(edition.number),
      ...edition.articles
        .filter(isListed)
        .map((article) => articlePath(edition.number, article.slug)),
    ]),
    ...[...sections(editions).keys()].map(sectionPath),
    topicsPath,
    ...[...topics(editions).keys()].map(topicPath),
    accessibilityPath,
    privacyPath,
  ]
    .map((path) => absoluteUrl(site.baseUrl, path))
    .sort();
  expect(listed).toEqual(expected);

  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${absoluteUrl(site.baseUrl, '/sitemap.xml')}`);
});

test('an article can be shared by copying its link, by email and on LinkedIn', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(articlePath(latest.number, firstArticle.slug));
  const url = absoluteUrl(site.baseUrl, articlePath(latest.number, firstArticle.slug));
  const share = page.getByRole('region', { name: 'Share this article' });

  await share.getByRole('button', { name: 'Copy link' }).click();
  await expect(share.getByRole('status')).toHaveText('Link copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

  const email = await share.getByRole('link', { name: /Email/ }).getAttribute('href');
  expect(email).toBe(
    `mailto:?subject=${encodeURIComponent(firstArticle.title)}&body=${encodeURIComponent(`${firstArticle.title}\n\n${url}`)}`,
  );
  const linkedIn = await share.getByRole('link', { name: /LinkedIn/ }).getAttribute('href');
  expect(linkedIn).toBe(
    `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(url)}`,
  );
});

test('a printed article leaves out navigation and sharing, and ends with where it came from', async ({
  page,
}) => {
  await page.goto(articlePath(latest.number, firstArticle.slug));
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Share this article' })).toBeHidden();
  const colophon = page.getByText(
    `This page: ${absoluteUrl(site.baseUrl, articlePath(latest.number, firstArticle.slug))}`,
  );
  await expect(colophon).toBeVisible();
  await expect(
    page.getByText(`${site.name}, Edition ${latest.number}: ${latest.title}. Published`),
  ).toBeVisible();
});

test('the printed plain view ends with the publication, edition, date and address', async ({
  page,
}) => {
  await page.goto(plainViewPath(latest.number));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('footer')).toContainText(`Edition ${latest.number}: ${latest.title}`);
  await expect(page.locator('footer')).toContainText(
    `This page: ${absoluteUrl(site.baseUrl, plainViewPath(latest.number))}`,
  );
});

test('an article from an older edition says a newer one is out, and links to it', async ({
  page,
}) => {
  await page.goto(articlePath(older.number, olderArticle.slug));
  await expect(page.getByText('This article is from an earlier edition.')).toBeVisible();
  await expect(
    page.getByRole('link', { name: `Edition ${latest.number}: ${latest.title}` }),
  ).toHaveAttribute('href', editionPath(latest.number));

  await page.goto(articlePath(latest.number, firstArticle.slug));
  await expect(page.getByText('This article is from an earlier edition.')).toHaveCount(0);
});

test('an article has a plain-text twin that names its publication and edition', async ({
  request,
}) => {
  const response = await request.get(`${articlePath(latest.number, firstArticle.slug)}/plain.txt`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/plain; charset=utf-8');
  const text = await response.text();
  expect(text).toContain(`${site.name} · Edition ${latest.number} · ${latest.title}`);
  expect(text).toContain(firstArticle.title);
});

test('pages without an address of their own never claim to be the home page', async ({
  request,
}) => {
  for (const address of ['/search?q=beacon', '/no-such-page']) {
    const html = await (await request.get(address)).text();
    expect(html, address).not.toContain('rel="canonical"');
    expect(html, address).not.toContain('property="og:url"');
    expect(html, address).toContain('type="application/atom+xml"');
  }
});
