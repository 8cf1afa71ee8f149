import juice from 'juice';
import type { Article, Edition } from '../library/getters';
import { formatDate } from '../site/dates';
import { inSentence, type SiteSettings } from '../site/settings';
import {
  absoluteUrl,
  articlePath,
  coverImagePath,
  editionPath,
  emailPath,
  pdfPath,
  plainViewPath,
  textFilePath,
} from '../site/urls';
import { TEXT_WIDTH, underline, wrap } from '../markdown/to-text';
import { coverAsSent } from './drawn-cover';
import { escapeHtml } from './html';
import { bylineText } from './text-file';

/*
 * The edition as an email: what a programme sends to announce it, readable in Outlook, Gmail
 * and Apple Mail, with images on or off. The headline and the call to action come first, in
 * the reading pane, with the cover as a thumbnail beside them; the call to action is a
 * "bulletproof" button (its colour and padding on a table cell, and for Outlook for Windows,
 * which ignores a link's padding, a VML shape drawn in its place). Email clients are not browsers: Outlook for Windows lays out with Word's engine
 * (tables and inline styles only, no max-width on a div), Gmail and Outlook show no SVG, the new
 * Outlook ignores <style> blocks and Gmail clips a message over 102 KB. So the layout is tables
 * marked role="presentation", every style needed to read it is inline (juice writes the style
 * sheet below into each element), and the <style> block left after it holds only enhancements:
 * narrow screens and dark mode. Every address is absolute, every picture a JPEG or PNG.
 */

/** The size the email may reach: Gmail clips a message at 102 KB, so we stop well short. */
export const EMAIL_BUDGET_BYTES = 90 * 1024;

/**
 * What the email uses that some clients ignore (caniemail's names), each only an enhancement:
 * the narrow-screen and dark-mode rules (@media: Outlook for Windows shows the 600-pixel
 * layout, which its ghost table keeps to 600), the button's rounded corners (square in Outlook),
 * the preheader's overflow (it is also display:none and mso-hide), and the role and label that
 * tell screen readers the message is an article (Windows Mail reads it without them), and the
 * body's own styles (Gmail's apps drop the body; its colour is on the outer table too).
 */
export const EMAIL_ENHANCEMENTS: readonly string[] = [
  '<body> element',
  '@media',
  'border-radius',
  'overflow',
  'role attribute',
  'aria-label attribute',
];

/** The email edition: its subject, the line clients show after it, its HTML and its text. */
export interface EditionEmail {
  subject: string;
  preheader: string;
  html: string;
  text: string;
}

const colours = {
  page: '#f3f1ec',
  paper: '#ffffff',
  ink: '#1b1b1b',
  muted: '#4a5361',
  masthead: '#0b1d3a',
  gold: '#c9a227',
  link: '#1d4f91',
  rule: '#d9d4c7',
};
const serif = "Georgia, 'Times New Roman', Times, serif";
/** The cover's thumbnail beside the headline: 4:5, as covers are drawn. */
const THUMBNAIL_WIDTH = 168;
/** The call to action's size in Outlook for Windows, whose VML shape needs one. */
const BUTTON = { width: 232, height: 48 };
const sans = "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

