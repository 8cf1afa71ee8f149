import { articleEntries, type Article, type ArticleEntry, type Edition } from './types';

/*
 * The one rule for what readers may see. Every output (pages, plain views, text files and
 * anything added later) asks these functions, through the getters in getters.ts.
 */

/**
 * Who is looking. `public` is every reader of a production site; `preview` is an editor in
 * the development server or in draft mode, who also sees drafts and scheduled editions; an
 * edition's preview is whoever holds a preview link made for that edition, who sees what the
 * public sees and that edition as an editor does.
 */
export type Audience = 'public' | 'preview' | { preview: number };

/** Whether `audience` is an editor's, in any preview. */
export function isPreview(audience: Audience): boolean {
  return audience !== 'public';
}

/** The audience as text, to keep what is made for each apart (the search index). */
export function audienceKey(audience: Audience): string {
  return typeof audience === 'string' ? audience : `preview-${audience.preview}`;
}

/** Whether `audience` sees edition `number` as an editor does: every draft in it, early. */
function previews(audience: Audience, number: number): boolean {
  return audience === 'preview' || (typeof audience === 'object' && audience.preview === number);
}

// One formatter per time zone: today() is asked on every request (by the front door and the
// getters), and making a formatter costs far more than using one.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** Today's date as `YYYY-MM-DD` in the site's time zone, the day publication dates start. */
export function today(timeZone: string, now: Date = new Date()): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    // en-CA formats dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormats.set(timeZone, format);
  }
  return format.format(now);
}

/** True when an edition's publication date has not yet come. */
export function isScheduled(edition: Pick<Edition, 'published'>, todayDate: string): boolean {
  return edition.published > todayDate;
}

/** Whether `audience` may see the edition on `todayDate`: not a draft, and its date has come. */
export function isEditionVisible(
  edition: Pick<Edition, 'number' | 'draft' | 'published'>,
  audience: Audience,
  todayDate: string,
): boolean {
  return previews(audience, edition.number) || (!edition.draft && !isScheduled(edition, todayDate));
}

/** Whether `audience` may see an article of a visible edition. */
export function isArticleVisible(
  article: Pick<Article, 'draft' | 'editionNumber'>,
  audience: Audience,
): boolean {
  return previews(audience, article.editionNumber) || !article.draft;
}

/**
 * Whether an article is listed where readers find articles: feeds, the sitemap, search,
 * sections and topics. A withdrawn article keeps its page, with its notice, but is listed
 * nowhere else; the edition's own contents still show it, marked as withdrawn.
 */
export function isListed(article: Pick<Article, 'withdrawn'>): boolean {
  return article.withdrawn === undefined;
}

/** Every listed article of `editions` with its edition, newest edition first. */
export function listedEntries(editions: readonly Edition[]): ArticleEntry[] {
  return articleEntries(editions).filter(({ article }) => isListed(article));
}

/** What an article kept back as a draft in a published edition is told, by its file name. */
export function heldBackMessage(fileName: string, editionNumber: number): string {
  return `${fileName} is a draft and will not be published with edition ${editionNumber}`;
}

/**
 * The articles kept back as drafts in editions that are not drafts themselves, each said as
 * the check says it, so publishing names what it leaves out.
 */
export function heldBack(editions: readonly Edition[]): string[] {
  return editions
    .filter((edition) => !edition.draft)
    .flatMap((edition) =>
      edition.articles
        .filter((article) => article.draft)
        .map((article) => `${heldBackMessage(article.file, edition.number)}.`),
    );
}
