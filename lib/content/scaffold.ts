import { slugify } from '../site/slug';

/*
 * Templates for new editions and articles. Each field is explained in a comment beside it,
 * so an editor can fill in a file without opening the guide. Everything here passes
 * `npm run check` as it stands.
 */

/** A file to create, relative to the content folder's `editions/` directory. */
export interface ScaffoldFile {
  path: string;
  text: string;
}

/** The season a date falls in, for naming an edition's folder ("winter-2026"). */
export function seasonOf(isoDate: string): string {
  const month = Number(isoDate.slice(5, 7));
  const season =
    month <= 2 || month === 12
      ? 'winter'
      : month <= 5
        ? 'spring'
        : month <= 8
          ? 'summer'
          : 'autumn';
  return `${season}-${isoDate.slice(0, 4)}`;
}

/** A season's name as a title: "winter-2026" → "Winter 2026". */
export function seasonTitle(isoDate: string): string {
  return seasonOf(isoDate)
    .replace(/^./, (first) => first.toUpperCase())
    .replace('-', ' ');
}

/** The first day of the season after the one `isoDate` falls in (winter begins in December). */
function nextSeasonStart(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  if (month === 12) return `${year + 1}-03-01`;
  if (month <= 2) return `${year}-03-01`;
  if (month <= 5) return `${year}-06-01`;
  if (month <= 8) return `${year}-09-01`;
  return `${year}-12-01`;
}

/**
 * The next edition's title and date: the season of today, or of the newest edition's date when
 * that is later, moved on a season at a time until no edition has that title. So a quarterly
 * made in the same season as the last one is named for the next season ("Autumn 2026" is
 * followed by "Winter 2026", dated the first of December), never a second "Autumn 2026".
 */
export function planNextEdition(
  editions: readonly { title: string; published: string }[],
  today: string,
): { title: string; published: string } {
  const titles = new Set(editions.map((edition) => edition.title.trim().toLowerCase()));
  const newest = editions.reduce(
    (latest, edition) => (edition.published > latest ? edition.published : latest),
    today,
  );
  let published = newest;
  while (titles.has(seasonTitle(published).toLowerCase())) published = nextSeasonStart(published);
  return { title: seasonTitle(published), published };
}

/** Quotes a value for YAML front matter as a double-quoted string. */
function quoted(value: string): string {
  return JSON.stringify(value);
}

/**
 * Sentences of the templates below that no finished article keeps: a public edition that still
 * holds one stops the check (lib/library/edition.ts), so a template is never published by mistake.
 * Each fits on one line of a template, where the check looks for it.
 */
export const PLACEHOLDERS: readonly string[] = [
  'in a sentence or two.',
  "The editor's introduction: a few short paragraphs",
  'Start with the most important point.',
  "The programme director's update.",
  'The news, most important first.',
  'Say at the start that names and details have been changed.',
  'Films, infographics and guides.',
  'Upcoming events, with how to book.',
  'What the person said, in their own words.',
  'A quote from someone who uses the new tool or service.',
  'VIDEO_ID',
  'What is said in the video, word for word.',
  'Words worth repeating from the case, in a sentence.',
  'The three facts a reader should leave with.',
  'Title of the event',
];

/** How an article's draft line reads: its own switch, or following its edition's. */
const DRAFT_LINES = {
  own: 'draft: true  # Kept off the public site until you remove this line or write false.',
  followsEdition:
    '# draft: true  # Articles are published with their edition; this keeps one back.',
};

/** The front matter comment lines that explain the article fields. */
function articleFrontMatter(
  title: string,
  section: string,
  summary: string,
  draft: keyof typeof DRAFT_LINES = 'own',
  extra: readonly string[] = [],
): string {
  return [
    '---',
    `title: ${quoted(title)}  # The headline, in double quotes. It is the page's only top-level heading.`,
    `summary: ${quoted(summary)}`,
    '# summary: one or two sentences shown on contents pages and under the title.',
    `section: ${quoted(section)}`,
    '# section: the label above the headline, e.g. "Strategic Update", "News", "Case Study", "Events".',
    '# author: "Jane Doe"            # Who wrote it; shown as the byline. Remove the # to use it.',
    '# role: "Programme Director"    # The author\'s role; needs an author.',
    '# tags: [training, partnerships] # Short labels, in square brackets.',
    '# image: photo.jpg              # A picture in this folder, shown under the title...',
    '# imageAlt: "What it shows"     # ...with a description for people who cannot see it.',
    '# slug: new-address             # Changes the address from the one in the file name.',
    '# aliases: [old-address]        # Former addresses, which then redirect here.',
    '# cleared: [{ value: "a number as written", reason: "Who reviewed it, and why it may stay" }]',
    ...extra,
    DRAFT_LINES[draft],
    '---',
  ].join('\n');
}

/** A new article with its fields explained; the body says what belongs in it. */
export function articleTemplate(title: string, section = 'News'): string {
  return `${articleFrontMatter(title, section, `What the article says, in a sentence or two.`, 'followsEdition')}

Start with the most important point. Keep sentences short and write for someone who has never
heard of the programme.

## A sub-heading

Use two hash marks for sections and three for sub-sections. A quote with its attribution looks
like this:

> What the person said, in their own words.
>
> — Their name, their role
`;
}

