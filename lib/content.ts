import fs from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import { decodeText, splitFrontMatter, type SplitFile } from './front-matter';
import { renderMarkdown, type RenderedMarkdown } from './markdown';
import { ContentError, displayPath, ProblemList } from './problems';
import { articleHelp, articleSchema, checkFrontMatter, editionHelp, editionSchema } from './schema';
import { site } from './site';
import type { Article, ArticleInContext, Edition, Library, MediaFile, Picture } from './types';

export type { Article, ArticleInContext, Edition, MediaFile, Picture } from './types';

/*
 * The one door to the content. Everything under content/ is read, checked and rendered here,
 * once per process; pages, route handlers and tests only call the getters at the bottom.
 */

const EDITION_FILE = 'edition.md';
const ARTICLE_FILE = /^(\d{1,4})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;
const IMAGE_FILE = /\.(png|jpe?g|gif|webp|avif|svg)$/i;
const SAFE_IMAGE_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*\.(png|jpe?g|gif|webp|avif|svg)$/i;
const MAX_SOURCE_BYTES = 1024 * 1024;
/** Addresses under an edition that belong to the site, so no article may take them. */
const RESERVED_SLUGS = new Set(['plain', 'media']);

const CONTENT_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  svg: 'image/svg+xml',
};

/**
 * Reads, checks and renders every edition under `contentDir/editions`. Throws a
 * ContentError listing every problem found when anything is wrong.
 */
export function loadLibrary(contentDir: string): Library {
  const problems = new ProblemList();
  const editionsDir = path.join(contentDir, 'editions');
  const editions: Edition[] = [];
  const media = new Map<number, Map<string, MediaFile>>();
  const numberOwners = new Map<number, { file: string; line: number }>();

  const folders = fs.existsSync(editionsDir)
    ? fs.readdirSync(editionsDir, { withFileTypes: true }).filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    : [];

  for (const folder of folders.map((entry) => entry.name).sort()) {
    const loaded = loadEdition(path.join(editionsDir, folder), problems);
    if (!loaded) continue;
    const { edition, files, numberLine } = loaded;
    const owner = numberOwners.get(edition.number);
    if (owner) {
      problems.add(
        edition.file,
        numberLine,
        `edition number ${edition.number} is already used by ${owner.file}: give this edition its own number`,
      );
      continue;
    }
    numberOwners.set(edition.number, { file: edition.file, line: numberLine });
    editions.push(edition);
    media.set(edition.number, files);
  }

  if (problems.size > 0) throw new ContentError(problems.items);
  editions.sort((a, b) => b.number - a.number);
  const byKey = new Map(editions.map((edition) => [String(edition.number), edition]));
  return { editions, byKey, media };
}

