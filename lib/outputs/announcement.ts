import type { Edition } from '../library/getters';
import type { SiteSettings } from '../site/settings';
import { absoluteUrl, coverImagePath, editionPath, plainViewPath } from '../site/urls';
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
  const opening = `The ${ordinal(edition.number)} edition of ${site.name}, ${edition.title}, is out.`;
  const room = POST_LIMIT - opening.length - address.length - 2;
  return [opening, shorten(edition.summary, room), address].filter(Boolean).join(' ');
}

/** Text cut at a word to at most `length` characters, with an ellipsis when cut. */
function shorten(text: string, length: number): string {
  if (text.length <= length) return text;
  if (length < 2) return '';
  const cut = text.slice(0, length - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 0)).trimEnd()}…`;
}

/** 10 → "10th", 22 → "22nd". */
function ordinal(number: number): string {
  const rules = new Intl.PluralRules('en-GB', { type: 'ordinal' });
  const suffixes: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
  return `${number}${suffixes[rules.select(number)] ?? 'th'}`;
}

/**
 * A snippet of HTML for the programme's main website: the cover as a thumbnail, a headline,
 * the summary, and links to the magazine and its plain web page. Plain elements with a few
 * inline styles, so it looks right inside any site's own styles; every address absolute.
 */
export function websiteSnippet(edition: Edition, site: SiteSettings): string {
  const url = (path: string) => escapeHtml(absoluteUrl(site.baseUrl, path));
  const headline = `${site.name}, Edition ${edition.number}: ${edition.title}`;
  const cover = edition.cover
    ? `  <a href="${url(editionPath(edition.number))}"><img src="${url(coverImagePath(edition.number))}" alt="${escapeHtml(edition.cover.alt)}" width="300" height="${Math.round((300 * edition.cover.height) / edition.cover.width)}" style="max-width: 100%; height: auto;"></a>\n`
    : '';
  return `<section aria-label="${escapeHtml(headline)}">
${cover}  <h2>${escapeHtml(headline)}</h2>
  <p>We have now published the ${ordinal(edition.number)} edition of our e-magazine. ${escapeHtml(edition.summary)}</p>
  <p><a href="${url(editionPath(edition.number))}">Read the e-magazine</a></p>
  <p><a href="${url(plainViewPath(edition.number))}">Read it in plain text</a></p>
</section>
`;
}
