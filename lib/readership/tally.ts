import { isbot } from 'isbot';
import type { Edition } from '../content/types';
import { hasPersonalData } from '../content/guardrails';
import {
  articlePath,
  articleTextFilePath,
  editionPath,
  emailFilePath,
  pdfPath,
  plainViewPath,
  searchPath,
  textFilePath,
} from '../site/urls';
import type { LogLine } from './log-line';

/*
 * Readership from the web server's own log, without tracking anyone: views of each edition by
 * format, an estimate of distinct readers (client address and browser, held in memory only and
 * never written), articles ranked, views week by week, where readers came from, what they
 * searched for (only what readers at five or more addresses asked, made only of words the
 * site itself uses, and naming no one), the magazine's addresses readers asked for that no
 * longer answer, and how many requests came from bots and were left out.
 */

export const FORMATS = ['magazine', 'article', 'plain', 'text', 'pdf', 'message'] as const;
type Format = (typeof FORMATS)[number];

/** How long the access log is kept (the rotation in docs/deploying.md; the privacy notice says it). */
export const LOG_RETENTION_DAYS = 90;

/** The referrer row for views that came with none: email apps, Teams, bookmarks, typed. */
export const NO_REFERRER = '(none)';

/** How many of the addresses that no longer answer the report lists. */
const NOT_FOUND_LIMIT = 20;

/** The parts of the site whose addresses the magazine prints and readers keep. */
const MAGAZINE_PARTS = ['/editions/', '/sections/', '/topics/'];

/** Fewest distinct client addresses a search must come from before the report shows it. */
export const SEARCH_THRESHOLD = 5;

/**
 * What marks a search as possibly about a person, whatever the pattern checks miss: any digit
 * (a phone, card, sort-code or NHS number, a date of birth), an `@`, or an address spelled out
 * ("name at gmail dot com").
 */
const PERSONAL_HINTS = /\d|@|\b(?:at|dot)\b.*\b(?:dot|com|net|org|uk)\b/;

export interface EditionFigures {
  number: number;
  title: string;
  published: string;
  views: number;
  readers: number;
  formats: Record<Format, number>;
  articles: { slug: string; title: string; views: number }[];
  weeks: { week: string; views: number }[];
}

/** The report, as `npm run readership -- --json` prints it. */
export interface Readership {
  from: string;
  to: string;
  editions: EditionFigures[];
  /** Hosts that sent readers; NO_REFERRER for views that came with none. */
  referrers: { host: string; views: number }[];
  searches: { query: string; count: number }[];
  /** The magazine's addresses readers asked for that answered 404 or 410, most asked first. */
  notFound: { path: string; status: number; count: number }[];
  bots: number;
}

/** What an address is a view of. */
interface Target {
  edition: Edition;
  format: Format;
  /** The article's current slug, for an article's page. */
  slug?: string;
}

interface EditionCounts {
  formats: Record<Format, number>;
  readers: Set<string>;
  articles: Map<string, number>;
  days: Map<string, number>;
}

/** Keeps the first answers of the bot test: a log has few browsers and many lines. */
const BOT_CACHE_LIMIT = 50_000;

export class Tally {
  private readonly targets = new Map<string, Target>();
  private readonly counts = new Map<Edition, EditionCounts>();
  private readonly referrers = new Map<string, number>();
  private readonly searches = new Map<string, { count: number; addresses: Set<string> }>();
  private readonly missing = new Map<string, { path: string; status: number; count: number }>();
  private readonly botAnswers = new Map<string, boolean>();
  private readonly ownHost: string;
  private bots = 0;
  private first: string | undefined;
  private last: string | undefined;

