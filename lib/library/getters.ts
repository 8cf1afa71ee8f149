import { openKeptResults, type KeptResults } from './kept-results';
import { contentDirectory, contentFingerprint, readMediaBytes } from '../content/folder';
import { loadLibrary } from './load';
import {
  isArticleVisible,
  isEditionVisible,
  isScheduled,
  today,
  type Audience,
} from '../content/publishing';
import { site } from '../content/site';
import { isBuilding } from '../site/build-cache';
import type {
  Article,
  ArticleInContext,
  Edition,
  LeftOut,
  Library,
  MediaFile,
  Picture,
  Takedown,
} from '../content/types';

export type {
  Article,
  ArticleEntry,
  ArticleInContext,
  Edition,
  LeftOut,
  Picture,
} from '../content/types';
export type { Audience } from '../content/publishing';
export { contentDirectory } from '../content/folder';

/*
 * The one door to the content for pages and route handlers. The folder is loaded once per
 * process (and again in development when a file changes); every getter applies the
 * publishing rule for the audience it is given, so no output can disagree about what is public.
 * The audience defaults to `public`: an output that forgets to ask shows only published content.
 */

let cached: { library: Library; fingerprint: string; revision: number } | undefined;

/**
 * The loaded content. In development it is reloaded when a file under content/ changes, and an
 * edition with errors is left out rather than taking the whole site down: its addresses show
 * the problems instead (see getLeftOut). A build stops at any error.
 */
function library(): Library {
  const developing = process.env.NODE_ENV === 'development';
  const fingerprint = developing ? contentFingerprint(contentDirectory()) : '';
  if (!cached || cached.fingerprint !== fingerprint) {
    const revision = (cached?.revision ?? 0) + 1;
    const loaded = loadLibrary(contentDirectory(), site, {
      leaveOutBroken: developing,
      kept: buildKept(),
    });
    cached = { library: loaded, fingerprint, revision };
  }
  return cached.library;
}

/** The edition folders left out of the preview for their errors, with the problems to fix. */
export function getLeftOut(): readonly LeftOut[] {
  return library().leftOut;
}

/**
 * A number that changes whenever the content is loaded again (in development, after an edit),
 * so work derived from the content, such as the search index, knows when to start over.
 */
export function contentRevision(): number {
  library();
  return cached?.revision ?? 0;
}

/**
 * The edition as `audience` sees it on `date`: undefined when it may not see it; otherwise with
 * only the articles it may see, numbered in reading order, and `scheduled` set.
 */
function visible(edition: Edition, audience: Audience, date: string): Edition | undefined {
  if (!isEditionVisible(edition, audience, date)) return undefined;
  const articles = edition.articles
    .filter((article) => isArticleVisible(article, audience))
    .map((article, index) =>
      article.position === index + 1 ? article : { ...article, position: index + 1 },
    );
  return { ...edition, articles, scheduled: isScheduled(edition, date) };
}

/** The editions of `editions` that `audience` may see on `date` (YYYY-MM-DD), as it sees them. */
export function visibleOn(
  editions: readonly Edition[],
  audience: Audience,
  date: string,
): Edition[] {
  return editions.flatMap((edition) => visible(edition, audience, date) ?? []);
}

function todayDate(): string {
  return today(site.timeZone);
}

/** Every edition `audience` may see, newest first. */
export function getEditions(audience: Audience = 'public'): readonly Edition[] {
  return visibleOn(library().editions, audience, todayDate());
}

/** The newest edition `audience` may see, or undefined when there is none. */
export function getLatestEdition(audience: Audience = 'public'): Edition | undefined {
  const date = todayDate();
  for (const edition of library().editions) {
    const shown = visible(edition, audience, date);
    if (shown) return shown;
  }
  return undefined;
}

/**
 * The edition whose number is written exactly as `key` in an address (`9`, never `09`), if
 * `audience` may see it.
 */
export function getEdition(key: string, audience: Audience = 'public'): Edition | undefined {
  const edition = library().byKey.get(key);
  return edition && visible(edition, audience, todayDate());
}

/** The current number of an edition that used to be numbered `key`, if `audience` may see it. */
export function getEditionRedirect(key: string, audience: Audience = 'public'): number | undefined {
  const edition = library().byAlias.get(key);
  return edition && visible(edition, audience, todayDate())?.number;
}

/** An article with its edition and visible neighbours, or undefined when `audience` may not see it. */
export function getArticle(
  editionKey: string,
  slug: string,
  audience: Audience = 'public',
): ArticleInContext | undefined {
  const edition = getEdition(editionKey, audience);
  if (!edition) return undefined;
  const index = edition.articles.findIndex((article) => article.slug === slug);
  const article = edition.articles[index];
  if (!article) return undefined;
  return {
    edition,
    article,
    previous: edition.articles[index - 1],
    next: edition.articles[index + 1],
  };
}