/** The articles every edition usually has, one template for each. */
const EDITION_ARTICLES: readonly {
  slug: string;
  title: string;
  section: string;
  body: string;
  /** Front matter lines of its own, given the edition's publication date. */
  frontMatter?: (publishedOn: string) => string[];
}[] = [
  {
    slug: 'director-update',
    title: 'Strategic update',
    section: 'Strategic Update',
    body: `The programme director's update. Say what has changed this quarter and what comes next.

## What we achieved

Two or three short paragraphs, or a numbered list.

## What comes next

Sign off with a line break after the name (end the line with a backslash):

Jane Doe\\
Programme Director
`,
  },
  {
    slug: 'news',
    title: 'News',
    section: 'News',
    body: `The news, most important first.

## What people said

> A quote from someone who uses the new tool or service.
>
> — Their name, their role
`,
  },
  {
    slug: 'case-study',
    title: 'Case study',
    section: 'Case Study',
    body: `Say at the start that names and details have been changed.

## Background

How the case began.

## What happened

### The first step

Use sub-headings for the stages of the case.

<!-- A pull quote sets a sentence apart; the line starting with a dash names who said it. -->
:::pullquote
Words worth repeating from the case, in a sentence.

— Their name, their role
:::

## Outcome

What changed for the people involved.

<!-- A callout boxes the facts a reader should take away; its title goes in the brackets. -->
:::callout[Key facts]
- The three facts a reader should leave with.
:::
`,
  },
  {
    slug: 'watch-and-read',
    title: 'Watch and read',
    section: 'Resources',
    body: `Films, infographics and guides. Link words that say what each one is:

- [Name of the guide](https://www.example.org/guide): who it is for.

<!-- A YouTube or Vimeo address alone on its line becomes a video that loads only when played. -->
https://www.youtube.com/watch?v=VIDEO_ID

<!-- Every video needs what is said in it, for readers who cannot hear or watch it. -->
:::transcript
What is said in the video, word for word.
:::
`,
  },
  {
    slug: 'events',
    title: 'Events',
    section: 'Events',
    body: `Upcoming events, with how to book. The events listed at the top of this file are shown
with their date, time and place, and each can be added to a calendar.
`,
    // Events in the front matter, not a table: each gets its calendar file.
    frontMatter: (publishedOn) => [
      '# events: each with a date (YYYY-MM-DD); times in quotes; place and registration optional.',
      'events:',
      '  - title: "Title of the event"',
      `    date: ${addDays(publishedOn, 28)}`,
      '    start: "10:00"',
      '    end: "13:00"',
      '    place: "Where it is"',
      '    registration: "https://www.example.org/book"',
    ],
  },
];

/**
 * The files for a new draft edition: `edition.md` and one template article per common section,
 * each published with the edition (one switch: the edition's draft line).
 */
export function editionTemplate(
  number: number,
  publishedOn: string,
  title: string = seasonTitle(publishedOn),
): { folder: string; files: ScaffoldFile[] } {
  const folder = `${String(number).padStart(2, '0')}-${slugify(title) || seasonOf(publishedOn)}`;
  const edition = `---
number: ${number}  # The edition's number and address (/editions/${number}). Whole number, no quotes.
title: ${quoted(title)}  # The edition's title, in double quotes.
published: ${publishedOn}  # The publication date, YYYY-MM-DD. A future date keeps it hidden until that day.
summary: "What this edition covers, in a sentence or two."
# summary: shown on the home page and in the archive.
# cover: cover.png          # The cover image in this folder; portrait (4:5) works best...
# coverAlt: "What it shows" # ...with a description for people who cannot see it.
draft: true  # Kept off the public site until you remove this line or write false.
---

The editor's introduction: a few short paragraphs on what is in this edition.
`;
  const files: ScaffoldFile[] = [{ path: `${folder}/edition.md`, text: edition }];
  EDITION_ARTICLES.forEach((article, index) => {
    const order = String(index + 1).padStart(2, '0');
    files.push({
      path: `${folder}/${order}-${article.slug}.md`,
      // A new edition's articles follow it: publishing the edition publishes them.
      text: `${articleFrontMatter(article.title, article.section, `What the ${article.title.toLowerCase()} says, in a sentence or two.`, 'followsEdition', article.frontMatter?.(publishedOn))}\n\n${article.body}`,
    });
  });
  return { folder, files };
}

/** The day `days` after `day` (YYYY-MM-DD). */
function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The next order prefix in an edition folder, given its file names ("03" after "02-x.md"). */
export function nextOrder(names: readonly string[]): string {
  const orders = names
    .map((name) => /^(\d{1,4})-.*\.md$/.exec(name)?.[1])
    .filter((order) => order !== undefined);
  const width = Math.max(2, ...orders.map((order) => order.length));
  const next = Math.max(0, ...orders.map(Number)) + 1;
  return String(next).padStart(width, '0');
}
