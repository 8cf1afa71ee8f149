import { isPast } from '@/lib/outputs/calendar';
import { articleEntries } from '@/lib/content/types';
import { getEditions, type ArticleEntry, type Article, type Edition } from '@/lib/library/getters';
import { today } from '@/lib/content/publishing';
import { moreFromSection } from '@/lib/browse/taxonomy';
import { site } from '@/lib/content/site';
import { articlePath, editionPath, plainViewPath, textFilePath } from '@/lib/site/urls';

/*
 * What the browser tests expect comes from the same loader the site uses (itself covered by
 * unit tests), reading the test content (tests/fixtures/site), so the tests follow it instead
 * of copying it. Each feature a test needs is required here: if the test content loses one,
 * every test fails, naming it, rather than passing by skipping.
 */

export const editions = getEditions();

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined)
    throw new Error(
      `The test content (tests/fixtures/site) has no ${what}; the browser tests need one.`,
    );
  return value;
}

export const latest: Edition = required(editions[0], 'edition');
export const firstArticle: Article = required(latest.articles[0], 'article');
export const secondArticle: Article = required(latest.articles[1], 'second article');
export const lastArticle: Article = required(latest.articles.at(-1), 'article');

/** One address of each page type, with the h1 a reader should see there. */
export const htmlPages = [
  { name: 'home', path: '/', h1: /latest edition/i },
  { name: 'archive', path: '/editions', h1: /^All editions$/ },
  {
    name: 'magazine view',
    path: editionPath(latest.number),
    h1: new RegExp(`^${escape(latest.title)}$`),
  },
  {
    name: 'article',
    path: articlePath(latest.number, firstArticle.slug),
    h1: new RegExp(`^${escape(firstArticle.title)}$`),
  },
  {
    name: 'plain view',
    path: plainViewPath(latest.number),
    h1: new RegExp(`^Edition ${latest.number}: ${escape(latest.title)}$`),
  },
  { name: 'not found', path: '/editions/does-not-exist', h1: /^Page not found$/ },
] as const;

export const textFile = textFilePath(latest.number);

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const publicEntries = articleEntries(editions);
const previewEntries = articleEntries(getEditions('preview'));
const isPublic = (entry: ArticleEntry) =>
  publicEntries.some(
    (shown) =>
      shown.edition.number === entry.edition.number && shown.article.slug === entry.article.slug,
  );
const withHtml = (marker: string, what: string) =>
  required(
    publicEntries.find(({ article }) => article.body.html.includes(marker)),
    what,
  );
const todayDate = today(site.timeZone);

/** The features of the test content that the browser tests exercise, each found once. */
export const features = {
  cover: required(latest.cover, 'cover on the latest edition'),
  olderEdition: required(editions[1], 'second public edition'),
  // As real editions arrive: no cover, and no article with a summary of its own.
  plainEdition: required(
    editions.find(
      (edition) =>
        !edition.cover && edition.articles.every((article) => article.standfirst === undefined),
    ),
    'public edition with no cover and no summaries',
  ),
  renumberedEdition: required(
    editions.find((edition) => edition.aliases.length > 0),
    'edition with a former number',
  ),
  renamedArticle: required(
    latest.articles.find((article) => article.aliases.length > 0),
    'article with a former slug in the latest edition',
  ),
  draftArticle: required(
    previewEntries.find((entry) => entry.edition.number === latest.number && !isPublic(entry)),
    'draft article in the latest edition',
  ),
  draftEdition: required(
    getEditions('preview').find((edition) => edition.draft),
    'draft edition',
  ),
  caseStudy: required(
    publicEntries.find(({ article }) => article.section === 'Case Study'),
    'case study',
  ),
  rasterImage: required(
    publicEntries.find(({ article }) => article.image?.url.endsWith('.png')),
    'article with a raster (PNG) image',
  ),
  video: withHtml('class="video-embed"', 'video'),
  pullQuote: withHtml('class="pull-quote"', 'pull quote'),
  callout: withHtml('class="callout"', 'callout'),
  transcript: withHtml('class="transcript"', 'transcript'),
  footnote: withHtml('data-footnote-ref', 'footnote'),
  table: withHtml('<table>', 'table'),
  upcomingEvent: required(
    publicEntries.find(({ article }) => article.events?.some((event) => !isPast(event, todayDate))),
    'upcoming event',
  ),
  pastEvent: required(
    publicEntries.find(({ article }) => article.events?.some((event) => isPast(event, todayDate))),
    'past event',
  ),
  correctedArticle: required(
    publicEntries.find(({ article }) => article.changes.length > 1),
    'article with two corrections',
  ),
  withdrawnArticle: required(
    publicEntries.find(({ article }) => article.withdrawn),
    'withdrawn article',
  ),
  removed: required(
    editions
      .filter((edition) => edition.removed.length > 0)
      .map((edition) => ({ edition, ...edition.removed[0]! }))
      .find((entry) => entry.edition.aliases.length > 0),
    'edition with a former number and an article taken down',
  ),
  gpsPhoto: required(
    publicEntries.find(({ article }) => article.body.html.includes('launch-photo.jpg')),
    'article with the photograph that carries GPS metadata (launch-photo.jpg)',
  ),
  sharedSection: required(
    latest.articles
      .map((article) => ({ edition: latest, article }))
      .find((entry) => moreFromSection(editions, entry).length > 0),
    'article whose section appears in another edition',
  ),
};
