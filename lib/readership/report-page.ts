import { formatDate } from '../site/dates';
import { escapeHtml } from '../outputs/html';
import type { SiteSettings } from '../site/settings';
import {
  FORMATS,
  NO_REFERRER,
  SEARCH_THRESHOLD,
  type EditionFigures,
  type Readership,
} from './tally';

/*
 * The readership report as one accessible web page: figures in tables with headers and
 * captions (sortable by a small script; in their first order without it), and each edition's
 * weeks as an SVG bar chart that names itself and points to the table holding its data.
 */

const FORMAT_NAMES: Record<(typeof FORMATS)[number], string> = {
  magazine: 'Magazine view',
  article: 'Article pages',
  plain: 'Plain view',
  text: 'Text files',
  pdf: 'PDF',
  message: 'Email message file',
};

export function readershipPage(report: Readership, site: SiteSettings): string {
  const title = `${site.name} readership, ${formatDate(report.from)} to ${formatDate(report.to)}`;
  const { editions } = report;
  return `<!doctype html>
<html lang="${escapeHtml(site.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${STYLES}</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p>From the web server's own log: a view is a page or file of an edition that a browser asked for
and got (bots and failed requests left out); readers are distinct pairs of address and browser,
an estimate, counted in memory and never stored. ${report.bots.toLocaleString('en-GB')} requests
from bots were left out.</p>
${table(
  'Every edition',
  ['Edition', 'Views', 'Readers', ...FORMATS.map((format) => FORMAT_NAMES[format])],
  editions.map((edition) => [
    `Edition ${edition.number}: ${edition.title}`,
    edition.views,
    edition.readers,
    ...FORMATS.map((format) => edition.formats[format]),
  ]),
)}
${editions.map(editionSection).join('\n')}
<h2>Where readers came from</h2>
${
  report.referrers.length
    ? table(
        'Sites that linked readers to an edition',
        ['Site', 'Views'],
        report.referrers.map(({ host, views }) => [
          host === NO_REFERRER ? 'No referrer (email apps, bookmarks, typed addresses)' : host,
          views,
        ]),
      )
    : '<p>No views came from a link on another site.</p>'
}
<h2>Addresses that no longer answer</h2>
<p>The magazine's addresses readers asked for that answered "not found" (404: mistyped, or never
there) or "gone" (410: taken down), most asked first, without what followed a question mark.</p>
${
  report.notFound.length
    ? table(
        'Addresses that no longer answer',
        ['Address', 'Answer', 'Times asked'],
        report.notFound.map(({ path, status, count }) => [
          path,
          status === 410 ? '410 gone' : '404 not found',
          count,
        ]),
      )
    : '<p>Every address readers asked for answered.</p>'
}
<h2>What readers searched for</h2>
<p>Only searches that at least ${SEARCH_THRESHOLD} readers made, and that hold nothing that looks
like personal data, are shown.</p>
${
  report.searches.length
    ? table(
        'Searches',
        ['Search', 'Times searched'],
        report.searches.map(({ query, count }) => [query, count]),
      )
    : '<p>No search reached that threshold.</p>'
}
</main>
<script>${SORT_SCRIPT}</script>
</body>
</html>
`;
}

function editionSection(edition: EditionFigures): string {
  const id = `edition-${edition.number}`;
  return `<section aria-labelledby="${id}">
<h2 id="${id}">Edition ${edition.number}: ${escapeHtml(edition.title)}</h2>
<p>Published ${formatDate(edition.published)}: ${edition.views.toLocaleString('en-GB')} views by
about ${edition.readers.toLocaleString('en-GB')} readers.</p>
<div class="pair">
${weekChart(edition, `${id}-weeks`)}
${table(
  'Views week by week',
  ['Week', 'Views'],
  edition.weeks.map(({ week, views }) => [week, views]),
  `${id}-weeks`,
)}
</div>
${table(
  'Articles by page views',
  ['Article', 'Views'],
  edition.articles.map(({ title, views }) => [title, views]),
)}
</section>`;
}

