import type { MetadataRoute } from 'next';
import { routeAddresses } from '../browse/addresses';
import type { Edition } from '../library/getters';
import { ROUTES, type Route } from '../site/routes';
import type { SiteSettings } from '../site/settings';
import { absoluteUrl } from '../site/urls';

/**
 * Every public page the table of routes puts in the sitemap (lib/site/routes.ts), with its last
 * change: the pages that list editions change when the newest is published; an edition and its
 * articles when they were published or last corrected; a section or topic when its newest
 * article was. Given only what the public may see, so drafts and scheduled editions never
 * appear, and without withdrawn articles or addresses that redirect.
 */
export function sitemapEntries(
  editions: readonly Edition[],
  site: SiteSettings,
): MetadataRoute.Sitemap {
  return Object.values(ROUTES as Record<string, Route>)
    .filter((route) => route.sitemap)
    .flatMap((route) => routeAddresses(route, editions))
    .map(({ path, lastModified }) => ({
      url: absoluteUrl(site.baseUrl, path),
      ...(lastModified === undefined ? {} : { lastModified }),
    }));
}
