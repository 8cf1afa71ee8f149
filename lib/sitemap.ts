import type { MetadataRoute } from 'next';
import type { Edition } from './content';
import type { SiteSettings } from './site';
import { absoluteUrl, archivePath, articlePath, editionPath } from './urls';

/**
 * Every public page, with its last change: the home page and archive change when the newest
 * edition is published; an edition and its articles when they were published. Given only
 * what the public may see, so drafts and scheduled editions never appear.
 */
export function sitemapEntries(editions: readonly Edition[], site: SiteSettings): MetadataRoute.Sitemap {
  const latest = editions[0]?.published;
  const url = (path: string) => absoluteUrl(site.baseUrl, path);
  return [
    { url: url('/'), ...(latest ? { lastModified: latest } : {}) },
    { url: url(archivePath), ...(latest ? { lastModified: latest } : {}) },
    ...editions.flatMap((edition) => [
      { url: url(editionPath(edition.number)), lastModified: edition.published },
      ...edition.articles.map((article) => ({ url: url(articlePath(edition.number, article.slug)), lastModified: edition.published })),
    ]),
  ];
}
