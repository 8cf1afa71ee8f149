import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { parseLogLine } from '@/lib/readership/log-line';
import { readershipPage } from '@/lib/readership/report-page';
import { Tally } from '@/lib/readership/tally';
import { site } from '@/lib/content/site';
import {
  accessibilityPath,
  pdfPath,
  privacyPath,
  searchPath,
  sectionPath,
  topicsPath,
} from '@/lib/site/urls';
import { ports } from '../../playwright.config';
import { AGENTS, logLine } from '../support/access-log';
import { editions, features, htmlPages, latest } from './support/site';

/*
 * Readership without tracking: the site stores nothing in the reader's browser and asks no
 * other host for anything; nginx's own log is what the readership report reads, and the report
 * is an accessible page.
 */

const pageTypes = [
  ...htmlPages.map(({ name, path: address }) => ({ name, address })),
  { name: 'section', address: sectionPath('news') },
  { name: 'topic list', address: topicsPath },
  { name: 'search', address: `${searchPath}?q=beacon` },
  { name: 'accessibility statement', address: accessibilityPath },
  { name: 'privacy notice', address: privacyPath },
  {
    name: 'case study',
    address: `/editions/${features.caseStudy.edition.number}/${features.caseStudy.article.slug}`,
  },
];

for (const { name, address } of pageTypes) {
  test(`the ${name} sets no cookie, stores nothing and asks no other host`, async ({
    page,
    context,
    baseURL,
  }) => {
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== baseURL)
        elsewhere.push(request.url());
    });
    await page.goto(address, { waitUntil: 'networkidle' });
    await page.mouse.wheel(0, 4000);
    await page.waitForLoadState('networkidle');
    expect(elsewhere).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    const stored = await page.evaluate(() => [localStorage.length, sessionStorage.length]);
    expect(stored).toEqual([0, 0]);
  });
}

test('nginx logs each request in the combined format the report reads', async ({ request }) => {
  const log = path.join('tests', '.artifacts', 'nginx', 'access.log');
  const address = `${pdfPath(latest.number)}?from=test`;
  const agent = 'Masthead log test';
  const response = await request.get(`http://127.0.0.1:${ports.proxy}${address}`, {
    headers: { 'User-Agent': agent, Referer: 'https://partner.example.org/news' },
  });
  expect(response.status()).toBe(200);
  await expect
    .poll(() =>
      fs
        .readFileSync(log, 'utf8')
        .split('\n')
        .map(parseLogLine)
        .find((line) => line?.userAgent === agent && line.target === address),
    )
    .toMatchObject({
      client: '127.0.0.1',
      method: 'GET',
      status: 200,
      referrer: 'https://partner.example.org/news',
    });
});

test('the readership report passes axe, and its tables sort by keyboard', async ({ page }) => {
  const tally = new Tally(editions, site.baseUrl);
  const reader = (n: number) => `203.0.113.${n}`;
  for (let n = 1; n <= 40; n += 1) {
    const day = `2026-10-${String(14 + (n % 14)).padStart(2, '0')}`;
    for (const address of [
      `/editions/${latest.number}`,
      `/editions/${latest.number}/${latest.articles[n % latest.articles.length]!.slug}`,
      ...(n % 3 === 0 ? [pdfPath(latest.number)] : []),
      `${searchPath}?q=beacon`,
    ])
      tally.add(
        parseLogLine(
          logLine({
            client: reader(n),
            day,
            path: address,
            referrer: n % 4 === 0 ? 'https://partner.example.org/' : undefined,
            agent: n % 10 === 0 ? AGENTS.googlebot : AGENTS.firefox,
          }),
        )!,
      );
  }
  await page.setContent(readershipPage(tally.report(), site));
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(violations.map((violation) => violation.id)).toEqual([]);
  await expect(
    page.getByRole('img', { name: /^Views of edition \d+ week by week/ }).first(),
  ).toBeVisible();

  const table = page.getByRole('table', { name: 'Articles by page views' }).first();
  const views = table.getByRole('button', { name: 'Views' });
  await views.focus();
  await page.keyboard.press('Enter');
  await expect(table.getByRole('columnheader', { name: 'Views' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await page.keyboard.press('Enter');
  await expect(table.getByRole('columnheader', { name: 'Views' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  const cells = await table.locator('tbody td').allTextContents();
  const numbers = cells.map((cell) => Number(cell.replace(/,/g, '')));
  expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
});