// Written into each element by juice; kept as a sheet so each rule is stated once.
const styles = `
body { margin: 0; padding: 0; background-color: ${colours.page}; }
.page { background-color: ${colours.page}; }
.paper { background-color: ${colours.paper}; }
.online { padding: 0 16px 8px 16px; font-family: ${sans}; font-size: 13px; line-height: 18px; mso-line-height-rule: exactly; color: ${colours.muted}; text-align: center; }
.online a { color: ${colours.muted}; }
.masthead { background-color: ${colours.masthead}; color: #ffffff; padding: 24px 32px 20px 32px; font-family: ${serif}; }
.magazine { margin: 0; font-size: 30px; line-height: 36px; font-weight: bold; color: #ffffff; font-family: ${serif}; }
.strap { margin: 4px 0 0 0; font-size: 14px; line-height: 20px; color: #ffffff; font-family: ${sans}; }
.rule { background-color: ${colours.gold}; height: 4px; line-height: 4px; font-size: 4px; }
.thumb { padding: 0 20px 16px 0; vertical-align: top; }
.cover { display: block; border: 0; height: auto; background-color: ${colours.masthead}; color: #ffffff; font-family: ${sans}; font-size: 13px; line-height: 18px; }
.block { padding: 24px 32px 8px 32px; color: ${colours.ink}; font-family: ${serif}; font-size: 18px; line-height: 28px; mso-line-height-rule: exactly; }
.lead { vertical-align: top; }
.kicker { margin: 0 0 4px 0; font-family: ${sans}; font-size: 13px; line-height: 18px; letter-spacing: 1px; color: ${colours.muted}; font-weight: bold; }
h1 { margin: 0 0 8px 0; font-family: ${serif}; font-size: 28px; line-height: 34px; color: ${colours.ink}; }
h2 { margin: 0 0 8px 0; font-family: ${serif}; font-size: 22px; line-height: 28px; color: ${colours.ink}; }
h3, h4 { margin: 16px 0 8px 0; font-family: ${serif}; font-size: 19px; line-height: 26px; color: ${colours.ink}; }
p { margin: 0 0 16px 0; }
ul, ol { margin: 0 0 16px 0; padding: 0 0 0 24px; }
li { margin: 0 0 8px 0; }
blockquote { margin: 0 0 16px 0; padding: 0 0 0 16px; border-left: 4px solid ${colours.gold}; }
a { color: ${colours.link}; text-decoration: underline; }
h2 a { color: ${colours.ink}; }
.summary { margin: 0 0 8px 0; }
.byline { margin: 0 0 16px 0; font-family: ${sans}; font-size: 15px; line-height: 22px; color: ${colours.muted}; }
.divider { border-top: 1px solid ${colours.rule}; }
.button-cell { background-color: ${colours.masthead}; padding: 12px 22px; border-radius: 4px; }
.button { color: #ffffff; font-family: ${sans}; font-size: 17px; line-height: 24px; mso-line-height-rule: exactly; font-weight: bold; text-decoration: none; }
.formats { margin: 16px 0 0 0; font-family: ${sans}; font-size: 16px; line-height: 24px; }
.footer { padding: 20px 32px 32px 32px; font-family: ${sans}; font-size: 14px; line-height: 21px; color: ${colours.muted}; }
.footer a { color: ${colours.muted}; }
.preheader { display: none; max-height: 0; overflow: hidden; mso-hide: all; font-size: 1px; line-height: 1px; color: ${colours.page}; }
@media (max-width: 620px) {
  .masthead, .block, .footer { padding-left: 16px !important; padding-right: 16px !important; }
  .magazine { font-size: 26px !important; line-height: 32px !important; }
  .thumb { width: 96px !important; padding-right: 14px !important; }
  .thumb img { width: 96px !important; }
}
@media (prefers-color-scheme: dark) {
  body, .page { background-color: #10151f !important; }
  .paper { background-color: #1b2433 !important; }
  .block, h1, h2, h3, h4, h2 a { color: #f1efe9 !important; }
  .kicker, .byline, .footer, .footer a { color: #c3c9d2 !important; }
  a { color: #9cc3ff !important; }
  .button-cell { background-color: #ffd166 !important; }
  .button { color: #1b1b1b !important; }
  .online, .online a { color: #c3c9d2 !important; }
}
`;

/** Where a text direction comes from: the language's script. */
const RIGHT_TO_LEFT = /^(?:ar|arc|ckb|dv|fa|he|ps|sd|ug|ur|yi)(?:-|$)/i;

/**
 * The edition's full title (the magazine, the edition's number and its title): the email's
 * subject line and the PDF edition's document title.
 */
export function editionFullTitle(edition: Pick<Edition, 'number' | 'title'>, site: SiteSettings) {
  return `${site.name}, Edition ${edition.number}: ${edition.title}`;
}

/** The edition as an email, for the public or (in preview) for an editor checking a draft. */
export function editionEmail(edition: Edition, site: SiteSettings): EditionEmail {
  const subject = editionFullTitle(edition, site);
  const preheader = edition.summary;
  return {
    subject,
    preheader,
    html: emailHtml(edition, site, subject),
    text: emailText(edition, site),
  };
}

/**
 * The email edition within its budget, or else an error naming the edition's file and what
 * makes the email big: building stops there rather than publish an email Gmail would clip.
 */
export function budgetedEditionEmail(edition: Edition, site: SiteSettings): EditionEmail {
  const email = editionEmail(edition, site);
  const problem = emailBudgetProblem(edition, email);
  if (problem) throw new Error(`${edition.file}: ${problem}`);
  return email;
}