  constructor(
    private readonly editions: readonly Edition[],
    baseUrl: string,
    private readonly period: { from?: string; to?: string } = {},
  ) {
    this.ownHost = new URL(baseUrl).host;
    // Every address that is a view, former numbers and slugs leading to what they became.
    for (const edition of editions) {
      for (const key of [edition.number, ...edition.aliases]) {
        this.targets.set(editionPath(key), { edition, format: 'magazine' });
        this.targets.set(plainViewPath(key), { edition, format: 'plain' });
        this.targets.set(textFilePath(key), { edition, format: 'text' });
        this.targets.set(pdfPath(key), { edition, format: 'pdf' });
        this.targets.set(emailFilePath(key), { edition, format: 'message' });
        for (const article of edition.articles)
          for (const slug of [article.slug, ...article.aliases]) {
            this.targets.set(articlePath(key, slug), {
              edition,
              format: 'article',
              slug: article.slug,
            });
            this.targets.set(articleTextFilePath(key, slug), { edition, format: 'text' });
          }
      }
      this.counts.set(edition, {
        formats: { magazine: 0, article: 0, plain: 0, text: 0, pdf: 0, message: 0 },
        readers: new Set(),
        articles: new Map(),
        days: new Map(),
      });
    }
  }

  /** Counts one request of the log. */
  add(line: LogLine): void {
    const { from, to } = this.period;
    if ((from && line.day < from) || (to && line.day > to)) return;
    if (this.first === undefined || line.day < this.first) this.first = line.day;
    if (this.last === undefined || line.day > this.last) this.last = line.day;
    if (this.isBot(line.userAgent)) {
      this.bots += 1;
      return;
    }
    if (line.method !== 'GET') return;
    const query = line.target.indexOf('?');
    const path = normalise(query < 0 ? line.target : line.target.slice(0, query));
    if (line.status === 404 || line.status === 410) {
      this.addMissing(path, line.status);
      return;
    }
    if (line.status !== 200 && line.status !== 304) return;

    const reader = `${line.client} ${line.userAgent}`;
    if (path === searchPath && query >= 0) {
      // By address alone: one person changing browsers is still one person.
      this.addSearch(line.target.slice(query + 1), line.client);
      return;
    }
    const target = this.targets.get(path);
    if (!target) return;
    const counts = this.counts.get(target.edition)!;
    counts.formats[target.format] += 1;
    counts.readers.add(reader);
    counts.days.set(line.day, (counts.days.get(line.day) ?? 0) + 1);
    if (target.slug) counts.articles.set(target.slug, (counts.articles.get(target.slug) ?? 0) + 1);
    const host = referrerHost(line.referrer) ?? NO_REFERRER;
    if (host !== this.ownHost) this.referrers.set(host, (this.referrers.get(host) ?? 0) + 1);
  }

  /**
   * An address of the magazine that answered 404 (mistyped, or never there) or 410 (taken
   * down), without its query. Only the magazine's own parts, and nothing that looks like
   * personal data: what a stranger types elsewhere is not the programme's business.
   */
  private addMissing(path: string, status: number): void {
    if (!MAGAZINE_PARTS.some((part) => path.startsWith(part))) return;
    if (path.length > 200 || /[@\s]/.test(path) || hasPersonalData(path)) return;
    const key = `${status} ${path}`;
    const entry = this.missing.get(key) ?? { path, status, count: 0 };
    entry.count += 1;
    this.missing.set(key, entry);
  }

  private isBot(userAgent: string): boolean {
    let answer = this.botAnswers.get(userAgent);
    if (answer === undefined) {
      answer = isbot(userAgent);
      if (this.botAnswers.size < BOT_CACHE_LIMIT) this.botAnswers.set(userAgent, answer);
    }
    return answer;
  }

  private addSearch(queryString: string, address: string): void {
    let query: string | null;
    try {
      query = new URLSearchParams(queryString).get('q');
    } catch {
      return;
    }
    const words = query?.trim().toLowerCase().replace(/\s+/g, ' ');
    if (!words) return;
    const entry = this.searches.get(words) ?? { count: 0, addresses: new Set<string>() };
    entry.count += 1;
    entry.addresses.add(address);
    this.searches.set(words, entry);
  }

  /**
   * Whether a search may be shown: asked from enough addresses, with nothing that looks like
   * personal data, and made only of words the site's own articles use, so a name, an address
   * or a number a reader typed never reaches the report unless the magazine printed it.
   */
  private mayShowSearch(query: string, addresses: number): boolean {
    if (addresses < SEARCH_THRESHOLD || PERSONAL_HINTS.test(query) || hasPersonalData(query))
      return false;
    const known = this.vocabulary();
    return wordsOf(query).every((word) => known.has(word));
  }

