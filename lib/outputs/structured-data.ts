import type { Article, Edition } from '../library/getters';
import type { SiteSettings } from '../site/settings';
import {
  absoluteUrl,
  articleCardPath,
  articlePath,
  editionCardPath,
  editionPath,
} from '../site/urls';

/*
 * schema.org descriptions (JSON-LD) of the magazine, its editions and articles, for search
 * engines and link previews: an article is part of a PublicationIssue of a Periodical.
 */

type JsonLd = Record<string, unknown>;

function periodical(site: SiteSettings): JsonLd {
  return {
    '@type': 'Periodical',
    name: site.name,
    url: absoluteUrl(site.baseUrl, '/'),
    inLanguage: site.language,
    publisher: { '@type': 'Organization', name: site.publisher },
  };
}

function publicationIssue(edition: Edition, site: SiteSettings): JsonLd {
  return {
    '@type': 'PublicationIssue',
    issueNumber: String(edition.number),
    name: edition.title,
    datePublished: edition.published,
    url: absoluteUrl(site.baseUrl, editionPath(edition.number)),
    isPartOf: periodical(site),
  };
}

/** The PublicationIssue an edition page describes. */
export function editionStructuredData(edition: Edition, site: SiteSettings): JsonLd {
  return {
    '@context': 'https://schema.org',
    ...publicationIssue(edition, site),
    description: edition.summary,
    image: absoluteUrl(site.baseUrl, editionCardPath(edition.number)),
    hasPart: edition.articles.map((article) => ({
      '@type': 'NewsArticle',
      headline: article.title,
      url: absoluteUrl(site.baseUrl, articlePath(edition.number, article.slug)),
    })),
  };
}

/** The NewsArticle an article page describes, part of its edition. */
export function articleStructuredData(
  article: Article,
  edition: Edition,
  site: SiteSettings,
): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary,
    url: absoluteUrl(site.baseUrl, articlePath(edition.number, article.slug)),
    mainEntityOfPage: absoluteUrl(site.baseUrl, articlePath(edition.number, article.slug)),
    datePublished: edition.published,
    ...(article.updated ? { dateModified: article.updated } : {}),
    inLanguage: site.language,
    image: absoluteUrl(site.baseUrl, articleCardPath(edition.number, article.slug)),
    wordCount: article.body.words,
    ...(article.section ? { articleSection: article.section } : {}),
    ...(article.tags?.length ? { keywords: article.tags.join(', ') } : {}),
    author: article.author
      ? {
          '@type': 'Person',
          name: article.author,
          ...(article.role ? { jobTitle: article.role } : {}),
        }
      : { '@type': 'Organization', name: site.publisher },
    publisher: { '@type': 'Organization', name: site.publisher },
    isPartOf: publicationIssue(edition, site),
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element. JSON.stringify leaves `<` as it
 * is, so `</script>` in a title would end the element: every `<`, `>` and `&` is escaped, as
 * are the two line separators JavaScript once treated as line ends.
 */
export function jsonLdString(data: JsonLd): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
