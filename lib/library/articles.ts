import path from 'node:path';
import { firstSentence } from '../content/content-design';
import type { SplitFile } from '../content/front-matter';
import type { Showing } from '../content/pictures';
import { displayPath, type ProblemList } from '../content/problems';
import { heldBackMessage, today } from '../content/publishing';
import {
  articleHelp,
  articleSchema,
  checkFrontMatter,
  type ArticleFrontMatter,
} from '../content/schema';
import { lineOf, readMarkdownFile, type Placeholders } from '../content/source-file';
import type { Article, LoaderSettings, Picture, RenderedMarkdown } from '../content/types';
import { RESERVED_SLUGS } from '../site/routes';
import { articleIdPrefix } from '../site/urls';

/*
 * An edition's article files into Articles: named NN-slug.md, each address (slug and aliases)
 * claimed once, dates of corrections checked, a summary found.
 */

/** The edition's own file in its folder. */
export const EDITION_FILE = 'edition.md';
const ARTICLE_FILE = /^(\d{1,4})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;

/** A body of the edition to render: `draft` when its article is a draft. */
interface BodyToRender {
  body: string;
  file: string;
  firstLine: number;
  draft: boolean;
  /** What every id in the rendered body starts with. */
  idPrefix: string;
  /** Who signed the wording off, and when: an article's `approved:`. */
  approved?: string;
  /** Filled in: the files the body shows. */
  shows: Set<string>;
}

/** Renders a body of the edition (the edition's own draft status is known). */
export type BodyRenderer = (request: BodyToRender) => RenderedMarkdown | undefined;

/** A picture field (`cover`, `image`) to resolve: `name` is its file, `line` where it stands. */
interface PictureField {
  name: string | undefined;
  alt: string | undefined;
  file: string;
  line: number;
  field: string;
  draft: boolean;
  /** Filled in: the file, when found. */
  shows: Set<string>;
}

/** Finds a picture field's file and reports a missing one at its line. */
export type PictureFinder = (field: PictureField) => Picture | undefined;

/** What loading an edition's articles needs from the edition. */
export interface ArticleContext {
  number: number;
  /** Whether the edition is a draft (so none of its articles is public). */
  draft: boolean;
  settings: LoaderSettings;
  problems: ProblemList;
  /** The edition's publication date, when its front matter gave a valid one. */
  published: string | undefined;
  /** Slugs the edition lists as taken down, which no article may still have. */
  removed: ReadonlySet<string>;
  render: BodyRenderer;
  picture: PictureFinder;
  placeholders: Placeholders;
  /** The words of the edition's SVGs, which an article's clearances may be for. */
  pictureTexts: readonly string[];
  /** Filled in: what each public article shows, with the values it has cleared. */
  showings: Showing[];
}

/**
 * The articles among the edition folder's `names`, in reading order, each read, checked and
 * rendered; undefined when any of them has an error.
 */