function loadEdition(
  folder: string,
  problems: ProblemList,
): { edition: Edition; files: Map<string, MediaFile>; numberLine: number } | undefined {
  const editionPath = path.join(folder, EDITION_FILE);
  const editionFile = displayPath(editionPath);
  const entries = fs.readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isFile() && !entry.name.startsWith('.'));

  if (!entries.some((entry) => entry.name === EDITION_FILE)) {
    problems.add(displayPath(folder), 1, `this edition folder has no ${EDITION_FILE}: add one with the edition's number, title, published date and summary`);
    return undefined;
  }

  const files = new Map<string, MediaFile>();
  for (const entry of entries) {
    if (!IMAGE_FILE.test(entry.name)) continue;
    if (!SAFE_IMAGE_NAME.test(entry.name)) {
      problems.add(
        displayPath(path.join(folder, entry.name)),
        1,
        'rename this image using only letters, digits, hyphens and underscores before the extension (it becomes part of an address)',
      );
      continue;
    }
    const extension = entry.name.split('.').pop()?.toLowerCase() ?? '';
    files.set(entry.name, { name: entry.name, path: path.join(folder, entry.name), contentType: CONTENT_TYPES[extension] ?? 'application/octet-stream' });
  }

  const split = readMarkdownFile(editionPath, problems);
  const front = split && checkFrontMatter(editionSchema, editionHelp, split, editionFile, problems);
  // Without a valid number the edition cannot be published, but its articles are still
  // checked so that one build reports every problem in the folder.
  const number = front?.number ?? 0;

  const editionUrl = `/editions/${number}`;
  const pictureCache = new Map<string, Omit<Picture, 'alt'> | null>();
  const findPicture = (name: string): Omit<Picture, 'alt'> | undefined => {
    if (!pictureCache.has(name)) pictureCache.set(name, measure(files.get(name), `${editionUrl}/media/${name}`) ?? null);
    return pictureCache.get(name) ?? undefined;
  };
  const picture = (name: string | undefined, alt: string | undefined, file: string, field: string, fields: SplitFile['fields']) => {
    if (name === undefined || alt === undefined) return undefined;
    const found = findPicture(name);
    if (!found) {
      problems.add(file, fields.get(field)?.line ?? 1, `${field} "${name}" is not an image file in this edition's folder: check the file name`);
      return undefined;
    }
    return { ...found, alt };
  };

  const render = (body: string, file: string, firstLine: number) =>
    renderMarkdown(body, { file, firstLine, baseUrl: site.baseUrl, resolveImage: findPicture }, problems);

  const articles = loadArticles(folder, entries.map((entry) => entry.name), number, problems, render, picture);
  if (!split || !front) return undefined;
  const intro = render(split.body, editionFile, split.bodyLine);
  const cover = picture(front.cover, front.coverAlt, editionFile, 'cover', split.fields);
  if (!intro || !articles) return undefined;

  const { cover: _cover, coverAlt: _coverAlt, ...fields } = front;
  const edition: Edition = { ...fields, cover, intro, articles, file: editionFile };
  return { edition, files, numberLine: split.fields.get('number')?.line ?? 1 };
}

type Render = (body: string, file: string, firstLine: number) => RenderedMarkdown | undefined;
type PictureFinder = (
  name: string | undefined,
  alt: string | undefined,
  file: string,
  field: string,
  fields: SplitFile['fields'],
) => Picture | undefined;

function loadArticles(
  folder: string,
  names: readonly string[],
  editionNumber: number,
  problems: ProblemList,
  render: Render,
  picture: PictureFinder,
): Article[] | undefined {
  const before = problems.size;
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
    candidates.push({ order: Number(match[1]), fileSlug: match[2] ?? '', absolute: path.join(folder, name) });
  }
  candidates.sort((a, b) => a.order - b.order || a.fileSlug.localeCompare(b.fileSlug));

  const articles: Article[] = [];
  const slugOwners = new Map<string, string>();
  const orderOwners = new Map<number, string>();

  for (const candidate of candidates) {
    const file = displayPath(candidate.absolute);
    const orderOwner = orderOwners.get(candidate.order);
    if (orderOwner) {
      problems.add(file, 1, `this file has the same order number as ${orderOwner}: renumber one so the reading order is clear`);
    }
    orderOwners.set(candidate.order, file);

    const split = readMarkdownFile(candidate.absolute, problems);
    if (!split) continue;
    const front = checkFrontMatter(articleSchema, articleHelp, split, file, problems);
    // The body is checked even when the front matter is wrong, to report both at once.
    const rendered = render(split.body, file, split.bodyLine);
    if (!front) continue;

    const slug = front.slug ?? candidate.fileSlug;
    const slugLine = split.fields.get('slug')?.line ?? 1;
    if (RESERVED_SLUGS.has(slug)) {
      problems.add(file, slugLine, `"${slug}" is an address the site uses for every edition: choose another slug`);
    }
    const slugOwner = slugOwners.get(slug);
    if (slugOwner) {
      problems.add(file, slugLine, `the slug "${slug}" is already used by ${slugOwner} in this edition: each article needs its own`);
    }
    slugOwners.set(slug, file);

    const image = picture(front.image, front.imageAlt, file, 'image', split.fields);
    if (!rendered) continue;

    const summary = front.summary ?? rendered.firstParagraph;
    if (summary === undefined) {
      problems.add(file, 1, 'this article has no summary and no text: add a summary field or write the article');
      continue;
    }

    const { slug: _slug, image: _image, imageAlt: _imageAlt, summary: _summary, ...fields } = front;
    articles.push({
      ...fields,
      slug,
      summary,
      image,
      editionNumber,
      position: articles.length + 1,
      html: rendered.html,
      plainHtml: rendered.plainHtml,
      text: rendered.text,
      words: rendered.words,
      file,
    });
  }

  return problems.size > before ? undefined : articles;
}

