import type { Root } from 'mdast';
import type { ContentProblem } from './problems';
import type { ArticleFrontMatter, EditionFrontMatter } from './schema';
import type { SiteSettings } from '../site/settings';

/*
 * The objects the site is built from. Their fields come from the front matter schema, with
 * what the loader adds (rendered bodies, measured images, positions) declared here once.
 */

/** A Markdown body rendered once into every form the site needs. */
export interface RenderedMarkdown {
  /** Sanitised HTML for the magazine and article views. */
  html: string;
  /**
   * The same HTML for the plain view, where the body sits under an article heading: each
   * image is replaced by its alt text and every heading moves one level down.
   */
  plainViewHtml: string;
  /** Wrapped plain text for the text files. */
  text: string;
  /** Text of the first paragraph, the summary when none is given. */
  firstParagraph: string | undefined;
  /** Number of words, for reading-time estimates. */
  words: number;
  /**
   * The checked syntax tree, for outputs that lay the body out themselves (the PDF edition):
   * rich blocks shaped, images resolved (each naming its file in `data.file`), footnotes as
   * written, and no source positions, which nothing after the checks needs.
   */
  tree: Root;
}

/** The site's settings that reading and checking content depends on. */
export type LoaderSettings = Pick<
  SiteSettings,
  'baseUrl' | 'emailDomains' | 'phoneNumbers' | 'timeZone'
>;

/** An image with the facts a page needs to show it without layout shift. */
export interface Picture {
  url: string;
  alt: string;
  width: number;
  height: number;
  /** Whether pages ask Next's optimiser for resized copies (see shouldOptimise in lib/markdown/images.ts). */
  optimise: boolean;
}

/** An image file in an edition's folder, served at `/editions/<number>/media/<name>`. */
export interface MediaFile {
  name: string;
  path: string;
  contentType: string;
}

/**
 * One article of an edition, checked and rendered. `cleared` is left out on purpose: an
 * editor's note about reviewed personal data must never reach a page.
 */
export interface Article extends Omit<
  ArticleFrontMatter,
  'slug' | 'image' | 'imageAlt' | 'summary' | 'cleared' | 'draft' | 'aliases' | 'changes'
> {
  /** Its address within the edition. */
  slug: string;
  /** Kept out of every public output while true. */
  draft: boolean;
  /** Former slugs, which redirect to this article. */
  aliases: readonly string[];
  /**
   * What the article is about, where a summary is needed (cards, contents, feeds, email): the
   * summary from the front matter, or else the first sentence of the first paragraph.
   */
  summary: string;
  /** The summary as the editor wrote it, shown under the headline; none when not written. */
  standfirst?: string;
  /** Corrections and updates, newest first. */
  changes: readonly Change[];
  /** The date of the newest change, when there is one: the article's modification date. */
  updated?: string;
  image?: Picture;
  /** Number of the edition it belongs to. */
  editionNumber: number;
  /** 1-based place in the edition's reading order, counting only what the reader can see. */
  position: number;
  /** The article's text, rendered: the same shape as an edition's `intro`. */
  body: RenderedMarkdown;
  /** The files of the edition's folder it shows (its image and those in its body). */
  shows: readonly string[];
  /** Source file, relative to the project, for messages. */
  file: string;
}

/** One edition with its articles in reading order. */
export interface Edition extends Omit<
  EditionFrontMatter,
  'cover' | 'coverAlt' | 'draft' | 'aliases' | 'removed'
> {
  cover?: Picture;
  /** Kept out of every public output while true. */
  draft: boolean;
  /** True while the publication date is still to come (set when the edition is looked up). */
  scheduled: boolean;
  /** Former numbers, which redirect to this edition. */
  aliases: readonly number[];
  /** Articles taken down: their addresses answer 410 Gone. */
  removed: readonly Takedown[];
  /** The files of its folder the edition itself shows (its cover and the introduction's). */
  shows: readonly string[];
  /** The editor's introduction, rendered. */
  intro: RenderedMarkdown;
  articles: readonly Article[];
  /** Source file of edition.md, relative to the project. */
  file: string;
}

/** An article taken down: its slug, and the day it was taken down when the editor gave it. */
export interface Takedown {
  slug: string;
  date?: string;
}

/** A correction or update to an article. */
type Change = NonNullable<ArticleFrontMatter['changes']>[number];

/** An article with the edition it appeared in: what every list of articles is made of. */
export interface ArticleEntry {
  edition: Edition;
  article: Article;
}

/** Every article of `editions` with its edition, in the editions' order and reading order. */
export function articleEntries(editions: readonly Edition[]): ArticleEntry[] {
  return editions.flatMap((edition) => edition.articles.map((article) => ({ edition, article })));
}

/** An article together with its edition and neighbours in reading order. */
export interface ArticleInContext extends ArticleEntry {
  previous?: Article;
  next?: Article;
}

/** Everything in one content folder, drafts and scheduled editions included. */
export interface Library {
  /** Editions, newest (highest number) first. */
  editions: readonly Edition[];
  /** Editions keyed by their number as written in an address. */
  byKey: ReadonlyMap<string, Edition>;
  /** Editions keyed by a former number, for redirects. */
  byAlias: ReadonlyMap<string, Edition>;
  media: ReadonlyMap<number, ReadonlyMap<string, MediaFile>>;
  /** Warnings and notes found while loading; errors are thrown, or reported in `leftOut`. */
  findings: readonly ContentProblem[];
  /** Edition folders left out for their errors (only when loaded with `leaveOutBroken`). */
  leftOut: readonly LeftOut[];
}

/** An edition folder left out of a preview because of its errors. */
export interface LeftOut {
  /** The folder, relative to the project, with forward slashes. */
  folder: string;
  /** Its errors and warnings, in file order. */
  problems: readonly ContentProblem[];
}
