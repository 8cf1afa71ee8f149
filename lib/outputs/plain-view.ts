import type { Article, Edition } from '../library/getters';
import { formatDate } from '../site/dates';
import { eventWhen } from './calendar';
import { bylineText } from './text-file';
import { escapeHtml } from './html';
import { inSentence, type SiteSettings } from '../site/settings';
import {
  archivePath,
  articleIdPrefix,
  atomFeedPath,
  editionPath,
  iconPath,
  jsonFeedPath,
  plainViewIds as ids,
  plainViewPath,
  textFilePath,
  pdfPath,
} from '../site/urls';

/**
 * The plain view of an edition: one complete, script-free HTML document in the manner of a
 * GOV.UK HTML publication. A title block, a contents list linking to each article, then every
 * article in reading order with its title, byline and full text, images given as their alt
 * text. It is served as finished HTML so it carries no JavaScript at all.
 *
 * Every value from the content is escaped here except the article bodies, which arrive as
 * HTML already sanitised by the Markdown renderer.
 */
export function editionPlainView(edition: Edition, site: SiteSettings): string {
  const title = `Edition ${edition.number}: ${edition.title}`;
  const contents = edition.articles
    .map(
      (article) =>
        `<li><a href="#${article.slug}">${escapeHtml(article.title)}</a>${article.withdrawn ? ' (withdrawn)' : ''}</li>`,
    )
    .join('\n');
  const intro = edition.intro.plainViewHtml.trim()
    ? `<section aria-labelledby="${ids.introduction}"><h2 id="${ids.introduction}">Introduction</h2>\n${edition.intro.plainViewHtml}</section>`
    : '';

  return `<!doctype html>
<html lang="${escapeHtml(site.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escapeHtml(`${title} (plain view) · ${site.name}`)}</title>
<meta name="description" content="${escapeHtml(edition.summary)}">
<link rel="canonical" href="${escapeHtml(site.baseUrl + editionPath(edition.number))}">
<link rel="icon" href="${iconPath}" type="image/svg+xml">
<link rel="alternate" type="text/plain" href="${textFilePath(edition.number)}" title="Plain text file">
<link rel="alternate" type="application/atom+xml" href="${atomFeedPath}" title="${escapeHtml(site.name)} (Atom feed)">
<link rel="alternate" type="application/feed+json" href="${jsonFeedPath}" title="${escapeHtml(site.name)} (JSON Feed)">
<style>${STYLES}</style>
</head>
<body>
<a class="skip" href="#${ids.main}">Skip to main content</a>
<header class="site">
<p><a href="/">${escapeHtml(site.name)}</a>: the magazine of ${escapeHtml(inSentence(site.publisher))}</p>
</header>
<main id="${ids.main}">
<p class="caption">${escapeHtml(site.name)} · Edition ${edition.number}</p>
<h1>${escapeHtml(title)}</h1>
<p class="meta">Published <time datetime="${edition.published}">${formatDate(edition.published)}</time></p>
<p class="formats">Other formats: <a href="${editionPath(edition.number)}">magazine view</a> · <a href="${textFilePath(edition.number)}">plain text file (.txt)</a> · <a href="${pdfPath(edition.number)}">PDF (.pdf)</a> · <a href="${archivePath}">all editions</a></p>
<p class="lead">${escapeHtml(edition.summary)}</p>
${intro}
<nav aria-labelledby="${ids.contents}"><h2 id="${ids.contents}">Contents</h2>
<ol class="contents">
${contents}
</ol>
</nav>
${edition.articles.map(articleSection).join('\n')}
</main>
<footer class="site">
<p>${escapeHtml(site.name)} is published by ${escapeHtml(inSentence(site.publisher))}. Edition ${edition.number}: ${escapeHtml(edition.title)}, published ${formatDate(edition.published)}.</p>
<p>This page: ${escapeHtml(site.baseUrl + plainViewPath(edition.number))}</p>
</footer>
</body>
</html>
`;
}

function eventsHtml(article: Article): string {
  if (!article.events?.length) return '';
  const items = article.events.map((event) => {
    const lines = [
      `<strong>${escapeHtml(event.title)}</strong>`,
      escapeHtml(eventWhen(event)),
      event.place ? escapeHtml(event.place) : '',
      event.registration
        ? `<a href="${escapeHtml(event.registration)}">Register<span class="hidden"> for ${escapeHtml(event.title)}</span></a>`
        : '',
    ].filter(Boolean);
    return `<li>${lines.join('<br>\n')}</li>`;
  });
  return `<h3>Dates for your diary</h3>\n<ul>\n${items.join('\n')}\n</ul>`;
}

function dateHtml(date: string): string {
  return `<time datetime="${date}">${formatDate(date)}</time>`;
}

function withdrawnHtml({ withdrawn }: Pick<Article, 'withdrawn'>): string {
  if (!withdrawn) return '';
  return `<div class="notice"><p><strong>This article was withdrawn on ${dateHtml(withdrawn.date)}.</strong></p>\n<p>${escapeHtml(withdrawn.reason)}</p></div>`;
}