function readMarkdownFile(absolute: string, problems: ProblemList): SplitFile | undefined {
  const file = displayPath(absolute);
  const size = fs.statSync(absolute).size;
  if (size > MAX_SOURCE_BYTES) {
    problems.add(file, 1, `this file is ${Math.round(size / 1024)} KB; the limit is ${MAX_SOURCE_BYTES / 1024} KB. Split it into several articles`);
    return undefined;
  }
  const text = decodeText(fs.readFileSync(absolute), file, problems);
  return text === undefined ? undefined : splitFrontMatter(text, file, problems);
}

function measure(media: MediaFile | undefined, url: string): Omit<Picture, 'alt'> | undefined {
  if (!media) return undefined;
  try {
    const { width, height } = imageSize(fs.readFileSync(media.path));
    if (!width || !height) return undefined;
    return { url, width, height };
  } catch {
    return undefined;
  }
}

let cached: Library | undefined;

/** The folder content is read from: `MASTHEAD_CONTENT_DIR`, or `content/` in the project. */
export function contentDirectory(): string {
  // Content is read while prerendering, not while serving, so the bundler need not trace it.
  return path.resolve(/* turbopackIgnore: true */ process.env.MASTHEAD_CONTENT_DIR ?? path.join(process.cwd(), 'content'));
}

/** The loaded content, read once per process. */
function library(): Library {
  cached ??= loadLibrary(contentDirectory());
  return cached;
}

/** Every edition, newest first. */
export function getEditions(): readonly Edition[] {
  return library().editions;
}

/** The newest edition, or undefined when nothing is published yet. */
export function getLatestEdition(): Edition | undefined {
  return library().editions[0];
}

/**
 * The edition whose number is written exactly as `key` in an address (`9`, never `09`), or
 * undefined.
 */
export function getEdition(key: string): Edition | undefined {
  return library().byKey.get(key);
}

/** An article with its edition and neighbours, or undefined when the address matches nothing. */
export function getArticle(editionKey: string, slug: string): ArticleInContext | undefined {
  const edition = getEdition(editionKey);
  if (!edition) return undefined;
  const index = edition.articles.findIndex((article) => article.slug === slug);
  const article = edition.articles[index];
  if (!article) return undefined;
  return { edition, article, previous: edition.articles[index - 1], next: edition.articles[index + 1] };
}

/** Every image file of every edition, for prerendering their addresses. */
export function getMediaFiles(): { edition: number; file: MediaFile }[] {
  return [...library().media].flatMap(([edition, files]) => [...files.values()].map((file) => ({ edition, file })));
}

/**
 * The bytes and type of an edition's image file named exactly `name`, or undefined. The file
 * is found in the map built while loading, never by joining an address onto a path.
 */
export async function readMediaFile(editionKey: string, name: string): Promise<{ bytes: Uint8Array<ArrayBuffer>; contentType: string } | undefined> {
  const edition = getEdition(editionKey);
  const media = edition ? library().media.get(edition.number)?.get(name) : undefined;
  if (!media) return undefined;
  return { bytes: new Uint8Array(await fs.promises.readFile(media.path)), contentType: media.contentType };
}
