import { routeAddresses } from '../browse/addresses';
import { removedAddresses, visibleOn } from '../library/getters';
import type { Edition } from '../content/types';
import { ROUTES, type Route } from '../site/routes';
import { articlePath } from '../site/urls';
import type { PublicAddressesFile } from './public-addresses';

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

/**
 * When each address content gives the site becomes public, for the front door: what the public
 * may see on `now` (`''`: from the build on), then on each later day an edition is scheduled for
 * (days in `timeZone`, the magazine's).
 * `editions` are all of them, drafts included; a draft's addresses never appear, since
 * publishing one means building again. Written by the build (lib/cli/standalone.ts), so the
 * server decides without loading the content itself.
 */
export function publicAddressSchedule(
  editions: readonly Edition[],
  now: string,
  timeZone: string,
): PublicAddressesFile {
  const scheduled = editions
    .filter((edition) => !edition.draft && edition.published > now)
    .map((edition) => edition.published);
  const opens: Record<string, string> = {};
  const removed: Record<string, string> = {};
  for (const date of [now, ...new Set(scheduled.sort())]) {
    const from = date === now ? '' : date;
    const shown = visibleOn(editions, 'public', date);
    for (const address of contentAddresses(shown)) opens[address] ??= from;
    for (const { edition, slug } of removedAddresses(shown))
      removed[articlePath(edition, slug)] ??= from;
  }
  return { contentParts: CONTENT_PARTS, opens, removed, timeZone };
}
