import type { RenderedMarkdown } from './markdown';
import type { ArticleFrontMatter, EditionFrontMatter } from './schema';

/*
 * The objects the site is built from. Their fields come from the front matter schema, with
 * what the loader adds (rendered bodies, measured images, positions) declared here once.
 */

/** An image with the facts a page needs to show it without layout shift. */
export interface Picture {
  url: string;
  alt: string;
  width: number;
  height: number;
}

/** An image file in an edition's folder, served at `/editions/<number>/media/<name>`. */
export interface MediaFile {
  name: string;
  path: string;
  contentType: string;
}

/** One article of an edition, checked and rendered. */
export interface Article extends Omit<ArticleFrontMatter, 'slug' | 'image' | 'imageAlt' | 'summary'> {
  /** Its address within the edition. */
  slug: string;
  /** The summary from the front matter, or else the first paragraph. */
  summary: string;
  image?: Picture;
  /** Number of the edition it belongs to. */
  editionNumber: number;
  /** 1-based place in the edition's reading order. */
  position: number;
  html: string;
  plainHtml: string;
  text: string;
  words: number;
  /** Source file, relative to the project, for messages. */
  file: string;
}

/** One edition with its articles in reading order. */
export interface Edition extends Omit<EditionFrontMatter, 'cover' | 'coverAlt'> {
  cover?: Picture;
  /** The editor's introduction, rendered. */
  intro: RenderedMarkdown;
  articles: readonly Article[];
  /** Source file of edition.md, relative to the project. */
  file: string;
}

/** An article together with its edition and neighbours in reading order. */
export interface ArticleInContext {
  edition: Edition;
  article: Article;
  previous?: Article;
  next?: Article;
}

/** Everything the site publishes, as loaded from one content folder. */
export interface Library {
  /** Editions, newest (highest number) first. */
  editions: readonly Edition[];
  /** Editions keyed by their number as written in an address. */
  byKey: ReadonlyMap<string, Edition>;
  media: ReadonlyMap<number, ReadonlyMap<string, MediaFile>>;
}
