import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { getEditions } from '@/lib/library/getters';
import { parseLogLine } from '@/lib/readership/log-line';
import { isoWeek, Tally, type Readership } from '@/lib/readership/tally';
import { site } from '@/lib/content/site';
import { AGENTS, logLine, type Request } from '../../support/access-log';

/*
 * A log with known figures: every kind of request the report must count or leave out, and the
 * figure each must give.
 */

const contentDir = path.resolve('tests/fixtures/site');
process.env.MASTHEAD_CONTENT_DIR = contentDir;
const editions = getEditions('public');

const reader = (n: number) => `198.51.100.${n}`;
const requests: Request[] = [
  // Edition 9's magazine view: three readers, one of them again with a 304.
  { client: reader(1), day: '2026-10-14', path: '/editions/9' },
  { client: reader(2), day: '2026-10-15', path: '/editions/9' },
  { client: reader(3), day: '2026-10-20', path: '/editions/9/' },
  { client: reader(1), day: '2026-10-21', path: '/editions/9', status: 304 },
  // The same address from another browser is another reader.
  { client: reader(1), day: '2026-10-21', path: '/editions/9', agent: AGENTS.safari },
  // An article, by its address and by its former slug, linked from a partner's site.
  {
    client: reader(4),
    day: '2026-10-14',
    path: '/editions/9/beacon-roll-out',
    referrer: 'https://www.partner.example.org/news',
  },
  {
    client: reader(5),
    day: '2026-10-16',
    path: '/editions/9/beacon-goes-live?utm_source=mail',
    referrer: 'https://www.partner.example.org/',
  },
  // A link from the site itself is not a referrer.
  {
    client: reader(2),
    day: '2026-10-15',
    path: '/editions/9/director-update',
    referrer: `${site.baseUrl}/editions/9`,
  },
  // The plain view, the text files (the edition's and an article's) and the PDF.
  { client: reader(6), day: '2026-10-22', path: '/editions/9/plain' },
  { client: reader(6), day: '2026-10-22', path: '/editions/9/plain.txt' },
  { client: reader(6), day: '2026-10-22', path: '/editions/9/director-update/plain.txt' },
  { client: reader(7), day: '2026-10-23', path: '/editions/9/edition.pdf?download=1' },
  // The email message file, downloaded to open as a draft.
  { client: reader(7), day: '2026-10-23', path: '/editions/9/edition.eml' },
  // Edition 8 by its former number.
  { client: reader(8), day: '2026-10-14', path: '/editions/80' },
  // Left out: a HEAD, a POST, a 404, a 500, an asset, the home page, a bot.
  { client: reader(9), day: '2026-10-14', path: '/editions/9', method: 'HEAD' },
  { client: reader(9), day: '2026-10-14', path: '/editions/9', method: 'POST', status: 405 },
  { client: reader(9), day: '2026-10-14', path: '/editions/9/no-such-article', status: 404 },
  { client: reader(9), day: '2026-10-14', path: '/editions/9/plain', status: 500 },
  // Addresses that no longer answer: a story taken down, asked for twice (once from an old
  // email with its tracking query), a mistyped one, and a scanner's guess outside the magazine.
  { client: reader(8), day: '2026-10-20', path: '/editions/9/partner-survey-results', status: 410 },
  {
    client: reader(7),
    day: '2026-10-21',
    path: '/editions/9/partner-survey-results?utm_source=mail',
    status: 410,
  },
  { client: reader(9), day: '2026-10-14', path: '/wp-login.php', status: 404 },
  { client: reader(9), day: '2026-10-14', path: '/_next/static/chunks/main.js' },
  { client: reader(9), day: '2026-10-14', path: '/' },
  { client: reader(10), day: '2026-10-14', path: '/editions/9', agent: AGENTS.googlebot },
  { client: reader(10), day: '2026-10-14', path: '/robots.txt', agent: AGENTS.googlebot },
  // Outside the period asked for.
  { client: reader(11), day: '2026-09-30', path: '/editions/8' },
  { client: reader(11), day: '2026-11-01', path: '/editions/8' },
  // Searches: one by five readers (six times), one by four, one naming an email address.
  ...[1, 2, 3, 4, 5, 5].map((n) => ({
    client: reader(n),
    day: '2026-10-18',
    path: `/search?q=${n === 5 ? '+Beacon%20' : 'beacon'}`,
  })),
  ...[1, 2, 3, 4].map((n) => ({ client: reader(n), day: '2026-10-18', path: '/search?q=harbour' })),
  ...[1, 2, 3, 4, 5, 6].map((n) => ({
    client: reader(n),
    day: '2026-10-18',
    path: '/search?q=jo.bloggs%40example.com',
  })),
];

const period = { from: '2026-10-01', to: '2026-10-31' };

function tally(lines: readonly string[]): Readership {
  const counter = new Tally(editions, site.baseUrl, period);
  for (const line of lines) {
    const parsed = parseLogLine(line);
    if (parsed) counter.add(parsed);
  }
  return counter.report();
}

