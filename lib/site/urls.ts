/*
 * Every address the site publishes, built in one place so links and routes cannot disagree.
 */

/**
 * The views every edition has under its own address (`/editions/<n>/<view>`), each a route of
 * app/editions/[edition]/. No article may take one of these names as its slug (RESERVED_SLUGS
 * is made from this list), and a test keeps it in step with the routes.
 */
export const EDITION_VIEWS = {
  plain: 'plain',
  textFile: 'plain.txt',
  email: 'email.html',
  emailFile: 'edition.eml',
  pdf: 'edition.pdf',
  coverImage: 'cover.jpg',
  card: 'card.png',
  calendar: 'calendar.ics',
  announce: 'announce',
  media: 'media',
} as const;

/** Addresses under an edition that belong to the site, so no article may take them. */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set(Object.values(EDITION_VIEWS));

/** The magazine view of an edition. */
export function editionPath(edition: number): string {
  return `/editions/${edition}`;
}

/** One of an edition's own views. */
function editionView(edition: number, view: keyof typeof EDITION_VIEWS): string {
  return `${editionPath(edition)}/${EDITION_VIEWS[view]}`;
}

/** An article page. */
export function articlePath(edition: number, slug: string): string {
  return `/editions/${edition}/${slug}`;
}

/** The plain, single-column HTML view of an edition. */
export function plainViewPath(edition: number): string {
  return editionView(edition, 'plain');
}

/** The plain-text file of an edition. */
export function textFilePath(edition: number): string {
  return editionView(edition, 'textFile');
}

/** The edition as an HTML email, for a mailing tool or a web page. */
export function emailPath(edition: number): string {
  return editionView(edition, 'email');
}

/** The edition as an email message (text and HTML), for a mail program to open as a draft. */
export function emailFilePath(edition: number): string {
  return editionView(edition, 'emailFile');
}

/** The edition as an accessible PDF, to download, print and forward. */
export function pdfPath(edition: number): string {
  return editionView(edition, 'pdf');
}

/** The edition's cover as a JPEG, for email clients, which show no SVG. */
export function coverImagePath(edition: number): string {
  return editionView(edition, 'coverImage');
}

/** The kit an editor announces the edition with: the email, a post and a snippet to copy. */
export function announcePath(edition: number): string {
  return editionView(edition, 'announce');
}

/** The archive of every edition. */
export const archivePath = '/editions';

/** A page of the archive: the first is the archive itself. */
export function archivePagePath(page: number): string {
  return page <= 1 ? archivePath : `${archivePath}/page/${page}`;
}

/** An image file from an edition's folder. */
export function mediaPath(edition: number, name: string): string {
  return `${editionView(edition, 'media')}/${name}`;
}

/** Every event of an edition as one iCalendar file. */
export function editionCalendarPath(edition: number): string {
  return editionView(edition, 'calendar');
}

/** One event of an article as an iCalendar file; `file` comes from eventFileName. */
export function calendarFilePath(edition: number, slug: string, file: string): string {
  return `${articlePath(edition, slug)}/calendar/${file}`;
}

/** The plain-text file of one article. */
export function articleTextFilePath(edition: number, slug: string): string {
  return `${articlePath(edition, slug)}/plain.txt`;
}

/** The 1200×630 preview image shown when an article's address is shared. */
export function articleCardPath(edition: number, slug: string): string {
  return `${articlePath(edition, slug)}/card.png`;
}

/** The preview image of an edition. */
export function editionCardPath(edition: number): string {
  return editionView(edition, 'card');
}

/** The site's own preview image, for the home page and the archive. */
export const siteCardPath = '/card.png';

/** The Atom feed of articles. */
export const atomFeedPath = '/feed.xml';

/** The JSON Feed of articles. */
export const jsonFeedPath = '/feed.json';

/** Makes a path on this site absolute. */
export function absoluteUrl(baseUrl: string, path: string): string {
  return `${baseUrl}${path}`;
}

/** Every article of a section, across editions. */
export function sectionPath(slug: string): string {
  return `/sections/${slug}`;
}

/** Every topic (tag) with its number of articles. */
export const topicsPath = '/topics';

/** Every article with a topic (tag). */
export function topicPath(slug: string): string {
  return `${topicsPath}/${slug}`;
}

/** The search page. */
export const searchPath = '/search';

/** The reading pages' own script: theme toggle, copy buttons, videos, search as you type. */
export const readingScriptPath = '/reading.js';

/** The search index a static copy of the site sends to the browser. */
export const searchIndexPath = '/search-index.json';

/** The accessibility statement. */
export const accessibilityPath = '/accessibility';

/** The privacy notice: what the site records about readers, and why. */
export const privacyPath = '/privacy';

/**
 * Where the server answers for an article taken down: every address under the article's
 * own is rewritten here (next.config.ts), so each answers 410 Gone.
 */
export function removedPath(edition: string, slug: string): string {
  return `/removed/${edition}/${slug}`;
}

/** The site's icon (app/icon.svg), named by pages Next does not render, such as the plain view. */
export const iconPath = '/icon.svg';

/** The sitemap of every public page. */
export const sitemapPath = '/sitemap.xml';

/** Answers 200 when the server has loaded the content, for load balancers and monitoring. */
export const healthPath = '/health';

/** The preview link, which switches on draft mode for an editor's browser. */
export const previewPath = '/preview';

/*
 * Ids inside pages. A slug holds only lower-case letters, digits and hyphens, so ids built as
 * `<slug>_…` belong to one article each, and ids the pages give themselves are capitalised or
 * hyphenated words without "_": no article's address can make an id that another article or
 * the page also uses.
 */

/** What every id inside an article's body (and the plain view's ids for it) starts with. */
export function articleIdPrefix(slug: string): string {
  return `${slug}_`;
}

/** What every id inside an edition's introduction starts with. */
export const introIdPrefix = 'Introduction_';

/** The plain view's own ids: capitalised, which no slug can be. */
export const plainViewIds = { main: 'Main', contents: 'Contents', introduction: 'Introduction' };

/** The development server's list of content problems still to fix (not served to readers). */
export const problemsPath = '/problems';
