import path from 'node:path';
import { contentDirectory } from '../content/folder';
import { openKeptResults } from '../library/kept-results';
import { loadLibrary } from '../library/load';
import {
  annotation,
  ContentError,
  displayPath,
  formatProblem,
  sortProblems,
  type ContentProblem,
} from '../content/problems';
import type { Edition } from '../content/types';
import { today } from '../content/publishing';
import { formatDate } from '../site/dates';
import { readSiteSettings } from '../content/site-file';
import type { SiteSettings } from '../site/settings';

/*
 * `npm run check`: checks all content with the same loader the build uses, without building.
 * Prints every finding as `path:line:col: error|warning|note: message`, the errors first under
 * their own heading and then the advice, then a one-line summary with the count of each, and
 * exits non-zero when there is any error. With `--format=github` each finding is
 * also printed as a workflow annotation, which a pipeline shows on the line it is about.
 */

const FORMATS = ['text', 'github'];
const formatArgument = process.argv.find((argument) => argument.startsWith('--format='));
const format = formatArgument?.slice('--format='.length) ?? 'text';
if (!FORMATS.includes(format)) {
  console.error(`--format must be one of ${FORMATS.join(', ')}, not "${format}".`);
  process.exit(2);
}

const started = performance.now();
const directory = contentDirectory();
let findings: readonly ContentProblem[];
let counted = '';
let waiting: string[] = [];
try {
  // The magazine's settings first (content/site.yml): the editions are checked against them.
  const site = readSiteSettings(directory);
  // The check finds exactly what the build finds; it only skips producing HTML and text.
  // Editions unchanged since the last check are read from their kept results.
  const library = loadLibrary(directory, site, {
    render: false,
    kept: openKeptResults('check'),
  });
  findings = library.findings;
  waiting = library.editions.flatMap((edition) => waitingLine(edition, site) ?? []);
  const articles = library.editions.reduce((sum, edition) => sum + edition.articles.length, 0);
  counted = `${library.editions.length} editions, ${articles} articles: `;
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  findings = error.problems;
}

const count = (severity: ContentProblem['severity'], word: string) => {
  const n = findings.filter((finding) => finding.severity === severity).length;
  return `${n} ${word}${n === 1 ? '' : 's'}`;
};
// Errors first, under a heading of their own: the one thing that stops publishing must not be
// lost among pieces of advice. Everything goes to standard output, in this order.
const sorted = sortProblems(findings);
const errors = sorted.filter((finding) => finding.severity === 'error');
const advice = sorted.filter((finding) => finding.severity !== 'error');
const sections: [heading: string, items: readonly ContentProblem[]][] = [
  [
    `${count('error', 'error')} ${errors.length === 1 ? 'stops' : 'stop'} this content from being published:`,
    errors,
  ],
  [
    `Advice (${count('warning', 'warning')}, ${count('note', 'note')}), which does not stop publishing:`,
    advice,
  ],
];
for (const [heading, items] of sections) {
  if (items.length === 0) continue;
  console.log(`${heading}\n`);
  for (const finding of items) {
    console.log(formatProblem(finding));
    // Annotations are read from standard output.
    if (format === 'github') console.log(annotation(finding));
  }
  console.log('');
}
const elapsed = Math.round(performance.now() - started);
const summary = `${displayPath(directory)}: ${counted}${count('error', 'error')}, ${count('warning', 'warning')}, ${count('note', 'note')} (${elapsed} ms)`;
if (errors.length > 0) {
  console.log(`${summary}. Fix the errors and run npm run check again.`);
  process.exitCode = 1;
} else {
  console.log(`${summary}.`);
}
if (waiting.length > 0) console.log(`\n${waiting.join('\n')}`);

/**
 * What publishing a draft or scheduled edition would put out: its articles but those held back
 * as drafts, so an editor sees the one switch's effect before making it.
 */
function waitingLine(edition: Edition, site: SiteSettings): string | undefined {
  const scheduled = !edition.draft && edition.published > today(site.timeZone);
  if (!edition.draft && !scheduled) return undefined;
  const out = edition.articles.filter((article) => !article.draft);
  const kept = edition.articles.filter((article) => article.draft);
  const held = kept.length;
  const state = edition.draft
    ? 'is a draft: removing its draft line would publish'
    : `is scheduled for ${formatDate(edition.published)}: that day it publishes`;
  const articles = out.length === 1 ? '1 article' : `${out.length} articles`;
  return `Edition ${edition.number} (${edition.title}) ${state} ${articles}${out.length ? ` (${out.map((article) => article.title).join('; ')})` : ''}${held ? `, and keeps ${held === 1 ? 'one' : held} back as ${held === 1 ? 'a draft' : 'drafts'} (${kept.map((article) => path.basename(article.file)).join(', ')})` : ''}.`;
}