function changesHtml({ changes }: Pick<Article, 'changes'>): string {
  if (changes.length === 0) return '';
  const items = changes.map(
    (change) => `<li><strong>${dateHtml(change.date)}</strong>: ${escapeHtml(change.note)}</li>`,
  );
  return `<h3>Corrections and updates</h3>\n<ul>\n${items.join('\n')}\n</ul>`;
}

function articleSection(article: Article): string {
  const byline = bylineText(article);
  // The article's anchor is its slug, so `plain#<slug>` links keep working; every other id it
  // brings starts with its own prefix (see articleIdPrefix).
  const title = `${articleIdPrefix(article.slug)}title`;
  return `<article id="${article.slug}" aria-labelledby="${title}">
<h2 id="${title}"><span class="number">${article.position}.</span> ${escapeHtml(article.title)}</h2>
${article.section ? `<p class="caption">${escapeHtml(article.section)}</p>` : ''}
${byline ? `<p class="meta">${escapeHtml(byline)}</p>` : ''}
${article.updated ? `<p class="meta">Updated ${dateHtml(article.updated)}</p>` : ''}
${withdrawnHtml(article)}
${article.body.plainViewHtml}
${eventsHtml(article)}
${changesHtml(article)}
<p class="back"><a href="#${ids.contents}">Back to contents</a></p>
</article>`;
}

// Plain, high-contrast, single column; sized for reading and for print. Long words and
// addresses break rather than make a phone's screen scroll sideways, and the reader's dark
// preference is followed on screen (print stays black on white).
const STYLES = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:1.1875rem;line-height:1.55;color:#0b0c0c;background:#fff;overflow-wrap:break-word}
header.site,main,footer.site{max-width:40rem;margin:0 auto;padding:0 1rem}
header.site{border-bottom:1px solid #b1b4b6;padding-top:.75rem;padding-bottom:.75rem}
header.site p{margin:0;font-size:1rem}
footer.site{border-top:1px solid #b1b4b6;margin-top:3rem;padding-top:1rem;padding-bottom:2rem;font-size:1rem}
a{color:#1d70b8;text-decoration-thickness:max(1px,.0625rem);text-underline-offset:.15em;overflow-wrap:anywhere}
a:visited{color:#4c2c92}
a:hover{color:#003078;text-decoration-thickness:max(3px,.1875rem)}
a:focus{outline:3px solid transparent;color:#0b0c0c;background:#fd0;box-shadow:0 -2px #fd0,0 4px #0b0c0c;text-decoration:none}
.skip{position:absolute;left:-9999px;top:0;padding:.5rem 1rem}
.skip:focus{position:static;display:inline-block;margin:.5rem 1rem}
h1{font-size:2rem;line-height:1.2;margin:.5rem 0 1rem}
h2{font-size:1.5rem;line-height:1.25;margin:2.5rem 0 .75rem}
h3{font-size:1.25rem;margin:2rem 0 .5rem}
h4,h5,h6{font-size:1.1875rem;margin:1.5rem 0 .5rem}
article{border-top:2px solid #0b0c0c;margin-top:3rem}
article>h2{margin-top:1.5rem}
.caption{color:#505a5f;margin:1.5rem 0 0;font-size:1rem}
.meta{color:#505a5f;margin-top:.25rem}
.lead{font-size:1.35rem}
.contents{padding-left:1.5rem}
.contents li{margin:.35rem 0}
.number{color:#505a5f}
blockquote{margin:1.5rem 0;padding:.25rem 0 .25rem 1rem;border-left:5px solid #b1b4b6}
table{border-collapse:collapse;width:100%;margin:1.5rem 0;font-size:1rem;display:block;overflow-x:auto}
th,td{border-bottom:1px solid #b1b4b6;padding:.5rem 1rem .5rem 0;text-align:left;vertical-align:top}
code,pre{font-family:ui-monospace,Consolas,monospace;font-size:.9em}
pre{white-space:pre-wrap}
.back{font-size:1rem}
.notice{border-left:5px solid #d4351c;padding:.25rem 0 .25rem 1rem;margin:1.5rem 0}
.hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
@media screen and (prefers-color-scheme:dark){
  body{color:#f3f2f1;background:#0b0c0c}
  a{color:#8ab4f8}
  a:visited{color:#c9a8ff}
  a:hover{color:#c6dafc}
  .caption,.meta,.number{color:#b1b4b6}
  header.site,footer.site,th,td{border-color:#6f777b}
  article{border-top-color:#f3f2f1}
  blockquote{border-left-color:#6f777b}
}
@media print{
  .skip,.formats,.back{display:none}
  body{font-size:12pt}
  a{color:#000}
  main a[href^="http"]::after{content:" (" attr(href) ")";font-size:90%}
  article{break-before:page;border-top:0}
}
`;
