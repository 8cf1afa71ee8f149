import type { Metadata } from 'next';
import type { ArticleInContext, Edition } from '../library/getters';
import { PREVIEW_CARD_SIZE } from '../outputs/preview-card';
import type { SiteSettings } from '../site/settings';
import {
  absoluteUrl,
  archivePagePath,
  articleCardPath,
  articlePath,
  articleTextFilePath,
  atomFeedPath,
  editionCardPath,
  editionPath,
  jsonFeedPath,
  siteCardPath,
  textFilePath,
} from '../site/urls';

/*
 * What each page tells browsers, search engines and link previews: its title, description,
 * canonical address, feeds, plain-text twin, Open Graph and Twitter cards. Titles are given
 * without the site's name, which the layout's title template adds.
 */

/** The feeds, which every page links. */
function feeds(site: SiteSettings) {
  return {
    'application/atom+xml': [{ url: atomFeedPath, title: `${site.name} (Atom feed)` }],
    'application/feed+json': [{ url: jsonFeedPath, title: `${site.name} (JSON Feed)` }],
  };
}

/** The page's own address, the feeds and, where there is one, its plain-text twin. */
function alternates(site: SiteSettings, path: string, plainText?: string): Metadata['alternates'] {
  return {
    canonical: absoluteUrl(site.baseUrl, path),
    types: {
      ...feeds(site),
      ...(plainText ? { 'text/plain': [{ url: plainText, title: 'Plain text' }] } : {}),
    },
  };
}

/**
 * What every page inherits from the layout: the title template, the feeds and the site's
 * card, but no address of its own, so a page without metadata (search, the 404 page) never
 * claims to be the home page.
 */
export function layoutMetadata(site: SiteSettings): Metadata {
  const image = {
    url: siteCardPath,
    ...PREVIEW_CARD_SIZE,
    alt: `${site.name}: ${site.description}`,
  };
  return {
    metadataBase: new URL(site.baseUrl),
    title: { default: site.name, template: `%s · ${site.name}` },
    description: site.description,
    alternates: { types: feeds(site) },
    openGraph: { type: 'website', siteName: site.name, locale: 'en_GB', images: [image] },
    twitter: { card: 'summary_large_image', images: [image] },
  };
}

/** Metadata for a page that is not about one edition or article (home, archive). */
export function sitePageMetadata(
  site: SiteSettings,
  path: string,
  title?: string,
  description = site.description,
): Metadata {
  const image = {
    url: siteCardPath,
    ...PREVIEW_CARD_SIZE,
    alt: `${site.name}: ${site.description}`,
  };
  return {
    ...(title ? { title } : {}),
    description,
    alternates: alternates(site, path),
    openGraph: {
      type: 'website',
      siteName: site.name,
      locale: 'en_GB',
      url: path,
      title: title ?? site.name,
      description,
      images: [image],
    },
    twitter: {
      card: 'summary_large_image',
      title: title ?? site.name,
      description,
      images: [image],
    },
  };
}

/** Metadata for a page of the archive. */
export function archiveMetadata(site: SiteSettings, page = 1): Metadata {
  const title = page > 1 ? `All editions, page ${page}` : 'All editions';
  return sitePageMetadata(
    site,
    archivePagePath(page),
    title,
    `Every edition of ${site.name}, newest first.`,
  );
}

/** Metadata for the search page, which is never indexed: its results are other pages. */
export function searchMetadata(site: SiteSettings): Metadata {
  return {
    title: 'Search',
    description: `Search every edition of ${site.name}.`,
    robots: { index: false },
  };
}

/** Metadata for an edition's announcement kit: for editors, never indexed. */
export function announceMetadata(edition: Pick<Edition, 'number' | 'title'>): Metadata {
  return {
    title: `Announce edition ${edition.number}: ${edition.title}`,
    robots: { index: false, follow: false },
  };
}

/** Metadata for an edition's magazine view. */
export function editionMetadata(edition: Edition, site: SiteSettings): Metadata {
  const title = `Edition ${edition.number}: ${edition.title}`;
  const path = editionPath(edition.number);
  const image = {
    url: editionCardPath(edition.number),
    ...PREVIEW_CARD_SIZE,
    alt: `${site.name} edition ${edition.number}, ${edition.title}`,
  };
  return {
    title,
    description: edition.summary,
    alternates: alternates(site, path, textFilePath(edition.number)),
    openGraph: {
      type: 'website',
      siteName: site.name,
      locale: 'en_GB',
      url: path,
      title: `${title} · ${site.name}`,
      description: edition.summary,
      images: [image],
    },
    twitter: {
      card: 'summary_large_image',
      title: `${title} · ${site.name}`,
      description: edition.summary,
      images: [image],
    },
  };
}

/** Metadata for an article: an Open Graph article with its date, section and author. */
export function articleMetadata(
  { article, edition }: ArticleInContext,
  site: SiteSettings,
): Metadata {
  const title = `${article.title} · Edition ${edition.number}`;
  const path = articlePath(edition.number, article.slug);
  const image = {
    url: articleCardPath(edition.number, article.slug),
    ...PREVIEW_CARD_SIZE,
    alt: `${article.title}: ${site.name} edition ${edition.number}`,
  };
  return {
    title,
    description: article.summary,
    // A withdrawn article stays at its address for the record, out of search engines.
    ...(article.withdrawn ? { robots: { index: false } } : {}),
    ...(article.author ? { authors: [{ name: article.author }] } : {}),
    alternates: alternates(site, path, articleTextFilePath(edition.number, article.slug)),
    openGraph: {
      type: 'article',
      siteName: site.name,
      locale: 'en_GB',
      url: path,
      title: article.title,
      description: article.summary,
      publishedTime: edition.published,
      ...(article.updated ? { modifiedTime: article.updated } : {}),
      ...(article.section ? { section: article.section } : {}),
      ...(article.author ? { authors: [article.author] } : {}),
      ...(article.tags ? { tags: [...article.tags] } : {}),
      images: [image],
    },
    twitter: {
      card: 'summary_large_image',
      title: article.title,
      description: article.summary,
      images: [image],
    },
  };
}
