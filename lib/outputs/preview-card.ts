import type { Article, Edition } from '../library/getters';
import { formatDate } from '../site/dates';
import { inSentence, type SiteSettings } from '../site/settings';

/*
 * What each kind of page's preview image says. The drawing is components/shared/preview-card.tsx.
 */

/** The size of every preview image: the 1.91:1 shape link cards are drawn at. */
export const PREVIEW_CARD_SIZE = { width: 1200, height: 630 } as const;

/** What a preview image shows. */
export interface PreviewCardContent {
  /** The magazine's name, top left. */
  name: string;
  /** Edition and date, top right, e.g. "Edition 9 · 14 October 2026". */
  meta: string;
  /** The section, or another short label above the title. */
  kicker?: string;
  title: string;
  /** A line at the foot: who publishes the magazine. */
  footer: string;
  /** An image to show on the right (an edition's cover), as a data URL. */
  cover?: { src: string; width: number; height: number };
}

/** Longest title drawn; longer text is cut at a word and ends with an ellipsis. */
const MAX_TITLE = 150;

/** Cuts text to fit the card, at a word boundary. */
export function clip(text: string, max = MAX_TITLE): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`;
}

function footer(site: SiteSettings): string {
  return `The quarterly magazine of ${inSentence(site.publisher)}`;
}

/** The preview of an article: its section and title, with its edition and date. */
export function articlePreview(
  article: Article,
  edition: Edition,
  site: SiteSettings,
): PreviewCardContent {
  return {
    name: site.name,
    meta: `Edition ${edition.number} · ${formatDate(edition.published)}`,
    kicker: article.section,
    title: clip(article.title),
    footer: footer(site),
  };
}

/** The preview of an edition: its title and, when there is one, its cover. */
export function editionPreview(
  edition: Edition,
  site: SiteSettings,
  cover?: PreviewCardContent['cover'],
): PreviewCardContent {
  return {
    name: site.name,
    meta: formatDate(edition.published),
    kicker: `Edition ${edition.number}`,
    title: clip(edition.title),
    footer: footer(site),
    cover,
  };
}

/** The site's own preview, for the home page and the archive: what is in the newest edition. */
export function sitePreview(site: SiteSettings, latest: Edition | undefined): PreviewCardContent {
  return {
    name: site.name,
    meta: 'Quarterly magazine',
    kicker: latest ? `Out now: Edition ${latest.number}, ${latest.title}` : undefined,
    title: clip(latest ? latest.summary : site.description),
    footer: footer(site),
  };
}