export function loadArticles(
  folder: string,
  names: readonly string[],
  context: ArticleContext,
): Article[] | undefined {
  const { problems } = context;
  const before = problems.errorCount;
  const candidates: { order: number; fileSlug: string; absolute: string }[] = [];

  for (const name of names) {
    if (!name.endsWith('.md') || name === EDITION_FILE) continue;
    const match = ARTICLE_FILE.exec(name);
    if (!match) {
      problems.add(
        displayPath(path.join(folder, name)),
        1,
        'article files are named NN-slug.md, e.g. 02-new-tool.md: a number for the order, then lower-case words joined by hyphens',
      );
      continue;
    }
    candidates.push({
      order: Number(match[1]),
      fileSlug: match[2] ?? '',
      absolute: path.join(folder, name),
    });
  }
  candidates.sort((a, b) => a.order - b.order || (a.fileSlug < b.fileSlug ? -1 : 1));

  const articles: Article[] = [];
  const addresses = new Map<string, string>();
  const orders = new Map<number, string>();
  const claim = (address: string, file: string, line: number, what: string) => {
    const owner = addresses.get(address);
    if (RESERVED_SLUGS.has(address)) {
      problems.add(
        file,
        line,
        `"${address}" is an address the site uses for every edition: choose another ${what}`,
      );
    } else if (context.removed.has(address)) {
      problems.add(
        file,
        line,
        `the ${what} "${address}" is listed under removed in ${EDITION_FILE}: to take this article down, delete this file; to keep it, take "${address}" out of removed`,
      );
    } else if (owner) {
      const whose = owner === file ? 'this article' : owner;
      problems.add(
        file,
        line,
        `the ${what} "${address}" is already the slug or an alias of ${whose} in this edition: each address leads to one article`,
      );
    }
    addresses.set(address, file);
  };

  for (const candidate of candidates) {
    const file = displayPath(candidate.absolute);
    const orderOwner = orders.get(candidate.order);
    if (orderOwner)
      problems.add(
        file,
        1,
        `this file has the same order number as ${orderOwner}: renumber one so the reading order is clear`,
      );
    orders.set(candidate.order, file);

    const split = readMarkdownFile({
      absolute: candidate.absolute,
      settings: context.settings,
      problems,
      placeholders: context.placeholders,
      editionDraft: context.draft,
      pictureTexts: context.pictureTexts,
    });
    if (!split) continue;
    const front = checkFrontMatter(articleSchema, articleHelp, split, file, problems);
    // The body is checked even when the front matter is wrong, to report both at once.
    const slug = front?.slug ?? candidate.fileSlug;
    const shows = new Set<string>();
    const rendered = context.render({
      body: split.body,
      file,
      firstLine: split.bodyLine,
      draft: front?.draft ?? false,
      idPrefix: articleIdPrefix(slug),
      shows,
      approved: typeof split.data.approved === 'string' ? split.data.approved : undefined,
    });
    if (!front) continue;

    claim(slug, file, lineOf(split, 'slug'), 'slug');
    for (const alias of front.aliases ?? []) claim(alias, file, lineOf(split, 'aliases'), 'alias');

    checkChangeDates(front, split, file, context);
    const image = context.picture({
      name: front.image,
      alt: front.imageAlt,
      file,
      line: lineOf(split, 'image'),
      field: 'image',
      draft: front.draft ?? false,
      shows,
    });
    if (!context.draft && !front.draft)
      context.showings.push({ shows, cleared: front.cleared ?? [] });
    // A forgotten draft line is the one mistake that reaches readers unnoticed: say so.
    if (!context.draft && front.draft)
      problems.note(
        file,
        lineOf(split, 'draft') ?? 1,
        heldBackMessage(path.basename(file), context.number) +
          ': remove its draft line to publish it with the edition',
      );
    if (!rendered) continue;

    // Where a summary is needed (cards, contents, feeds, email), an article without one is
    // summed up by its first sentence; its page then opens with its body, not a standfirst.
    const summary =
      front.summary ??
      (rendered.firstParagraph === undefined ? undefined : firstSentence(rendered.firstParagraph));
    if (summary === undefined) {
      problems.add(
        file,
        1,
        'this article has no summary and no text: add a summary field or write the article',
      );
      continue;
    }
    if (front.summary === undefined && !context.draft && !front.draft) {
      problems.warn(
        file,
        lineOf(split, 'title'),
        `there is no summary, so cards, contents, feeds and the email use the first sentence: "${summary}". Add a summary of a sentence or two if that does not say what the article is about`,
      );
    }

    const {
      slug: _slug,
      image: _image,
      imageAlt: _imageAlt,
      summary: _summary,
      cleared: _cleared,
      approved: _approved,
      draft,
      aliases,
      changes,
      ...fields
    } = front;
    const newestFirst = [...(changes ?? [])].sort((a, b) => (a.date < b.date ? 1 : -1));
    articles.push({
      ...fields,
      slug,
      summary,
      ...(front.summary === undefined ? {} : { standfirst: front.summary }),
      changes: newestFirst,
      updated: newestFirst[0]?.date,
      shows: [...shows],
      image,
      draft: draft ?? false,
      aliases: aliases ?? [],
      editionNumber: context.number,
      position: articles.length + 1,
      body: rendered,
      file,
    });
  }

  return problems.errorCount > before ? undefined : articles;
}

/**
 * A correction or a withdrawal is dated on or after the edition's publication, and not after
 * today: a date outside that range is a typing mistake that would misdate the article.
 */
function checkChangeDates(
  front: Pick<ArticleFrontMatter, 'changes' | 'withdrawn'>,
  split: SplitFile,
  file: string,
  context: ArticleContext,
): void {
  const todayDate = today(context.settings.timeZone);
  const dated = [
    ...(front.changes ?? []).map((change, index) => ({
      date: change.date,
      what: `change ${index + 1}`,
      hint: 'write the date the change was made',
      path: ['changes', index, 'date'],
    })),
    ...(front.withdrawn
      ? [
          {
            date: front.withdrawn.date,
            what: 'the withdrawal',
            hint: 'write the date the article was withdrawn',
            path: ['withdrawn', 'date'],
          },
        ]
      : []),
  ];
  for (const { date, what, hint, path: at } of dated) {
    const line = split.positionOf(at)?.line ?? lineOf(split, String(at[0]));
    if (context.published !== undefined && date < context.published) {
      context.problems.add(
        file,
        line,
        `the date of ${what}, ${date}, is before the edition was published (${context.published}): ${hint}`,
      );
    } else if (date > todayDate) {
      context.problems.add(
        file,
        line,
        `the date of ${what}, ${date}, is in the future: ${hint}, today at the latest`,
      );
    }
  }
}