  private words: Set<string> | undefined;

  /** Every word the public articles use, in lower case. */
  private vocabulary(): Set<string> {
    this.words ??= new Set(
      this.editions.flatMap((edition) => [
        ...wordsOf(`${edition.title} ${edition.summary}`),
        ...edition.articles.flatMap((article) =>
          wordsOf(
            [
              article.title,
              article.summary,
              article.section,
              article.author,
              ...(article.tags ?? []),
              article.body.text,
            ].join(' '),
          ),
        ),
      ]),
    );
    return this.words;
  }

  /** The figures so far. */
  report(): Readership {
    const from = this.period.from ?? this.first ?? '';
    const to = this.period.to ?? this.last ?? '';
    const editions = this.editions.map((edition): EditionFigures => {
      const counts = this.counts.get(edition)!;
      const views = FORMATS.reduce((sum, format) => sum + counts.formats[format], 0);
      return {
        number: edition.number,
        title: edition.title,
        published: edition.published,
        views,
        readers: counts.readers.size,
        formats: { ...counts.formats },
        articles: edition.articles
          .map((article) => ({
            slug: article.slug,
            title: article.title,
            views: counts.articles.get(article.slug) ?? 0,
          }))
          .sort((a, b) => b.views - a.views),
        weeks: weeksSince(edition.published, from, to, counts.days),
      };
    });
    return {
      from,
      to,
      editions,
      referrers: [...this.referrers]
        .map(([host, views]) => ({ host, views }))
        .sort((a, b) => b.views - a.views || a.host.localeCompare(b.host)),
      searches: [...this.searches]
        .filter(([query, { addresses }]) => this.mayShowSearch(query, addresses.size))
        .map(([query, { count }]) => ({ query, count }))
        .sort((a, b) => b.count - a.count || a.query.localeCompare(b.query)),
      notFound: [...this.missing.values()]
        .sort((a, b) => b.count - a.count || a.path.localeCompare(b.path))
        .slice(0, NOT_FOUND_LIMIT),
      bots: this.bots,
    };
  }
}

/** The path as the site's addresses are written: decoded, without a trailing slash. */
function normalise(path: string): string {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A malformed escape is no address of ours; left as it is, it matches nothing.
  }
  return decoded.length > 1 && decoded.endsWith('/') ? decoded.slice(0, -1) : decoded;
}

function referrerHost(referrer: string): string | undefined {
  if (referrer === '-' || referrer === '') return undefined;
  try {
    return new URL(referrer).host || undefined;
  } catch {
    return undefined;
  }
}

/** Views week by week (ISO weeks) from the edition's publication, or the period's start, to its end. */
function weeksSince(
  published: string,
  from: string,
  to: string,
  days: ReadonlyMap<string, number>,
): { week: string; views: number }[] {
  const byWeek = new Map<string, number>();
  for (const [day, views] of days)
    if (day >= published) byWeek.set(isoWeek(day), (byWeek.get(isoWeek(day)) ?? 0) + views);
  const start = published > from ? published : from;
  if (!start || !to || start > to) return [...byWeek].map(([week, views]) => ({ week, views }));
  const weeks: { week: string; views: number }[] = [];
  const day = new Date(`${start}T00:00:00Z`);
  const end = new Date(`${to}T00:00:00Z`);
  for (; day <= end; day.setUTCDate(day.getUTCDate() + 1)) {
    const week = isoWeek(day.toISOString().slice(0, 10));
    if (weeks.at(-1)?.week !== week) weeks.push({ week, views: byWeek.get(week) ?? 0 });
  }
  return weeks;
}

/** The ISO week a day falls in, as 2026-W42. */
export function isoWeek(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  // The week belongs to the year of its Thursday.
  const weekday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - weekday + 3);
  const year = date.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  firstThursday.setUTCDate(firstThursday.getUTCDate() - ((firstThursday.getUTCDay() + 6) % 7) + 3);
  const week = 1 + Math.round((date.getTime() - firstThursday.getTime()) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** A text's words, in lower case, as a reader would type them. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
}