function emailHtml(edition: Edition, site: SiteSettings, subject: string): string {
  const url = (path: string) => escapeHtml(absoluteUrl(site.baseUrl, path));
  const language = escapeHtml(site.language);
  const direction = RIGHT_TO_LEFT.test(site.language) ? 'rtl' : 'ltr';
  const magazine = url(editionPath(edition.number));
  // A thumbnail beside the headline, not a banner above it: with images blocked (Outlook's
  // default) a banner is an empty box filling the reading pane; this leaves the headline and
  // the button in view, and its alt text shows on the masthead's colour.
  // An edition without a cover has the one drawn for it (lib/outputs/drawn-cover.ts).
  const sent = coverAsSent(edition, site);
  const thumbnailHeight = Math.round((THUMBNAIL_WIDTH * sent.height) / sent.width);
  const cover = `<td class="thumb" width="${THUMBNAIL_WIDTH}"><a href="${magazine}"><img class="cover" src="${url(coverImagePath(edition.number))}" width="${THUMBNAIL_WIDTH}" height="${thumbnailHeight}" alt="${escapeHtml(sent.alt)}"></a></td>`;
  const intro = edition.intro.plainViewHtml.trim()
    ? `<tr><td class="block">${absoluteLinks(edition.intro.plainViewHtml, site.baseUrl)}</td></tr>`
    : '';
  const articles = edition.articles.map((article) => articleRow(article, edition, site)).join('\n');

  const document = `<!DOCTYPE html>
<html lang="${language}" dir="${direction}" xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<meta name="color-scheme" content="light dark">
<meta name="supported-color-schemes" content="light dark">
<title>${escapeHtml(subject)}</title>
<style>${styles}</style>
</head>
<body>
<div class="preheader">${escapeHtml(edition.summary)}</div>
<div role="article" aria-roledescription="email" aria-label="${escapeHtml(subject)}" lang="${language}" dir="${direction}">
<table role="presentation" class="page" width="100%" cellpadding="0" cellspacing="0" border="0">
<tr><td align="center" style="padding: 16px 0;">
<p class="online"><a href="${url(emailPath(edition.number))}">View this email in your browser</a></p>
<!--[if mso]><table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->
<table role="presentation" class="paper" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width: 600px; margin: 0 auto;">
<tr><td class="masthead"><p class="magazine">${escapeHtml(site.name)}</p><p class="strap">The quarterly magazine of ${escapeHtml(inSentence(site.publisher))}</p></td></tr>
<tr><td class="rule">&nbsp;</td></tr>
<tr><td class="block">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr>
${cover}<td class="lead">
<p class="kicker">Edition ${edition.number} · ${escapeHtml(formatDate(edition.published))}</p>
<h1>${escapeHtml(edition.title)}</h1>
<p>${escapeHtml(edition.summary)}</p>
${button(magazine, 'Read the e-magazine')}
</td></tr></table>
</td></tr>
${intro}
<tr><td class="block"><h2>In this edition</h2></td></tr>
${articles}
<tr><td class="block">
<p class="formats">Read it your way: <a href="${url(editionPath(edition.number))}">the magazine</a> · <a href="${url(plainViewPath(edition.number))}">plain web page</a> · <a href="${url(textFilePath(edition.number))}">plain text file</a> · <a href="${url(pdfPath(edition.number))}">PDF to print</a></p>
</td></tr>
<tr><td class="footer">
<p>${escapeHtml(site.name)} is the quarterly magazine of ${escapeHtml(inSentence(site.publisher))}, who sent you this email. Every edition is at <a href="${url('/editions')}">${escapeHtml(absoluteUrl(site.baseUrl, '/editions'))}</a>.</p>
<p>${escapeHtml(site.emailReason)}</p>
</td></tr>
</table>
<!--[if mso]></td></tr></table><![endif]-->
</td></tr>
</table>
</div>
</body>
</html>
`;
  return juice(document, {
    // The cover's width and height attributes say its size, which Outlook needs: kept as written.
    applyWidthAttributes: false,
    applyHeightAttributes: false,
    removeStyleTags: true,
    preserveMediaQueries: true,
    preserveImportant: true,
  });
}

/**
 * The call to action: its colour and padding on a table cell, which every client draws, and
 * for Outlook for Windows (which ignores padding on a link) a rounded VML shape in its place.
 */
