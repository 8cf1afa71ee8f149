import { Feed } from 'feed';
import type { Article, Edition } from '../library/getters';
import { listedEntries } from '../content/publishing';
import { escapeHtml } from './html';
import type { SiteSettings } from '../site/settings';
import { absoluteUrl, articlePath, atomFeedPath, editionPath, jsonFeedPath } from '../site/urls';

/*
 * The magazine's feeds: Atom (built with the `feed` library, which escapes the XML) and JSON
 * Feed 1.1 (a typed object written with JSON.stringify). Both list the newest articles first,
 * each with its edition, summary, full HTML and address. They are given only what the reader
 * may see, so drafts and scheduled editions never appear.
 */

/** How many articles a feed carries: about the last eight editions. */
export const FEED_SIZE = 50;

/** An article with the edition it belongs to. */
export interface FeedEntry {
  edition: Edition;
  article: Article;
}

/** The newest articles: editions newest first, each edition's articles in reading order. */
export function feedEntries(editions: readonly Edition[], size = FEED_SIZE): FeedEntry[] {
  return listedEntries(editions).slice(0, size);
}

/** The Atom feed as XML. */
export function atomFeed(editions: readonly Edition[], site: SiteSettings): string {
  const feed = new Feed({
    id: absoluteUrl(site.baseUrl, '/'),
    title: site.name,
    description: site.description,
    link: absoluteUrl(site.baseUrl, '/'),
    language: site.language,
    updated: latestChange(feedEntries(editions)),
    generator: false,
    feedLinks: {
      atom: absoluteUrl(site.baseUrl, atomFeedPath),
      json: absoluteUrl(site.baseUrl, jsonFeedPath),
    },
    author: { name: site.publisher },
    copyright: `${site.publisher}`,
  });
  for (const { edition, article } of feedEntries(editions)) {
    const url = absoluteUrl(site.baseUrl, articlePath(edition.number, article.slug));
    feed.addItem({
      title: article.title,
      id: url,
      link: url,
      // Atom's <updated>: the newest correction, or else the publication date.
      date: dayOf(article.updated ?? edition.published),
      published: dayOf(edition.published),
      description: article.summary,
      content: contentHtml(edition, article, site),
      author: article.author ? [{ name: article.author }] : undefined,
      category: [
        {
          name: editionLabel(edition),
          term: `edition-${edition.number}`,
          scheme: absoluteUrl(site.baseUrl, editionPath(edition.number)),
        },
        ...(article.section ? [{ name: article.section, term: article.section }] : []),
      ],
    });
  }
  return feed.atom1();
}

/** The JSON Feed (version 1.1) as JSON. */
export function jsonFeed(editions: readonly Edition[], site: SiteSettings): string {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: site.name,
    description: site.description,
    home_page_url: absoluteUrl(site.baseUrl, '/'),
    feed_url: absoluteUrl(site.baseUrl, jsonFeedPath),
    language: site.language,
    authors: [{ name: site.publisher }],
    items: feedEntries(editions).map(({ edition, article }) => {
      const url = absoluteUrl(site.baseUrl, articlePath(edition.number, article.slug));
      return {
        id: url,
        url,
        title: article.title,
        summary: article.summary,
        content_html: contentHtml(edition, article, site),
        date_published: dayOf(edition.published).toISOString(),
        ...(article.updated ? { date_modified: dayOf(article.updated).toISOString() } : {}),
        ...(article.author ? { authors: [{ name: article.author }] } : {}),
        tags: [
          editionLabel(edition),
          ...(article.section ? [article.section] : []),
          ...(article.tags ?? []),
        ],
        // JSON Feed's extension convention: a key starting with an underscore.
        _masthead: {
          edition: edition.number,
          edition_title: edition.title,
          edition_url: absoluteUrl(site.baseUrl, editionPath(edition.number)),
          ...(article.section ? { section: article.section } : {}),
        },
      };
    }),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}

function editionLabel(edition: Edition): string {
  return `Edition ${edition.number}: ${edition.title}`;
}

/** A calendar day as the instant it begins, in UTC (dates are days, not times). */
function dayOf(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** When the feed last changed: its newest publication or correction. */
function latestChange(
  entries: readonly { edition: Edition; article: Article }[],
): Date | undefined {
  const dates = entries.map(({ edition, article }) => article.updated ?? edition.published);
  return dates.length > 0 ? dayOf(dates.reduce((a, b) => (a > b ? a : b))) : undefined;
}

/** The article's HTML for a feed reader: where it is from, then the body with absolute links. */
function contentHtml(edition: Edition, article: Article, site: SiteSettings): string {
  const from = `<p><em>From ${escapeHtml(site.name)}, <a href="${absoluteUrl(site.baseUrl, editionPath(edition.number))}">${escapeHtml(editionLabel(edition))}</a>.</em></p>`;
  return `${from}\n${absoluteLinks(article.body.html, site.baseUrl)}`;
}

/**
 * Makes the site-relative addresses in rendered HTML absolute, since a feed reader shows the
 * HTML away from the site. The HTML comes from our own serialiser, which always double-quotes
 * attributes, so the pattern is exact.
 */
export function absoluteLinks(html: string, baseUrl: string): string {
  return html
    .replace(/ (href|src)="\/(?!\/)/g, ` $1="${baseUrl}/`)
    .replace(
      / srcset="([^"]*)"/g,
      (_match, list: string) => ` srcset="${list.replace(/(^|, )\/(?!\/)/g, `$1${baseUrl}/`)}"`,
    );
}
