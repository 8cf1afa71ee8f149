import { expect, test } from '@playwright/test';
import { eventFileName, isPast } from '@/lib/outputs/calendar';
import { today } from '@/lib/content/publishing';
import { site } from '@/lib/site/settings';
import { articlePath, plainViewPath, textFilePath } from '@/lib/site/urls';
import { editions } from './support/site';

// Find the sample articles that use each rich block, from the same loader the site uses.
const articles = editions.flatMap((edition) =>
  edition.articles.map((article) => ({ edition, article })),
);
const find = (marker: string) => articles.find(({ article }) => article.html.includes(marker));
const withVideo = find('class="video-embed"');
const withPullQuote = find('class="pull-quote"');
const withCallout = find('class="callout"');
const withTranscript = find('class="transcript"');
const withEvents = articles.find(({ article }) =>
  article.events?.some((event) => !isPast(event, today(site.timeZone))),
);
const withPastEvents = articles.find(({ article }) =>
  article.events?.some((event) => isPast(event, today(site.timeZone))),
);

test('a video makes no request to the video host until the reader presses play', async ({
  page,
}) => {
  test.skip(!withVideo, 'the sample content has no video');
  const { edition, article } = withVideo ?? articles[0]!;
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
  test.skip(!withVideo, 'the sample content has no video');
  const { edition } = withVideo ?? articles[0]!;
  const plain = await (await request.get(plainViewPath(edition.number))).text();
  expect(plain).toMatch(
    /<a href="https:\/\/(www\.youtube\.com|vimeo\.com)\/[^"]+">Watch (on|the video on) (YouTube|Vimeo)/,
  );
  expect(plain).not.toMatch(/<iframe/);
  const text = await (await request.get(textFilePath(edition.number))).text();
  expect(text).toMatch(/Video(: [^(]+)?\s\(https:\/\/(www\.youtube\.com|vimeo\.com)\//);
});

for (const [name, found, htmlClass, textMarker] of [
  ['pull quote', withPullQuote, 'pull-quote', '    — '],
  ['callout', withCallout, 'callout', '.........'],
  ['transcript', withTranscript, 'transcript', 'Transcript\n..........'],
] as const) {
  test(`a ${name} appears in the article, the magazine's plain view and the text file`, async ({
    page,
    request,
  }) => {
    test.skip(!found, `the sample content has no ${name}`);
    const { edition, article } = found ?? articles[0]!;
    await page.goto(articlePath(edition.number, article.slug));
    await expect(page.locator(`.article-body .${htmlClass}`).first()).toBeVisible();
    const plain = await (await request.get(plainViewPath(edition.number))).text();
    expect(plain).toContain(`class="${htmlClass}"`);
    const text = await (await request.get(textFilePath(edition.number))).text();
    expect(text).toContain(textMarker);
  });
}

test('an upcoming event can be added to a calendar', async ({ page, request }) => {
  test.skip(!withEvents, 'the sample content has no upcoming event');
  const { edition, article } = withEvents ?? articles[0]!;
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
  test.skip(!withPastEvents, 'the sample content has no past event');
  const { edition, article } = withPastEvents ?? articles[0]!;
  await page.goto(articlePath(edition.number, article.slug));
  const pastCount = (article.events ?? []).filter((event) =>
    isPast(event, today(site.timeZone)),
  ).length;
  await expect(page.getByText('Past event', { exact: true })).toHaveCount(pastCount);
});
