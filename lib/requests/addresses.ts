import { routeAddresses } from '../browse/addresses';
import { contentRevision, getEditions, getPublicRemovedAddresses } from '../library/getters';
import type { Edition } from '../content/types';
import { today } from '../content/publishing';
import { ROUTES, type Route } from '../site/routes';
import { site } from '../site/settings';
import { articlePath } from '../site/urls';

/*
 * The addresses content gives the site, by who may see them. Drafts and scheduled editions are
 * built ahead of time with everything else (so a scheduled edition appears on its date without
 * a rebuild), which means the server knows their addresses; a hidden address must still answer
 * exactly as one that never existed, or a guessed slug of an embargoed story could be confirmed.
 */

/**
 * Every address the content of `editions` gives the site, former ones included: each route of
 * the table that content makes (lib/site/routes.ts), at each of its addresses.
 */
export function contentAddresses(editions: readonly Edition[]): Set<string> {
  const routes = Object.values(ROUTES as Record<string, Route>).filter(
    (route) => route.madeFrom !== 'site',
  );
  return new Set(
    routes.flatMap((route) =>
      routeAddresses(route, editions, { redirecting: true, unlisted: true }).map(
        ({ path }) => path,
      ),
    ),
  );
}

/** The parts of the site whose addresses content makes (`/editions/`, …); the rest is the site's own. */
const CONTENT_PARTS = [
  ...new Set(
    Object.values(ROUTES as Record<string, Route>)
      .filter((route) => route.madeFrom !== 'site')
      .map((route) => `/${route.pattern.split('/')[1]}/`),
  ),
];

let shown: { key: string; addresses: Set<string>; removed: string[] } | undefined;

/**
 * Whether the public may be answered at `path` (decoded) today by a page, a file or a redirect,
 * rather than "not found". Drafts, scheduled editions, topics only a draft uses and a draft's
 * pictures may not, and neither may an address that never existed: the proxy sends both to the
 * same not-found page, so the answers cannot be told apart. Addresses outside the parts content
 * makes (the home page, feeds, search) are the site's own, and always may. Worked out once a
 * day, and again when the content changes.
 */
export function mayShowPublic(path: string): boolean {
  if (!CONTENT_PARTS.some((part) => path.startsWith(part))) return true;
  const key = `${today(site.timeZone)}/${contentRevision()}`;
  if (shown?.key !== key) {
    const removed = getPublicRemovedAddresses().map(({ edition, slug }) =>
      articlePath(edition, slug),
    );
    shown = { key, addresses: contentAddresses(getEditions('public')), removed };
  }
  // An article taken down answers 410 Gone at every address under its own.
  return (
    shown.addresses.has(path) ||
    shown.removed.some((address) => path === address || path.startsWith(`${address}/`))
  );
}
