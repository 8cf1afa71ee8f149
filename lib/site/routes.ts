/*
 * Every route of the site, once. The address builders (urls.ts), the names no article may take
 * as its slug, the addresses content gives the site (what the front door lets the public see), the
 * sitemap and the prerendered parameters are all read from this table, and a test compares it
 * with the routes Next builds from app/, so a route cannot be added without an entry here.
 */

/**
 * What answers at a route: a page in the site's frame; a file in another format (plain text,
 * PDF, a picture, a feed; the plain view is HTML but stands alone); or a service that readers
 * do not read (the health check, the preview link, the answer for an article taken down).
 */
type RouteKind = 'page' | 'file' | 'service';

/**
 * What makes the route's addresses: the site itself (one address), or one address per edition,
 * per article, per event of an article, per picture content shows,
 * per page of the archive beyond the first, per section or per topic.
 */
type MadeFrom =
  'site' | 'edition' | 'article' | 'event' | 'picture' | 'archive page' | 'section' | 'topic';

/** Which build has the route: both, the server's only, or the static copy's only. */
export type Build = 'both' | 'server' | 'static';

export interface Route {
  /** The route as Next names it from app/: dynamic segments in brackets. */
  pattern: string;
  kind: RouteKind;
  madeFrom: MadeFrom;
  build: Build;
  /** Listed in the sitemap: the public pages a search engine should find. */
  sitemap: boolean;
  /** A page of the site's own that lists editions, so changes when one is published. */
  listsEditions?: boolean;
}

const page = (
  pattern: string,
  madeFrom: MadeFrom,
  { sitemap = true, listsEditions = false } = {},
): Route => ({ pattern, kind: 'page', madeFrom, build: 'both', sitemap, listsEditions });
const file = (pattern: string, madeFrom: MadeFrom, build: Build = 'both'): Route => ({
  pattern,
  kind: 'file',
  madeFrom,
  build,
  sitemap: false,
});
const service = (pattern: string): Route => ({
  pattern,
  kind: 'service',
  madeFrom: 'site',
  build: 'server',
  sitemap: false,
});

export const ROUTES = {
  home: page('/', 'site', { listsEditions: true }),
  archive: page('/editions', 'site', { listsEditions: true }),
  archivePage: page('/editions/page/[page]', 'archive page'),
  edition: page('/editions/[edition]', 'edition'),
  plainView: file('/editions/[edition]/plain', 'edition'),
  textFile: file('/editions/[edition]/plain.txt', 'edition'),
  email: file('/editions/[edition]/email.html', 'edition'),
  emailFile: file('/editions/[edition]/edition.eml', 'edition'),
  pdf: file('/editions/[edition]/edition.pdf', 'edition'),
  coverImage: file('/editions/[edition]/cover.jpg', 'edition'),
  editionCard: file('/editions/[edition]/card.png', 'edition'),
  editionCalendar: file('/editions/[edition]/calendar.ics', 'edition'),
  announce: page('/editions/[edition]/announce', 'edition', { sitemap: false }),
  media: file('/editions/[edition]/media/[file]', 'picture'),
  article: page('/editions/[edition]/[slug]', 'article'),
  articleTextFile: file('/editions/[edition]/[slug]/plain.txt', 'article'),
  articleCard: file('/editions/[edition]/[slug]/card.png', 'article'),
  calendarFile: file('/editions/[edition]/[slug]/calendar/[file]', 'event'),
  section: page('/sections/[section]', 'section'),
  topics: page('/topics', 'site', { listsEditions: true }),
  topic: page('/topics/[tag]', 'topic'),
  search: page('/search', 'site', { sitemap: false }),
  searchIndex: file('/search-index.json', 'site', 'static'),
  accessibility: page('/accessibility', 'site'),
  privacy: page('/privacy', 'site'),
  siteCard: file('/card.png', 'site'),
  atomFeed: file('/feed.xml', 'site'),
  jsonFeed: file('/feed.json', 'site'),
  sitemap: file('/sitemap.xml', 'site'),
  robots: file('/robots.txt', 'site'),
  icon: file('/icon.svg', 'site'),
  readingScript: file('/reading.js', 'site'),
  health: service('/health'),
  preview: service('/preview'),
  previewExit: service('/preview/exit'),
  problems: service('/problems'),
  // The page an article taken down leads to (by next.config.ts), answered 410 by the front door.
  removed: { ...service('/removed/[edition]/[slug]'), kind: 'page' },
} as const satisfies Record<string, Route>;

/** The values a route's dynamic segments take, by segment name. */
export type RouteParams = Readonly<Record<string, string | number>>;

/** The address of `pattern` with its dynamic segments filled in from `params`. */
export function fillRoute(pattern: string, params: RouteParams = {}): string {
  return pattern.replace(/\[(\w+)\]/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${pattern} needs a value for [${name}]`);
    return String(value);
  });
}

/** The names of the views under `prefix` (the first segment after it that is not dynamic). */
function viewsUnder(prefix: string): string[] {
  const names = Object.values(ROUTES as Record<string, Route>).flatMap(({ pattern }) => {
    if (!pattern.startsWith(`${prefix}/`)) return [];
    const name = pattern.slice(prefix.length + 1).split('/')[0]!;
    return name.startsWith('[') ? [] : [name];
  });
  return [...new Set(names)].sort();
}

/** The views an edition has under its address: `plain`, `edition.pdf`, `media`, … */
export const EDITION_VIEWS: readonly string[] = viewsUnder(ROUTES.edition.pattern);

/** The views an article has under its address: `plain.txt`, `card.png`, `calendar`. */
export const ARTICLE_VIEWS: readonly string[] = viewsUnder(ROUTES.article.pattern);

/**
 * Names no article may take as its slug: an article's address is its edition's address and its
 * slug, so a slug equal to one of the edition's own views would be hidden behind that view.
 */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set(EDITION_VIEWS);
