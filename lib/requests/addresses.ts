import {
  contentRevision,
  getEditions,
  getPublicRemovedAddresses,
  shownMedia,
} from '../library/getters';
import { archivePageCount } from '../browse/archive';
import type { Edition } from '../content/types';
import { sections, topics } from '../browse/taxonomy';
import { eventFileName } from '../outputs/calendar';
import { today } from '../content/publishing';
import { site } from '../site/settings';
import {
  announcePath,
  archivePath,
  articleCardPath,
  articlePath,
  articleTextFilePath,
  calendarFilePath,
  coverImagePath,
  editionCalendarPath,
  editionCardPath,
  editionPath,
  emailFilePath,
  emailPath,
  mediaPath,
  pdfPath,
  plainViewPath,
  sectionPath,
  textFilePath,
  topicPath,
} from '../site/urls';

/*
 * The addresses content gives the site, by who may see them. Drafts and scheduled editions are
 * built ahead of time with everything else (so a scheduled edition appears on its date without
 * a rebuild), which means the server knows their addresses; a hidden address must still answer
 * exactly as one that never existed, or a guessed slug of an embargoed story could be confirmed.
 */

/** Every address the content of `editions` has: pages, text files, cards, calendars, pictures. */
export function contentAddresses(editions: readonly Edition[]): Set<string> {
  const addresses = new Set<string>();
  for (const edition of editions) {
    const { number } = edition;
    for (const key of [number, ...edition.aliases]) {
      addresses.add(editionPath(key));
      addresses.add(plainViewPath(key));
      addresses.add(textFilePath(key));
      addresses.add(editionCardPath(key));
      addresses.add(editionCalendarPath(key));
      addresses.add(emailPath(key));
      addresses.add(announcePath(key));
      addresses.add(emailFilePath(key));
      addresses.add(pdfPath(key));
      if (edition.cover) addresses.add(coverImagePath(key));
      for (const article of edition.articles) {
        for (const slug of [article.slug, ...article.aliases]) {
          addresses.add(articlePath(key, slug));
          addresses.add(articleTextFilePath(key, slug));
          addresses.add(articleCardPath(key, slug));
        }
      }
    }
    for (const file of shownMedia(edition)) addresses.add(mediaPath(number, file));
    for (const article of edition.articles)
      for (const key of [number, ...edition.aliases])
        for (const slug of [article.slug, ...article.aliases])
          (article.events ?? []).forEach((event, index) =>
            addresses.add(calendarFilePath(key, slug, eventFileName(event, index))),
          );
  }
  // The archive's pages by number (page 1 redirects to the archive itself).
  for (let page = 1; page <= archivePageCount(editions.length); page += 1)
    addresses.add(`${archivePath}/page/${page}`);
  for (const slug of sections(editions).keys()) addresses.add(sectionPath(slug));
  for (const slug of topics(editions).keys()) addresses.add(topicPath(slug));
  return addresses;
}

/** The parts of the site whose addresses content makes; anything else is the site's own. */
const CONTENT_PARTS = ['/editions/', '/topics/', '/sections/'];

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
    const removed = getPublicRemovedAddresses().map(
      ({ edition, slug }) => `/editions/${edition}/${slug}`,
    );
    shown = { key, addresses: contentAddresses(getEditions('public')), removed };
  }
  // An article taken down answers 410 Gone at every address under its own.
  return (
    shown.addresses.has(path) ||
    shown.removed.some((address) => path === address || path.startsWith(`${address}/`))
  );
}