describe('the readership report', () => {
  const report = tally(requests.map(logLine));
  const edition = (number: number) => report.editions.find((entry) => entry.number === number)!;

  it('counts views by format, GET answered 200 or 304 only, query strings ignored', () => {
    expect(edition(9).formats).toEqual({
      magazine: 5,
      article: 3,
      plain: 1,
      text: 2,
      pdf: 1,
      message: 1,
    });
    expect(edition(9).views).toBe(13);
    expect(edition(8).formats.magazine).toBe(1);
    expect(edition(8).views).toBe(1);
    expect(edition(7).views).toBe(0);
  });

  it('counts readers as distinct address and browser pairs', () => {
    // 198.51.100.1 twice (Firefox and Safari), .2 to .7.
    expect(edition(9).readers).toBe(8);
    expect(edition(8).readers).toBe(1);
  });

  it('ranks articles by views, counting a former slug for the article it leads to', () => {
    const articles = edition(9).articles;
    expect(articles[0]).toMatchObject({ slug: 'beacon-roll-out', views: 2 });
    expect(articles[1]).toMatchObject({ slug: 'director-update', views: 1 });
    expect(articles.slice(2).every((article) => article.views === 0)).toBe(true);
    // Every article the public can read, a draft's left out.
    expect(articles.map((article) => article.slug).sort()).toEqual(
      editions
        .find((entry) => entry.number === 9)!
        .articles.map((article) => article.slug)
        .sort(),
    );
    expect(articles.map((article) => article.slug)).not.toContain('conference-programme');
  });

  it('gives views week by week from publication to the end of the period', () => {
    expect(edition(9).weeks).toEqual([
      { week: '2026-W42', views: 5 },
      { week: '2026-W43', views: 8 },
      { week: '2026-W44', views: 0 },
    ]);
    expect(isoWeek('2026-01-01')).toBe('2026-W01');
    expect(isoWeek('2027-01-01')).toBe('2026-W53');
  });

  it('lists other sites that sent readers, not the site itself, and the views that came with none', () => {
    // 14 views in all: 2 from the partner's site, 1 from the site itself, 11 with no referrer
    // (email apps, bookmarks, typed addresses), which outnumber every site.
    expect(report.referrers).toEqual([
      { host: '(none)', views: 11 },
      { host: 'www.partner.example.org', views: 2 },
    ]);
  });

  it('lists the magazine’s addresses that no longer answer, without their queries', () => {
    expect(report.notFound).toEqual([
      { path: '/editions/9/partner-survey-results', status: 410, count: 2 },
      { path: '/editions/9/no-such-article', status: 404, count: 1 },
    ]);
  });

  it('shows a search only when five readers made it and it names no one', () => {
    expect(report.searches).toEqual([{ query: 'beacon', count: 6 }]);
  });

  it('counts the requests left out as bots', () => {
    expect(report.bots).toBe(2);
  });

  it('reports the period asked for', () => {
    expect([report.from, report.to]).toEqual([period.from, period.to]);
  });
});

describe('npm run readership', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'readership-'));
  const lines = requests.map(logLine);
  const half = Math.floor(lines.length / 2);
  fs.writeFileSync(
    path.join(folder, 'access.log'),
    `${lines.slice(0, half).join('\n')}\nnot a log line\n`,
  );
  fs.writeFileSync(
    path.join(folder, 'access.log.1.gz'),
    gzipSync(`${lines.slice(half).join('\n')}\n`),
  );
  const run = (...args: string[]) =>
    execFileSync('npm', ['run', '--silent', 'readership', '--', ...args], {
      env: { ...process.env, MASTHEAD_CONTENT_DIR: contentDir },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });

  it('reads plain and gzipped logs and prints the same figures as JSON', () => {
    const printed = JSON.parse(
      run(
        '--json',
        '--from',
        period.from,
        '--to',
        period.to,
        path.join(folder, 'access.log'),
        path.join(folder, 'access.log.1.gz'),
      ),
    ) as Readership;
    expect(printed).toEqual(tally(lines));
  });

  it('writes the HTML report to the folder given', () => {
    const out = path.join(folder, 'report');
    const said = run(
      '--out',
      out,
      '--from',
      period.from,
      '--to',
      period.to,
      path.join(folder, 'access.log'),
    );
    const file = path.join(out, 'readership-2026-10-01-to-2026-10-31.html');
    expect(said).toContain(file);
    const html = fs.readFileSync(file, 'utf8');
    expect(html).toContain('<h2 id="edition-9">Edition 9: ');
    expect(html).toContain('role="img"');
  });

  it('answers a wrong date with its usage', () => {
    expect(() => run('--from', '14/10/2026', path.join(folder, 'access.log'))).toThrow(
      /--from takes a date written YYYY-MM-DD/,
    );
  });
});
