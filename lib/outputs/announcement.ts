import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Edition } from '../library/getters';
import type { SiteSettings } from '../site/settings';
import { absoluteUrl, coverImagePath, editionPath, plainViewPath } from '../site/urls';
import { coverAsSent } from './drawn-cover';
import { escapeHtml } from './html';

/*
 * What an editor copies to announce an edition beyond email: a short post for social media or
 * Teams, and a snippet of HTML for the programme's main website.
 */

/** The most a post may be: X's limit, which also suits LinkedIn's preview and Teams. */
export const POST_LIMIT = 280;

/**
 * A post announcing the edition: what it is, its summary (shortened to fit, at a word), and
 * its address, in at most POST_LIMIT characters.
 */
export function socialPost(edition: Edition, site: SiteSettings): string {
  const address = absoluteUrl(site.baseUrl, editionPath(edition.number));
  const named = namesItsNumber(edition) ? '' : `, ${edition.title},`;
  const opening = `The ${ordinalWords(edition.number)} edition of ${site.name}${named} is out.`;
  const room = POST_LIMIT - opening.length - address.length - 2;
  return [opening, shorten(edition.summary, room), address].filter(Boolean).join(' ');
}

/**
 * Whether the edition's title already says which edition it is ("Tenth Edition", "Edition
 * 10"), so running text need not repeat it after "the tenth edition".
 */
function namesItsNumber(edition: Pick<Edition, 'number' | 'title'>): boolean {
  const title = edition.title.toLowerCase();
  return (
    /\bedition\b/.test(title) &&
    (new RegExp(`\\b${edition.number}(?:st|nd|rd|th)?\\b`).test(title) ||
      title.includes(ordinalWords(edition.number)))
  );
}

/** Text cut at a word to at most `length` characters, with an ellipsis when cut. */
function shorten(text: string, length: number): string {
  if (text.length <= length) return text;
  if (length < 2) return '';
  const cut = text.slice(0, length - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 0)).trimEnd()}…`;
}

const ORDINAL_WORDS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];
const TENS = ['twent', 'thirt', 'fort', 'fift', 'sixt', 'sevent', 'eight', 'ninet'];

/**
 * An ordinal in words for running text, as house style writes them: 10 → "tenth", 22 →
 * "twenty-second"; from 100 on, figures ("100th"), which read more easily.
 */
export function ordinalWords(number: number): string {
  if (number >= 1 && number <= ORDINAL_WORDS.length) return ORDINAL_WORDS[number - 1]!;
  if (number >= 20 && number < 100) {
    const tens = `${TENS[Math.floor(number / 10) - 2]}y`;
    const units = number % 10;
    return units === 0 ? `${tens.slice(0, -1)}ieth` : `${tens}-${ORDINAL_WORDS[units - 1]}`;
  }
  const rules = new Intl.PluralRules('en-GB', { type: 'ordinal' });
  const suffixes: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
  return `${number}${suffixes[rules.select(number)] ?? 'th'}`;
}

/**
 * A snippet of HTML for the programme's main website, in the form programmes announce an
 * edition with: the cover as a thumbnail linking to the magazine, the link ("Read the tenth
 * edition of the e-magazine"), and the editor's own words below it: the edition's
 * `announcement:` when written, else its introduction as plain text. Plain elements with a few
 * inline styles, so it looks right inside any site's own styles; every address absolute.
 */
export function websiteSnippet(edition: Edition, site: SiteSettings): string {
  const url = (path: string) => escapeHtml(absoluteUrl(site.baseUrl, path));
  const magazine = url(editionPath(edition.number));
  const label = `${site.name}, Edition ${edition.number}: ${edition.title}`;
  // An edition without a cover has the one drawn for it (lib/outputs/drawn-cover.ts).
  const sent = coverAsSent(edition, site);
  const cover = `  <p><a href="${magazine}"><img src="${url(coverImagePath(edition.number))}" alt="${escapeHtml(sent.alt)}" width="300" height="${Math.round((300 * sent.height) / sent.width)}" style="max-width: 100%; height: auto;"></a></p>\n`;
  const words = edition.announcement ? [edition.announcement] : paragraphs(edition.intro.tree);
  return `<section aria-label="${escapeHtml(label)}">
${cover}  <p><a href="${magazine}">Read the ${ordinalWords(edition.number)} edition of the e-magazine</a></p>
${words.map((paragraph) => `  <p>${escapeHtml(paragraph)}</p>\n`).join('')}  <p><a href="${url(plainViewPath(edition.number))}">Read it in plain text</a></p>
</section>
`;
}

/** The text of each paragraph of a body, in order: the introduction as plain text. */
function paragraphs(tree: Root): string[] {
  return tree.children
    .filter((node) => node.type === 'paragraph')
    .map((node) => toString(node).replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}
