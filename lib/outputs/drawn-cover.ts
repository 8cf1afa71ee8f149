import type { Edition } from '../library/getters';
import { isListed } from '../content/publishing';
import { formatDate } from '../site/dates';
import { inSentence, type SiteSettings } from '../site/settings';
import { clip } from './preview-card';

/*
 * What the cover drawn for an edition without one says: the masthead, the edition's number and
 * title, its lead story and what else is inside, its date and publisher. Drawn as markup on the
 * site's pages and as a picture for the email, the website snippet and the link card
 * (components/shared/drawn-cover.tsx); an uploaded cover always wins.
 */

/** The drawn cover as a picture: 4:5, as covers are, wide enough for print and retina. */
export const DRAWN_COVER_SIZE = { width: 1200, height: 1500 } as const;

export interface DrawnCoverContent {
  /** The magazine's name: the masthead. */
  name: string;
  /** "Edition 10". */
  edition: string;
  title: string;
  /** The publication date, written out. */
  date: string;
  /** The lead story: the first article listed, with its section. */
  lead?: { section?: string; title: string };
  /** The other sections inside, in reading order, each once. */
  sections: string[];
  /** "The quarterly magazine of the Northlight Programme". */
  publisher: string;
}

/** Most sections named besides the lead story's: a cover's list stays short. */
const MAX_SECTIONS = 4;

export function drawnCoverContent(
  edition: Edition,
  site: Pick<SiteSettings, 'name' | 'publisher'>,
): DrawnCoverContent {
  const listed = edition.articles.filter(isListed);
  const [lead, ...rest] = listed;
  const sections = [
    ...new Set(rest.flatMap((article) => (article.section ? [article.section] : []))),
  ].filter((section) => section !== lead?.section);
  return {
    name: site.name,
    edition: `Edition ${edition.number}`,
    title: clip(edition.title, 80),
    date: formatDate(edition.published),
    ...(lead ? { lead: { section: lead.section, title: clip(lead.title, 90) } } : {}),
    sections: sections.slice(0, MAX_SECTIONS),
    publisher: `The quarterly magazine of ${inSentence(site.publisher)}`,
  };
}

/**
 * The cover a mail program or another site shows (the JPEG at `/editions/<n>/cover.jpg`): the
 * uploaded one's shape and description, or the drawn one's, described by what it says.
 */
export function coverAsSent(
  edition: Pick<Edition, 'number' | 'title' | 'cover'>,
  site: Pick<SiteSettings, 'name'>,
): { width: number; height: number; alt: string } {
  if (edition.cover)
    return { width: edition.cover.width, height: edition.cover.height, alt: edition.cover.alt };
  return {
    ...DRAWN_COVER_SIZE,
    alt: `The cover of ${site.name}, Edition ${edition.number}: ${edition.title}`,
  };
}
