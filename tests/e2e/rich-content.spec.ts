import { expect, test } from '@playwright/test';
import { isPast } from '@/lib/outputs/calendar';
import { eventFileName } from '@/lib/site/urls';
import { today } from '@/lib/content/publishing';
import { site } from '@/lib/content/site';
import { articlePath, editionPath, plainViewPath, textFilePath } from '@/lib/site/urls';
import { features } from './support/site';

const { video, pullQuote, callout, transcript, upcomingEvent, pastEvent } = features;

test('a video makes no request to the video host until the reader presses play', async ({
  page,
}) => {
  const { edition, article } = video;
  const toVideoHosts: string[] = [];
  page.on('request', (request) => {
    if (/youtube|vimeo|ytimg/.test(new URL(request.url()).hostname))
      toVideoHosts.push(request.url());
  });
  await page.goto(articlePath(edition.number, article.slug));
  const play = page.getByRole('button', { name: /^Play video/ });
  await expect(play).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(toVideoHosts).toEqual([]);

  await play.click();
  const frame = page.locator('figure.video-embed iframe');
  await expect(frame).toHaveAttribute(
    'src',
    /^https:\/\/(www\.youtube-nocookie\.com\/embed\/|player\.vimeo\.com\/video\/)/,
  );
  await expect.poll(() => toVideoHosts.length).toBeGreaterThan(0);
  expect(toVideoHosts.every((url) => /youtube-nocookie\.com|player\.vimeo\.com/.test(url))).toBe(
    true,
  );
});

test('a video is a plain link in the plain view and the text file', async ({ request }) => {
  const { edition } = video;
  const plain = await (await request.get(plainViewPath(edition.number))).text();
  expect(plain).toMatch(
    /<a href="https:\/\/(www\.youtube\.com|vimeo\.com)\/[^"]+">Watch (on|the video on) (YouTube|Vimeo)/,
  );
  expect(plain).not.toMatch(/<iframe/);
  const text = await (await request.get(textFilePath(edition.number))).text();
  expect(text).toMatch(/Video(: [^(]+)?\s\(https:\/\/(www\.youtube\.com|vimeo\.com)\//);
});

for (const [name, found, htmlClass, textMarker] of [
  ['pull quote', pullQuote, 'pull-quote', '    — '],
  ['callout', callout, 'callout', '.........'],
  ['transcript', transcript, 'transcript', 'Transcript\n..........'],
] as const) {
  test(`a ${name} appears in the article, the magazine's plain view and the text file`, async ({
    page,
    request,
  }) => {
    const { edition, article } = found;
    await page.goto(articlePath(edition.number, article.slug));
    await expect(page.locator(`.article-body .${htmlClass}`).first()).toBeVisible();
    const plain = await (await request.get(plainViewPath(edition.number))).text();
    expect(plain).toContain(`class="${htmlClass}"`);
    const text = await (await request.get(textFilePath(edition.number))).text();
    expect(text).toContain(textMarker);
  });
}

test('an upcoming event can be added to a calendar', async ({ page, request }) => {
  const { edition, article } = upcomingEvent;
  await page.goto(articlePath(edition.number, article.slug));
  const events = article.events ?? [];
  const index = events.findIndex((event) => !isPast(event, today(site.timeZone)));
  const event = events[index]!;
  const link = page.getByRole('link', { name: `Add to calendar: ${event.title} (.ics)` });
  const href = await link.getAttribute('href');
  expect(href).toBe(
    `${articlePath(edition.number, article.slug)}/calendar/${eventFileName(event, index)}`,
  );

  const response = await request.get(href ?? '');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  const ics = (await response.text()).replace(/\r\n /g, '');
  expect(ics).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
  expect(ics).toContain('BEGIN:VEVENT\r\n');
  expect(ics).toContain(
    `SUMMARY:${event.title.replace(/[,;]/g, (character) => `\\${character}`)}\r\n`,
  );
  expect(ics).toMatch(/DTSTART(;VALUE=DATE)?:\d{8}(T\d{6}Z)?\r\n/);
});

test('events whose day has gone are marked as past', async ({ page }) => {
  const { edition, article } = pastEvent;
  await page.goto(articlePath(edition.number, article.slug));
  const pastCount = (article.events ?? []).filter((event) =>
    isPast(event, today(site.timeZone)),
  ).length;
  await expect(page.getByText('Past event', { exact: true })).toHaveCount(pastCount);
});

test('a footnote reference leads to its note, and the note back to the text', async ({ page }) => {
  const { edition, article } = features.footnote;
  await page.goto(articlePath(edition.number, article.slug));
  const reference = page.locator('.article-body a[data-footnote-ref]').first();
  const target = (await reference.getAttribute('href')) ?? '';
  await reference.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.locator(`[id="${target.slice(1)}"]`)).toBeInViewport();
  await expect(page.locator('.article-body a[data-footnote-backref]').first()).toBeAttached();
});

test('a table keeps its header cells in the article and the plain view', async ({
  page,
  request,
}) => {
  const { edition, article } = features.table;
  await page.goto(articlePath(edition.number, article.slug));
  await expect(page.locator('.article-body table th').first()).toBeVisible();
  const plain = await (await request.get(plainViewPath(edition.number))).text();
  expect(plain).toMatch(/<table>[\s\S]*<th>/);
});

test('an edition offers all its events as one calendar file', async ({ page, request }) => {
  const { edition } = upcomingEvent;
  await page.goto(editionPath(edition.number));
  const link = page.getByRole('link', { name: /All this edition’s events for your calendar/ });
  const href = (await link.first().getAttribute('href')) ?? '';
  const response = await request.get(href);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  const ics = (await response.text()).replace(/\r\n /g, '');
  const events = edition.articles.flatMap((article) => article.events ?? []);
  expect(ics.match(/BEGIN:VEVENT\r\n/g)).toHaveLength(events.length);
  for (const event of events)
    expect(ics).toContain(`SUMMARY:${event.title.replace(/[,;]/g, (c) => `\\${c}`)}\r\n`);
});
