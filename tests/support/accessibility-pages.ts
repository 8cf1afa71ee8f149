import type { Edition } from '@/lib/library/getters';
import { sitemapEntries } from '@/lib/outputs/sitemap';
import { NOT_FOUND_EXAMPLE } from '@/lib/site/accessibility-report';
import { site } from '@/lib/content/site';
import { plainViewPath, searchPath } from '@/lib/site/urls';

/**
 * Every page the accessibility record covers, for the public `editions`: those in the sitemap,
 * the plain views, a search and the 404 page.
 */
export function accessibilityPages(editions: readonly Edition[]): string[] {
  return [
    ...sitemapEntries(editions, site).map((entry) => new URL(entry.url).pathname),
    ...editions.map((edition) => plainViewPath(edition.number)),
    `${searchPath}?q=beacon`,
    NOT_FOUND_EXAMPLE,
  ];
}