/** The weeks as bars: an image whose description points to the table beside it. */
function weekChart(edition: EditionFigures, tableId: string): string {
  const width = 480;
  const height = 200;
  const weeks = edition.weeks;
  const most = Math.max(1, ...weeks.map((week) => week.views));
  const slot = weeks.length ? (width - 40) / weeks.length : 0;
  const bars = weeks
    .map((week, index) => {
      const barHeight = ((height - 40) * week.views) / most;
      const x = 30 + index * slot;
      return `<rect x="${x.toFixed(1)}" y="${(height - 20 - barHeight).toFixed(1)}" width="${Math.max(1, slot - 2).toFixed(1)}" height="${barHeight.toFixed(1)}"/>`;
    })
    .join('');
  const label = `Views of edition ${edition.number} week by week, from ${weeks[0]?.week ?? 'its publication'} to ${weeks.at(-1)?.week ?? 'the end of the period'}, highest ${most.toLocaleString('en-GB')}; the figures are in the table that follows.`;
  return `<figure>
<svg role="img" aria-label="${escapeHtml(label)}" aria-describedby="${tableId}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">
<line x1="28" y1="${height - 20}" x2="${width - 10}" y2="${height - 20}" class="axis"/>
<text x="0" y="24" class="tick">${most}</text><text x="0" y="${height - 22}" class="tick">0</text>
<g class="bars">${bars}</g>
</svg>
</figure>`;
}

function table(
  caption: string,
  headers: readonly string[],
  rows: readonly (readonly (string | number)[])[],
  id?: string,
): string {
  const head = headers
    .map(
      (header, index) =>
        `<th scope="col"${index > 0 ? ' class="number"' : ''}><button type="button" data-column="${index}">${escapeHtml(header)}</button></th>`,
    )
    .join('');
  const body = rows
    .map(
      (row) =>
        `<tr>${row
          .map((cell, index) =>
            index === 0
              ? `<th scope="row">${escapeHtml(String(cell))}</th>`
              : `<td class="number" data-value="${cell}">${typeof cell === 'number' ? cell.toLocaleString('en-GB') : escapeHtml(cell)}</td>`,
          )
          .join('')}</tr>`,
    )
    .join('\n');
  // A wide table scrolls within its own region on a phone, which the keyboard can reach.
  return `<div class="scroll" role="region" aria-label="${escapeHtml(caption)}" tabindex="0">
<table${id ? ` id="${id}"` : ''} class="sortable">
<caption>${escapeHtml(caption)}</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>
</div>`;
}

const STYLES = `
body{margin:0;background:#faf8f3;color:#1b1b1b;font:1rem/1.5 Georgia,'Times New Roman',serif}
main{max-width:60rem;margin:0 auto;padding:1.5rem 1rem 4rem}
h1,h2,caption,th,button{font-family:system-ui,sans-serif}
h1{font-size:1.75rem;line-height:1.2;color:#0b1d3a}
h2{margin-top:2.5rem;color:#0b1d3a}
table{border-collapse:collapse;margin:1rem 0 2rem;min-width:16rem}
caption{text-align:left;font-weight:600;padding-bottom:.25rem}
th,td{border-bottom:1px solid #d9d4c7;padding:.35rem .75rem .35rem 0;text-align:left;vertical-align:top}
th[scope=row]{font-weight:400}
.number{text-align:right}
th button{all:unset;font:inherit;cursor:pointer;text-decoration:underline dotted}
th button:focus-visible{outline:3px solid #ffd166;outline-offset:2px}
.scroll{max-width:100%;overflow-x:auto}
.scroll:focus-visible{outline:3px solid #ffd166}
.pair{display:flex;flex-wrap:wrap;gap:1rem 2rem;align-items:flex-start}
figure{margin:1rem 0;max-width:100%;overflow-x:auto}
svg{max-width:100%;height:auto}
.bars rect{fill:#12325e}
.axis{stroke:#55595f}
.tick{font:12px system-ui,sans-serif;fill:#55595f}
`;

/**
 * Sorting by a column: each header is a button; the table says which column it is sorted by
 * (aria-sort) so a screen reader hears the order too.
 */
const SORT_SCRIPT = `
document.querySelectorAll('table.sortable').forEach(function(table){
  table.querySelectorAll('th button').forEach(function(button){
    button.addEventListener('click', function(){
      var column = Number(button.dataset.column);
      var header = button.parentElement;
      var descending = header.getAttribute('aria-sort') !== 'descending';
      table.querySelectorAll('th[aria-sort]').forEach(function(th){ th.removeAttribute('aria-sort'); });
      header.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function(a, b){
        var x = a.cells[column], y = b.cells[column];
        var order = x.dataset.value !== undefined
          ? Number(x.dataset.value) - Number(y.dataset.value)
          : x.textContent.localeCompare(y.textContent);
        return descending ? -order : order;
      });
      rows.forEach(function(row){ body.appendChild(row); });
    });
  });
});
`;
