import { fillRoute, ROUTES } from './routes';
import { slugify } from './slug';

/*
 * Every address the site publishes, built in one place from the table of routes (routes.ts),
 * so links and routes cannot disagree.
 */

/** The magazine view of an edition. */
export function editionPath(edition: number | string): string {
  return fillRoute(ROUTES.edition.pattern, { edition });
}

/** An article page. */
export function articlePath(edition: number | string, slug: string): string {
  return fillRoute(ROUTES.article.pattern, { edition, slug });
}

/** The plain, single-column HTML view of an edition. */
export function plainViewPath(edition: number): string {
  return fillRoute(ROUTES.plainView.pattern, { edition });
}

/** The plain-text file of an edition. */
export function textFilePath(edition: number): string {
  return fillRoute(ROUTES.textFile.pattern, { edition });
}

/** The edition as an HTML email, for a mailing tool or a web page. */
export function emailPath(edition: number): string {
  return fillRoute(ROUTES.email.pattern, { edition });
}

/** The edition as an email message (text and HTML), for a mail program to open as a draft. */
export function emailFilePath(edition: number): string {
  return fillRoute(ROUTES.emailFile.pattern, { edition });
}

/** The edition as an accessible PDF, to download, print and forward. */
export function pdfPath(edition: number): string {
  return fillRoute(ROUTES.pdf.pattern, { edition });
}

/** The edition's cover as a JPEG, for email clients, which show no SVG. */
export function coverImagePath(edition: number): string {
  return fillRoute(ROUTES.coverImage.pattern, { edition });
}

/** The kit an editor announces the edition with: the email, a post and a snippet to copy. */
export function announcePath(edition: number): string {
  return fillRoute(ROUTES.announce.pattern, { edition });
}

/** The archive of every edition. */
export const archivePath = ROUTES.archive.pattern;

/** A page of the archive: the first is the archive itself. */
export function archivePagePath(page: number): string {
  return page <= 1 ? archivePath : fillRoute(ROUTES.archivePage.pattern, { page });
}

/** An image file from an edition's folder. */
export function mediaPath(edition: number, name: string): string {
  return fillRoute(ROUTES.media.pattern, { edition, file: name });
}

/** Every event of an edition as one iCalendar file. */
export function editionCalendarPath(edition: number): string {
  return fillRoute(ROUTES.editionCalendar.pattern, { edition });
}

/** The calendar file's name for the event called `title` at `index` in its article. */
export function eventFileName(event: { title: string }, index: number): string {
  return `${index + 1}-${slugify(event.title)}.ics`;
}

/** One event of an article as an iCalendar file; `file` comes from eventFileName. */
export function calendarFilePath(edition: number, slug: string, file: string): string {
  return fillRoute(ROUTES.calendarFile.pattern, { edition, slug, file });
}

/** The plain-text file of one article. */
export function articleTextFilePath(edition: number, slug: string): string {
  return fillRoute(ROUTES.articleTextFile.pattern, { edition, slug });
}

/** The 1200×630 preview image shown when an article's address is shared. */
export function articleCardPath(edition: number, slug: string): string {
  return fillRoute(ROUTES.articleCard.pattern, { edition, slug });
}

/** The preview image of an edition. */
export function editionCardPath(edition: number): string {
  return fillRoute(ROUTES.editionCard.pattern, { edition });
}

/** The site's own preview image, for the home page and the archive. */
export const siteCardPath = ROUTES.siteCard.pattern;

/** The Atom feed of articles. */
export const atomFeedPath = ROUTES.atomFeed.pattern;

/** The JSON Feed of articles. */
export const jsonFeedPath = ROUTES.jsonFeed.pattern;

/** Makes a path on this site absolute. */
export function absoluteUrl(baseUrl: string, path: string): string {
  return `${baseUrl}${path}`;
}

/** Every article of a section, across editions. */
export function sectionPath(slug: string): string {
  return fillRoute(ROUTES.section.pattern, { section: slug });
}

/** Every topic (tag) with its number of articles. */
export const topicsPath = ROUTES.topics.pattern;

/** Every article with a topic (tag). */
export function topicPath(slug: string): string {
  return fillRoute(ROUTES.topic.pattern, { tag: slug });
}

/** The search page. */
export const searchPath = ROUTES.search.pattern;

/** The reading pages' own script: theme toggle, copy buttons, videos, search as you type. */
export const readingScriptPath = ROUTES.readingScript.pattern;

/** The search index a static copy of the site sends to the browser. */
export const searchIndexPath = ROUTES.searchIndex.pattern;

/** The accessibility statement. */
export const accessibilityPath = ROUTES.accessibility.pattern;

/** The privacy notice: what the site records about readers, and why. */
export const privacyPath = ROUTES.privacy.pattern;

/**
 * Where the server answers for an article taken down: every address under the article's
 * own is rewritten here (next.config.ts), so each answers 410 Gone.
 */
export function removedPath(edition: string, slug: string): string {
  return fillRoute(ROUTES.removed.pattern, { edition, slug });
}

/** The site's icon (app/icon.svg), named by pages Next does not render, such as the plain view. */
export const iconPath = ROUTES.icon.pattern;

/** The sitemap of every public page. */
export const sitemapPath = ROUTES.sitemap.pattern;

/** Answers 200 when the server has loaded the content, for load balancers and monitoring. */
export const healthPath = ROUTES.health.pattern;

/** The preview link, which switches on draft mode for an editor's browser. */
export const previewPath = ROUTES.preview.pattern;

/** Leaves draft preview (a POST, from the preview banner). */
export const previewExitPath = ROUTES.previewExit.pattern;

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
export const problemsPath = ROUTES.problems.pattern;
