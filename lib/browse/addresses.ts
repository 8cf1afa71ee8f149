import { isListed } from '../content/publishing';
import type { Edition } from '../content/types';
import { shownMedia } from '../library/getters';
import { fillRoute, type Route } from '../site/routes';
import { eventFileName } from '../site/urls';
import { archivePageCount } from './archive';
import { sections, topics } from './taxonomy';

/*
 * The addresses content gives each route of the table (lib/site/routes.ts): one per edition,
 * article, event, picture, page of the archive, section or topic. The sitemap lists some of
 * them; the front door lets the public reach all of them and nothing else under the parts of the
 * site content makes.
 */

/** One address of a route, with the date its page last changed when there is one. */
export interface RouteAddress {
  path: string;
  lastModified?: string;
}

export interface AddressOptions {
  /**
   * True to include the addresses that redirect: an edition's and an article's former
   * addresses, and the first page of the archive by number.
   */
  redirecting?: boolean;
  /** True to include withdrawn articles, which keep their page but are listed nowhere else. */
  unlisted?: boolean;
}

/** Every address `route` has for `editions`, in the editions' order and reading order. */
export function routeAddresses(
  route: Route,
  editions: readonly Edition[],
  { redirecting = false, unlisted = false }: AddressOptions = {},
): RouteAddress[] {
  const at = (params: Record<string, string | number>, lastModified?: string) => ({
    path: fillRoute(route.pattern, params),
    ...(lastModified === undefined ? {} : { lastModified }),
  });
  const keysOf = (edition: Edition) =>
    redirecting ? [edition.number, ...edition.aliases] : [edition.number];
  const articlesOf = (edition: Edition) =>
    edition.articles.filter((article) => unlisted || isListed(article));
  const slugsOf = (article: Edition['articles'][number]) =>
    redirecting ? [article.slug, ...article.aliases] : [article.slug];

  switch (route.madeFrom) {
    case 'site':
      return [at({}, route.listsEditions ? editions[0]?.published : undefined)];
    case 'archive page': {
      const first = redirecting ? 1 : 2;
      const count = archivePageCount(editions.length);
      return Array.from({ length: Math.max(0, count - first + 1) }, (_, index) =>
        at({ page: first + index }),
      );
    }
    case 'edition':
      return editions.flatMap((edition) =>
        keysOf(edition).map((key) => at({ edition: key }, edition.published)),
      );
    case 'article':
      return editions.flatMap((edition) =>
        keysOf(edition).flatMap((key) =>
          articlesOf(edition).flatMap((article) =>
            slugsOf(article).map((slug) =>
              at({ edition: key, slug }, article.updated ?? edition.published),
            ),
          ),
        ),
      );
    case 'event':
      return editions.flatMap((edition) =>
        keysOf(edition).flatMap((key) =>
          articlesOf(edition).flatMap((article) =>
            slugsOf(article).flatMap((slug) =>
              (article.events ?? []).map((event, index) =>
                at({ edition: key, slug, file: eventFileName(event, index) }),
              ),
            ),
          ),
        ),
      );
    case 'picture':
      return editions.flatMap((edition) =>
        [...shownMedia(edition)].map((file) => at({ edition: edition.number, file })),
      );
    case 'section':
      return [...sections(editions).values()].map((section) =>
        at({ section: section.slug }, section.entries[0]?.edition.published),
      );
    case 'topic':
      return [...topics(editions).values()].map((topic) =>
        at({ tag: topic.slug }, topic.entries[0]?.edition.published),
      );
  }
}