function button(href: string, label: string): string {
  return `<!--[if mso]><v:roundrect xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w="urn:schemas-microsoft-com:office:word" href="${href}" style="height:${BUTTON.height}px;v-text-anchor:middle;width:${BUTTON.width}px;" arcsize="8%" stroke="f" fillcolor="${colours.masthead}"><w:anchorlock/><center style="color:#ffffff;font-family:Arial,sans-serif;font-size:17px;font-weight:bold;">${escapeHtml(label)}</center></v:roundrect><![endif]-->
<!--[if !mso]><!--><table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin: 0 0 16px 0;"><tr><td class="button-cell" bgcolor="${colours.masthead}"><a class="button" href="${href}">${escapeHtml(label)}</a></td></tr></table><!--<![endif]-->`;
}

function articleRow(article: Article, edition: Edition, site: SiteSettings): string {
  const href = escapeHtml(absoluteUrl(site.baseUrl, articlePath(edition.number, article.slug)));
  const byline = bylineText(article);
  const title = article.withdrawn ? `${article.title} (withdrawn)` : article.title;
  return `<tr><td class="block divider">
${article.section ? `<p class="kicker">${escapeHtml(article.section)}</p>` : ''}
<h2><a href="${href}">${escapeHtml(title)}</a></h2>
<p class="summary">${escapeHtml(article.summary)}</p>
${byline ? `<p class="byline">${escapeHtml(byline)}</p>` : ''}
</td></tr>`;
}

/** The introduction's links made absolute: an email has no address of its own to start from. */
function absoluteLinks(html: string, baseUrl: string): string {
  return html.replace(
    /\shref="(\/[^"]*)"/g,
    (_, path: string) => ` href="${escapeHtml(absoluteUrl(baseUrl, path))}"`,
  );
}

/**
 * The text part: the announcement in the text file's 78-column form. The introduction, then
 * each article's title, summary and address (an address alone on its line may run longer).
 */
function emailText(edition: Edition, site: SiteSettings): string {
  const address = (path: string) => absoluteUrl(site.baseUrl, path);
  const lines: string[] = [
    ...underline(`${site.name} · Edition ${edition.number} · ${edition.title}`, '='),
    `Published ${formatDate(edition.published)} by ${inSentence(site.publisher)}`,
    '',
    ...wrap(edition.summary),
    '',
    'Read the e-magazine:',
    address(editionPath(edition.number)),
  ];
  if (edition.intro.text.trim() !== '') lines.push('', edition.intro.text.trimEnd());
  lines.push('', ...underline('In this edition', '-'));
  for (const article of edition.articles) {
    const byline = bylineText(article);
    const title = article.withdrawn ? `${article.title} (withdrawn)` : article.title;
    lines.push(
      '',
      ...wrap(article.section ? `${title} (${article.section})` : title),
      ...wrap(article.summary),
      ...(byline ? wrap(byline) : []),
      address(articlePath(edition.number, article.slug)),
    );
  }
  lines.push(
    '',
    '-'.repeat(TEXT_WIDTH),
    'Read it your way:',
    `- the magazine: ${address(editionPath(edition.number))}`,
    `- a plain web page: ${address(plainViewPath(edition.number))}`,
    `- a plain text file: ${address(textFilePath(edition.number))}`,
    `- a PDF to print: ${address(pdfPath(edition.number))}`,
    '',
    ...wrap(
      `${site.name} is the quarterly magazine of ${inSentence(site.publisher)}, who sent you this email.`,
    ),
    '',
    ...wrap(site.emailReason),
  );
  return `${lines.join('\n')}\n`;
}

/**
 * Why the email is over its budget, naming what makes it big, or undefined when it is within.
 * Said by the check, so an editor hears it before a mailing tool clips the message.
 */
function emailBudgetProblem(edition: Edition, email: EditionEmail): string | undefined {
  const size = Buffer.byteLength(email.html);
  if (size <= EMAIL_BUDGET_BYTES) return undefined;
  const parts = [
    { what: 'the introduction', bytes: Buffer.byteLength(edition.intro.plainViewHtml) },
    ...edition.articles.map((article) => ({
      what: `the summary of "${article.title}"`,
      bytes: Buffer.byteLength(article.summary),
    })),
  ].sort((a, b) => b.bytes - a.bytes);
  const biggest = parts
    .slice(0, 3)
    .map(({ what, bytes }) => `${what} (${kilobytes(bytes)})`)
    .join(', ');
  return `the email edition is ${kilobytes(size)}, over the ${kilobytes(EMAIL_BUDGET_BYTES)} it may be before Gmail clips it. The biggest parts: ${biggest}. Shorten the introduction, or give long articles a shorter summary.`;
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
