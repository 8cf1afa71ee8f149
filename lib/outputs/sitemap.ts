import type { MetadataRoute } from 'next';
import type { Edition } from '../library/getters';
import { isListed } from '../content/publishing';
import type { SiteSettings } from '../site/settings';
import { archivePageCount } from '../browse/archive';
import { sections, topics } from '../browse/taxonomy';
import {
  absoluteUrl,
  accessibilityPath,
  privacyPath,
  archivePagePath,
  archivePath,
  articlePath,
  editionPath,
  sectionPath,
  topicPath,
  topicsPath,
} from '../site/urls';

/**
 * Every public page, with its last change: the home page, archive and topics change when the
 * newest edition is published; an edition and its articles when they were published; a
 * section or topic when its newest article was. Given only what the public may see, so
 * drafts and scheduled editions never appear.
 */
export function sitemapEntries(
  editions: readonly Edition[],
  site: SiteSettings,
): MetadataRoute.Sitemap {
  const latest = editions[0]?.published;
  const url = (path: string) => absoluteUrl(site.baseUrl, path);
  return [
    { url: url('/'), ...(latest ? { lastModified: latest } : {}) },
    { url: url(archivePath), ...(latest ? { lastModified: latest } : {}) },
    ...Array.from({ length: archivePageCount(editions.length) - 1 }, (_, index) => ({
      url: url(archivePagePath(index + 2)),
    })),
    ...editions.flatMap((edition) => [
      { url: url(editionPath(edition.number)), lastModified: edition.published },
      ...edition.articles.filter(isListed).map((article) => ({
        url: url(articlePath(edition.number, article.slug)),
        lastModified: article.updated ?? edition.published,
      })),
    ]),
    ...[...sections(editions).values()].map((section) => ({
      url: url(sectionPath(section.slug)),
      lastModified: section.entries[0]?.edition.published,
    })),
    ...(editions.length > 0
      ? [{ url: url(topicsPath), ...(latest ? { lastModified: latest } : {}) }]
      : []),
    ...[...topics(editions).values()].map((topic) => ({
      url: url(topicPath(topic.slug)),
      lastModified: topic.entries[0]?.edition.published,
    })),
    { url: url(accessibilityPath) },
    { url: url(privacyPath) },
  ];
}
