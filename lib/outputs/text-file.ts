import type { Article, Edition } from '../library/getters';
import { eventWhen } from './calendar';
import { formatDate } from '../site/dates';
import { TEXT_WIDTH, underline, wrap } from '../markdown/to-text';
import { inSentence, type SiteSettings } from '../site/settings';
import { articlePath, editionPath, pdfPath } from '../site/urls';

/**
 * The whole edition as one plain-text document for email, print and screen readers: the
 * edition's title and introduction, a contents list, then every article with its title
 * underlined, its byline and its body. Lines wrap at 78 columns.
 */
export function editionTextFile(edition: Edition, site: SiteSettings): string {
  const heading = `${site.name} · Edition ${edition.number} · ${edition.title}`;
  const lines: string[] = [
    ...underline(heading, '='),
    `Published ${formatDate(edition.published)} by ${inSentence(site.publisher)}`,
    `Online: ${site.baseUrl}${editionPath(edition.number)}`,
    `PDF: ${site.baseUrl}${pdfPath(edition.number)}`,
    '',
    ...wrap(edition.summary),
  ];
  if (edition.intro.text.trim() !== '') lines.push('', edition.intro.text);

  lines.push('', ...underline('Contents', '-'), '');
  for (const article of edition.articles) {
    const label = `${article.position}. `;
    const title = article.withdrawn ? `${article.title} [withdrawn]` : article.title;
    const entry = article.section ? `${title} (${article.section})` : title;
    lines.push(
      ...wrap(entry, TEXT_WIDTH - label.length).map(
        (line, index) => (index === 0 ? label : ' '.repeat(label.length)) + line,
      ),
    );
  }

  for (const article of edition.articles) {
    lines.push('', '', '='.repeat(TEXT_WIDTH), '', ...articleToText(article, site));
  }
  lines.push(
    '',
    '',
    '='.repeat(TEXT_WIDTH),
    '',
    ...wrap(`End of ${site.name} edition ${edition.number}.`),
  );
  return `${lines.join('\n')}\n`;
}

/** One article on its own as a text file: the publication and edition, then the article. */
export function articleTextFile(article: Article, edition: Edition, site: SiteSettings): string {
  const lines = [
    ...wrap(
      `${site.name} · Edition ${edition.number} · ${edition.title} · Published ${formatDate(edition.published)}`,
    ),
    `The whole edition: ${site.baseUrl}${editionPath(edition.number)}`,
    '',
    '='.repeat(TEXT_WIDTH),
    '',
    ...articleToText(article, site),
  ];
  return `${lines.join('\n')}\n`;
}

/** One article in the text form used by the edition's text file. */
function articleToText(article: Article, site: SiteSettings): string[] {
  const lines: string[] = [];
  if (article.section) lines.push(article.section.toUpperCase(), '');
  lines.push(...underline(article.title, '='));
  const byline = bylineText(article);
  if (byline) lines.push(...wrap(byline));
  if (article.updated) lines.push(`Updated ${formatDate(article.updated)}`);
  lines.push(`Online: ${site.baseUrl}${articlePath(article.editionNumber, article.slug)}`);
  if (article.withdrawn) {
    const { date, reason } = article.withdrawn;
    lines.push('', ...wrap(`WITHDRAWN on ${formatDate(date)}: ${reason}`));
  }
  lines.push('', article.body.text);
  if (article.events?.length) lines.push('', ...eventsText(article));
  if (article.changes.length > 0) lines.push('', ...changesText(article));
  return lines;
}

/** Corrections and updates, newest first, under their own heading. */
function changesText(article: Pick<Article, 'changes'>): string[] {
  return [
    ...underline('Corrections and updates', '-'),
    ...article.changes.flatMap((change) => [
      '',
      ...wrap(`${formatDate(change.date)}: ${change.note}`),
    ]),
  ];
}

/** "By Jane Doe, Programme Director", or undefined when the article is unsigned. */
export function bylineText(article: Pick<Article, 'author' | 'role'>): string | undefined {
  if (!article.author) return undefined;
  return article.role ? `By ${article.author}, ${article.role}` : `By ${article.author}`;
}

/**
 * An article's events as a list: each event's title, then its day and times, place and
 * registration on lines of their own (not one line of clauses strung together with colons).
 */
function eventsText(article: Pick<Article, 'events'>): string[] {
  const marker = '• ';
  const indent = ' '.repeat(marker.length);
  const width = TEXT_WIDTH - marker.length;
  return [
    ...underline('Dates for your diary', '-'),
    ...(article.events ?? []).flatMap((event) => [
      '',
      ...wrap(event.title, width).map((line, index) => (index === 0 ? marker : indent) + line),
      ...[
        eventWhen(event),
        event.place && `Place: ${event.place}`,
        event.registration && `Register: ${event.registration}`,
      ]
        .filter((line): line is string => Boolean(line))
        .flatMap((line) => wrap(line, width).map((part) => indent + part)),
    ]),
  ];
}