/** The current slug of an article that used to be called `slug`, if `audience` may see it. */
export function getArticleRedirect(
  editionKey: string,
  slug: string,
  audience: Audience = 'public',
): string | undefined {
  return getEdition(editionKey, audience)?.articles.find((article) =>
    article.aliases.includes(slug),
  )?.slug;
}

/**
 * Every address a page could be asked for, drafts, scheduled editions and former addresses
 * included: the pages themselves decide, per request, what each reader may see. That is
 * what lets a scheduled edition appear on its date without a rebuild.
 */
export function getAllAddresses(): {
  editions: string[];
  articles: { edition: string; slug: string }[];
} {
  const { editions } = library();
  const editionKeys = editions.flatMap((edition) =>
    [edition.number, ...edition.aliases].map(String),
  );
  const articles = editions.flatMap((edition) => {
    const slugs = edition.articles.flatMap((article: Article) => [
      article.slug,
      ...article.aliases,
    ]);
    return [edition.number, ...edition.aliases].flatMap((number) =>
      slugs.map((slug) => ({ edition: String(number), slug })),
    );
  });
  return { editions: editionKeys, articles };
}

/**
 * The files of an edition's folder that something `audience` may see shows: its cover and
 * introduction, and the articles it may see. A picture used only by a draft is not among them
 * for the public, and a file nothing shows is never served.
 */
export function shownMedia(edition: Edition): Set<string> {
  return new Set([...edition.shows, ...edition.articles.flatMap((article) => article.shows)]);
}

/**
 * The bytes and type of an image file named exactly `name` that `audience` may see (see
 * shownMedia). The file is found in the map built while loading, never by joining an address
 * onto a path.
 */
export async function readMediaFile(
  editionKey: string,
  name: string,
  audience: Audience = 'public',
): Promise<{ bytes: Uint8Array<ArrayBuffer>; contentType: string } | undefined> {
  const edition = getEdition(editionKey, audience);
  if (!edition || !shownMedia(edition).has(name)) return undefined;
  const file: MediaFile | undefined = library().media.get(edition.number)?.get(name);
  return file && { bytes: await readMediaBytes(file), contentType: file.contentType };
}

/** An edition's picture (its cover) as a data URL, for drawing into a preview image. */
export async function pictureDataUrl(
  editionKey: string,
  picture: Picture,
  audience: Audience = 'public',
): Promise<string | undefined> {
  const media = await readMediaFile(editionKey, picture.url.split('/').pop() ?? '', audience);
  return media && `data:${media.contentType};base64,${Buffer.from(media.bytes).toString('base64')}`;
}

/**
 * Every address of an article taken down (an edition's `removed` slugs, under its number and
 * its former numbers), for every audience: a takedown holds for editors too.
 */
export function getRemovedAddresses(): { edition: string; slug: string }[] {
  return removedAddresses(library().editions);
}

/**
 * Every edition, drafts included, read without rendering anything, for next.config.ts, the
 * publish command and the build's list of public addresses: the configuration is loaded by
 * every process of a build, and rendering the whole archive in each cost seconds. Read from
 * what `npm run check` kept: this always runs from the sources themselves, so their version is
 * the code's.
 */
export function readUnrendered(): readonly Edition[] {
  // The development server must start with an edition broken, as library() does.
  const leaveOutBroken = process.env.NODE_ENV === 'development';
  const options = { render: false, leaveOutBroken, kept: openKeptResults('check') };
  return loadLibrary(contentDirectory(), site, options).editions;
}

/**
 * The addresses of articles taken down, read without rendering (readUnrendered). With an
 * audience, only from the editions it may see today: a hidden edition's takedowns answer as
 * unknown addresses (the publish command checks the public ones).
 */
export function readRemovedAddresses(audience?: Audience): { edition: string; slug: string }[] {
  const editions = readUnrendered();
  return removedAddresses(audience ? visibleOn(editions, audience, todayDate()) : editions);
}

/**
 * The loader's kept results, during a build only (isBuilding says why): every process of a
 * build loads the content, and all but the first read what it made.
 */
function buildKept(): KeptResults | undefined {
  return isBuilding() ? openKeptResults('render') : undefined;
}

/**
 * Every address of an article taken down from `editions` (its edition's `removed` slugs, under
 * the edition's number and former numbers).
 */
export function removedAddresses(
  editions: readonly Edition[],
): { edition: string; slug: string }[] {
  return editions.flatMap((edition) =>
    [edition.number, ...edition.aliases].flatMap((number) =>
      edition.removed.map(({ slug }) => ({ edition: String(number), slug })),
    ),
  );
}

/** The takedown an address names, with the edition the article was taken down from. */
export function getRemovedFrom(
  editionKey: string,
  slug: string,
): { edition: Edition; takedown: Takedown } | undefined {
  const edition = library().byKey.get(editionKey) ?? library().byAlias.get(editionKey);
  const takedown = edition?.removed.find((entry) => entry.slug === slug);
  return edition && takedown && { edition, takedown };
}
