import fs from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import { LONG_OPENING_WORDS, wordCount } from './content-design';
import { cleanPicture, gpsPosition, isTurned, pictureText } from './picture-metadata';
import { cleanSvg, MAX_SVG_ELEMENTS, svgElementCount, svgText } from './svg';
import { decodeText, splitFrontMatter, type SplitFile } from './front-matter';
import { scanSensitiveText, type Clearance } from './guardrails';
import { PLACEHOLDERS } from './scaffold';
import { shouldOptimise } from '../markdown/images';
import { didYouMean, renderMarkdown, type RenderedMarkdown } from '../markdown/render';
import {
  closestName,
  ContentError,
  displayPath,
  ProblemList,
  sortProblems,
  type ContentProblem,
} from './problems';
import type { KeptResults } from './kept-results';
import { today } from './publishing';
import {
  articleHelp,
  articleSchema,
  checkFrontMatter,
  editionHelp,
  editionSchema,
  type ArticleFrontMatter,
} from './schema';
import type { SiteSettings } from '../site/settings';
import { articleIdPrefix, EDITION_VIEWS, introIdPrefix, mediaPath } from '../site/urls';
import type { Article, Edition, LeftOut, Library, MediaFile, Picture } from './types';

/*
 * Reads, checks and renders a content folder in one pass. This is the only module that
 * touches the content on disk; getters.ts serves what it loads to the rest of the site.
 */

const EDITION_FILE = 'edition.md';
const ARTICLE_FILE = /^(\d{1,4})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;
const IMAGE_FILE = /\.(png|jpe?g|gif|webp|avif|svg)$/i;
const SAFE_IMAGE_NAME =
  /^[A-Za-z0-9][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*\.(png|jpe?g|gif|webp|avif|svg)$/i;
const MAX_SOURCE_BYTES = 1024 * 1024;
/** Addresses under an edition that belong to the site, so no article may take them. */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set(Object.values(EDITION_VIEWS));

const CONTENT_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  svg: 'image/svg+xml',
};

/** The settings the loader needs from the site. */
export type LoaderSettings = Pick<
  SiteSettings,
  'baseUrl' | 'emailDomains' | 'phoneNumbers' | 'timeZone'
>;

/** How much to do. */
export interface LoadOptions {
  /**
   * False to check without rendering (`npm run check`): the same problems are found, but
   * articles come back without HTML or text, so such a library must never be served.
   */
  render?: boolean;
  /**
   * True to leave out each edition whose folder has an error, and return the rest with the
   * errors in `leftOut`, instead of throwing. For previewing while an editor is still fixing
   * one edition: the others keep working. A build never does this.
   */
  leaveOutBroken?: boolean;
  /**
   * Where each edition's result is kept between runs, by a hash of what it is made from: an
   * edition whose files, settings and code have not changed is read, not parsed again.
   */
  kept?: KeptResults;
}

/**
 * Reads, checks and renders every edition under `contentDir/editions`, drafts included.
 * Throws a ContentError listing every problem (and the warnings found on the way) when
 * anything would stop publication; otherwise returns the library with its warnings.
 */
export function loadLibrary(
  contentDir: string,
  settings: LoaderSettings,
  options: LoadOptions = {},
): Library {
  const problems = new ProblemList();
  const folders = listEditionFolders(contentDir);
  const everyLoaded = folders.flatMap(
    (folder) => keptEdition(folder, { ...settings, ...options }, problems) ?? [],
  );
  options.kept?.removeUnused();
  checkEditionNumbers(everyLoaded, problems);
  const leftOut = problems.errorCount > 0 ? brokenFolders(folders, problems.items) : [];
  const keep = options.leaveOutBroken && leftOut.length > 0;
  if (problems.errorCount > 0 && !keep) throw new ContentError(problems.items);

  const broken = leftOut.map((item) => `${item.folder}/`);
  const loaded = everyLoaded.filter(
    (item) => !broken.some((prefix) => item.edition.file.startsWith(prefix)),
  );
  const editions = loaded.map((item) => item.edition).sort((a, b) => b.number - a.number);
  return {
    editions,
    byKey: new Map(editions.map((edition) => [String(edition.number), edition])),
    byAlias: new Map(
      editions.flatMap((edition) =>
        edition.aliases.map((alias) => [String(alias), edition] as const),
      ),
    ),
    media: new Map(loaded.map((item) => [item.edition.number, item.files])),
    findings: sortProblems(problems.items.filter((problem) => problem.severity !== 'error')),
    leftOut,
  };
}

/**
 * The edition folders with at least one error, each with its findings (errors and warnings) in
 * file order. Every error is in a file inside some edition's folder, since that is all the
 * loader reads; should one not be, the result is empty and the caller throws as a build would.
 */
function brokenFolders(folders: readonly string[], found: readonly ContentProblem[]): LeftOut[] {
  const named = folders.map((folder) => displayPath(folder));
  const folderOf = (file: string) =>
    named.find((folder) => file === folder || file.startsWith(`${folder}/`));
  const errors = found.filter((problem) => problem.severity === 'error');
  if (errors.some((problem) => folderOf(problem.file) === undefined)) return [];
  const broken = new Set(errors.map((problem) => folderOf(problem.file)));
  return named
    .filter((folder) => broken.has(folder))
    .map((folder) => ({
      folder,
      problems: sortProblems(found.filter((problem) => folderOf(problem.file) === folder)),
    }));
}

/** The edition folders under `contentDir/editions`, as absolute paths in name order. */
function listEditionFolders(contentDir: string): string[] {
  const editionsDir = path.join(contentDir, 'editions');
  if (!fs.existsSync(editionsDir)) return [];
  return fs
    .readdirSync(editionsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => path.join(editionsDir, entry.name))
    .sort();
}

/**
 * One image file's bytes as the site serves them, found through the map the loader built:
 * pictures turned upright and without their metadata (cleanPicture), SVG without its comments
 * and metadata (cleanSvg).
 */
export async function readMediaBytes(file: MediaFile): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = new Uint8Array(await fs.promises.readFile(file.path));
  if (file.contentType === 'image/svg+xml')
    return new TextEncoder().encode(await cleanSvg(new TextDecoder().decode(bytes)));
  try {
    return new Uint8Array(await cleanPicture(bytes, file.contentType));
  } catch (error) {
    // Never served as it is: its metadata could not be removed. Named, so the build says which.
    throw new Error(
      `${displayPath(file.path)}: this picture cannot be read (${String(error)}). Save it again as a PNG or JPEG and rebuild.`,
    );
  }
}

/** Names, sizes and modification times of every file under the folder: cheap to compare. */
export function contentFingerprint(directory: string): string {
  if (!fs.existsSync(directory)) return '';
  return fs
    .readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      const { size, mtimeMs } = fs.statSync(file);
      return `${file}:${size}:${mtimeMs}`;
    })
    .sort()
    .join('\n');
}

/**
 * loadEdition's result and problems, from those kept when nothing it reads has changed. It
 * reads the edition's own files, the settings, the options and (for change dates) today's date.
 */
function keptEdition(
  folder: string,
  options: LoaderSettings & LoadOptions,
  problems: ProblemList,
): LoadedEdition | undefined {
  // Whether broken editions are left out is decided for the whole library, not by loadEdition:
  // it is no part of the key, so a check and the configuration's read share their results.
  const { kept, leaveOutBroken: _leaveOutBroken, ...settings } = options;
  if (!kept) return loadEdition(folder, options, problems);
  const files = fs
    .readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
  const key = kept.key(
    folder,
    displayPath(folder),
    JSON.stringify(settings),
    today(settings.timeZone),
    ...files.flatMap((name) => [name, fs.readFileSync(path.join(folder, name))]),
  );
  const result = kept.get(key, () => {
    const own = new ProblemList();
    return { loaded: loadEdition(folder, settings, own), problems: own.items };
  });
  problems.include(result.problems);
  return result.loaded;
}

/** An edition as loaded, with what is needed to check it against the others. */
interface LoadedEdition {
  edition: Edition;
  files: Map<string, MediaFile>;
  /** Lines of the `number` and `aliases` fields, for messages about clashes. */
  lines: { number: number; aliases: number };
}

/**
 * Numbers and former numbers (aliases) must each lead to one edition. Editions come in
 * folder order, so the first folder keeps a number and the later one is reported.
 */
function checkEditionNumbers(loaded: readonly LoadedEdition[], problems: ProblemList): void {
  const owners = new Map<number, string>();
  for (const { edition, lines } of loaded) {
    const owner = owners.get(edition.number);
    if (owner) {
      problems.add(
        edition.file,
        lines.number,
        `edition number ${edition.number} is already used by ${owner}: give this edition its own number`,
      );
    }
    owners.set(edition.number, edition.file);
  }
  for (const { edition, lines } of loaded) {
    for (const alias of edition.aliases) {
      const owner = owners.get(alias);
      if (owner) {
        const whose = owner === edition.file ? 'this edition' : owner;
        problems.add(
          edition.file,
          lines.aliases,
          `the alias ${alias} is already the number or an alias of ${whose}: an old number can lead to only one edition`,
        );
      }
      owners.set(alias, edition.file);
    }
  }
}

function loadEdition(
  folder: string,
  settings: LoaderSettings & LoadOptions,
  problems: ProblemList,
): LoadedEdition | undefined {
  const editionPath = path.join(folder, EDITION_FILE);
  const editionFile = displayPath(editionPath);
  const entries = fs
    .readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'));

  if (!entries.some((entry) => entry.name === EDITION_FILE)) {
    problems.add(
      displayPath(folder),
      1,
      `this edition folder has no ${EDITION_FILE}: add one with the edition's number, title, published date and summary`,
    );
    return undefined;
  }

  const pictureTexts = new Map<string, string>();
  const files = mediaFiles(
    folder,
    entries.map((entry) => entry.name),
    settings,
    problems,
    pictureTexts,
  );
  // The SVGs' words, which a clearance in the edition's files may be for.
  const svgWords = [...pictureTexts.values()];
  // What public content of the edition shows, with the values each part has cleared.
  const showings: { shows: ReadonlySet<string>; cleared: readonly Clearance[] }[] = [];
  // The template sentences each file still holds, found as it is read; reported only if the
  // edition turns out to be public (checkPublishable).
  const placeholders: Placeholders = new Map();
  const split = readMarkdownFile(editionPath, settings, problems, placeholders, {
    editionDraft: false,
    pictureTexts: svgWords,
  });
  const front = split && checkFrontMatter(editionSchema, editionHelp, split, editionFile, problems);
  // Without a valid number the edition cannot be published, but its articles are still
  // checked so that one run reports every problem in the folder.
  const number = front?.number ?? 0;

  const images = imageFinder(files, (name) => mediaPath(number, name));
  const editionDraft = front?.draft ?? false;
  // An image is optimised or not by where it appears: see shouldOptimise.
  // Each body and picture field records the files it shows in `shows`, so that only pictures
  // some visible content shows are ever served (see readMediaFile in getters.ts).
  const resolver = (draft: boolean, shows: Set<string>) => (name: string) => {
    const found = images(name);
    if (found) shows.add(name);
    return (
      found && { ...found, optimise: shouldOptimise(found.url, { draft: editionDraft || draft }) }
    );
  };
  const nearestImage = (name: string) => closestName(name, [...files.keys()]);
  const picture: PictureFinder = (name, alt, file, line, field, draft, shows) => {
    if (name === undefined || alt === undefined) return undefined;
    const found = resolver(draft, shows)(name);
    if (!found)
      problems.add(
        file,
        line,
        `${field} "${name}" is not an image file in this edition's folder: ${didYouMean(nearestImage(name))}check the file name`,
      );
    return found && { ...found, alt };
  };
  const render: BodyRenderer = (body, file, firstLine, draft, idPrefix, shows) =>
    renderMarkdown(
      body,
      {
        file,
        firstLine,
        idPrefix,
        baseUrl: settings.baseUrl,
        resolveImage: resolver(draft, shows),
        nearestImage,
        output: settings.render,
      },
      problems,
    );

  const articles = loadArticles(
    folder,
    entries.map((entry) => entry.name),
    {
      number,
      draft: editionDraft,
      settings,
      problems,
      render,
      picture,
      published: front?.published,
      removed: new Set(front?.removed ?? []),
      placeholders,
      pictureTexts: svgWords,
      showings,
    },
  );
  if (!split || !front) return undefined;
  const shows = new Set<string>();
  const intro = render(split.body, editionFile, split.bodyLine, false, introIdPrefix, shows);
  const cover = picture(
    front.cover,
    front.coverAlt,
    editionFile,
    lineOf(split, 'cover'),
    'cover',
    false,
    shows,
  );
  if (!front.draft) showings.push({ shows, cleared: [] });
  checkPictureTexts(pictureTexts, showings, folder, settings, problems);
  if (!intro || !articles) return undefined;

  if (!front.draft)
    checkPublishable(articles, editionFile, lineOf(split, 'draft') ?? 1, placeholders, problems);
  const { cover: _cover, coverAlt: _coverAlt, draft, aliases, removed, ...fields } = front;
  const edition: Edition = {
    ...fields,
    cover,
    draft: draft ?? false,
    scheduled: false,
    aliases: aliases ?? [],
    removed: removed ?? [],
    shows: [...shows],
    intro,
    articles,
    file: editionFile,
  };
  return {
    edition,
    files,
    lines: { number: lineOf(split, 'number'), aliases: lineOf(split, 'aliases') },
  };
}

/**
 * Renders a body of the edition; `draft` when its article is a draft (the edition's own draft
 * status is known), recording the files it shows in `shows`.
 */
type BodyRenderer = (
  body: string,
  file: string,
  firstLine: number,
  draft: boolean,
  idPrefix: string,
  shows: Set<string>,
) => RenderedMarkdown | undefined;

/**
 * Finds a picture field's file (`cover`, `image`) and reports a missing one at `line`,
 * recording the file in `shows`.
 */
type PictureFinder = (
  name: string | undefined,
  alt: string | undefined,
  file: string,
  line: number,
  field: string,
  draft: boolean,
  shows: Set<string>,
) => Picture | undefined;

interface ArticleContext {
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
  showings: { shows: ReadonlySet<string>; cleared: readonly Clearance[] }[];
}

/** Template sentences left in a file, by file, with where each stands. */
type Placeholders = Map<string, { text: string; line: number; column: number }[]>;

function loadArticles(
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

    const split = readMarkdownFile(
      candidate.absolute,
      context.settings,
      problems,
      context.placeholders,
      { editionDraft: context.draft, pictureTexts: context.pictureTexts },
    );
    if (!split) continue;
    const front = checkFrontMatter(articleSchema, articleHelp, split, file, problems);
    // The body is checked even when the front matter is wrong, to report both at once.
    const slug = front?.slug ?? candidate.fileSlug;
    const shows = new Set<string>();
    const rendered = context.render(
      split.body,
      file,
      split.bodyLine,
      front?.draft ?? false,
      articleIdPrefix(slug),
      shows,
    );
    if (!front) continue;

    claim(slug, file, lineOf(split, 'slug'), 'slug');
    for (const alias of front.aliases ?? []) claim(alias, file, lineOf(split, 'aliases'), 'alias');

    checkChangeDates(front, split, file, context);
    const image = context.picture(
      front.image,
      front.imageAlt,
      file,
      lineOf(split, 'image'),
      'image',
      front.draft ?? false,
      shows,
    );
    if (!context.draft && !front.draft)
      context.showings.push({ shows, cleared: front.cleared ?? [] });
    if (!rendered) continue;

    const summary = front.summary ?? rendered.firstParagraph;
    if (summary === undefined) {
      problems.add(
        file,
        1,
        'this article has no summary and no text: add a summary field or write the article',
      );
      continue;
    }
    if (front.summary === undefined && wordCount(summary) > LONG_OPENING_WORDS) {
      problems.warn(
        file,
        split.bodyLine,
        `there is no summary, so the ${wordCount(summary)}-word first paragraph is used as one: add a summary of a sentence or two`,
      );
    }

    const {
      slug: _slug,
      image: _image,
      imageAlt: _imageAlt,
      summary: _summary,
      cleared: _cleared,
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
      changes: newestFirst,
      updated: newestFirst[0]?.date,
      shows: [...shows],
      image,
      draft: draft ?? false,
      aliases: aliases ?? [],
      editionNumber: context.number,
      position: articles.length + 1,
      html: rendered.html,
      plainViewHtml: rendered.plainViewHtml,
      text: rendered.text,
      words: rendered.words,
      tree: rendered.tree,
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

function mediaFiles(
  folder: string,
  names: readonly string[],
  settings: LoaderSettings,
  problems: ProblemList,
  pictureTexts: Map<string, string>,
): Map<string, MediaFile> {
  const files = new Map<string, MediaFile>();
  for (const name of names) {
    if (!IMAGE_FILE.test(name)) continue;
    if (!SAFE_IMAGE_NAME.test(name)) {
      problems.add(
        displayPath(path.join(folder, name)),
        1,
        'rename this image using only letters, digits, hyphens and underscores before the extension (it becomes part of an address)',
      );
      continue;
    }
    const extension = name.split('.').pop()?.toLowerCase() ?? '';
    const words = checkPicture(path.join(folder, name), settings, problems);
    if (words !== undefined) pictureTexts.set(name, words);
    files.set(name, {
      name,
      path: path.join(folder, name),
      contentType: CONTENT_TYPES[extension] ?? 'application/octet-stream',
    });
  }
  return files;
}

/**
 * Reads what a picture carries besides its pixels, reported at the picture. A photo's metadata
 * text is read with the rules Markdown has for a draft (markings are errors, personal data a
 * warning): the site never serves it, but the file in the repository keeps it, and a marking
 * means the file itself must not be there. A photo that records where it was taken is warned
 * of too: the place may be one that must stay private. An SVG's words are served with it, so
 * they are returned, to be read once it is known whether public content shows the picture
 * (checkPictureTexts). A picture too large or too intricate to draw is an error.
 */
function checkPicture(
  absolute: string,
  settings: LoaderSettings,
  problems: ProblemList,
): string | undefined {
  const file = displayPath(absolute);
  const bytes = fs.readFileSync(absolute);
  const svg = /\.svg$/i.test(absolute) ? new TextDecoder().decode(bytes) : undefined;
  if (!checkDrawable(bytes, svg, file, problems)) return undefined;
  if (svg !== undefined) return svgText(svg);
  const options = { emailDomains: settings.emailDomains, phoneNumbers: settings.phoneNumbers };
  for (const { field, text } of pictureText(bytes))
    scanSensitiveText(text, file, problems, { ...options, where: `${field} metadata` });
  const position = gpsPosition(bytes);
  if (position === undefined) return undefined;
  problems.warn(
    file,
    1,
    `this picture records where it was taken (GPS ${position}). The site removes it before serving the picture, but this file keeps it: save a copy without location data if that place must stay private`,
  );
  return undefined;
}

/**
 * The most pixels the image library decodes (sharp's limitInputPixels): a larger picture
 * stops the build at the first preview image or email cover drawn from it.
 */
const MAX_PIXELS = 0x3fff * 0x3fff;
/** SVGs are drawn at 288 dots an inch (emailCover): four times their size each way. */
const SVG_DRAWING_SCALE = 4;

/**
 * Whether the picture (`svg`: its text, when it is an SVG) can be drawn by the image library and
 * a reader's browser: an error at the
 * picture when it has more pixels than the library decodes, or is an SVG whose references
 * multiply into more elements than a browser can draw (svgElementCount). Quick either way:
 * only the header or the markup is read, never the pixels.
 */
function checkDrawable(
  bytes: Buffer,
  svg: string | undefined,
  file: string,
  problems: ProblemList,
): boolean {
  if (svg !== undefined) {
    const elements = svgElementCount(svg);
    if (elements > MAX_SVG_ELEMENTS) {
      problems.add(
        file,
        1,
        `this SVG draws more than ${MAX_SVG_ELEMENTS.toLocaleString('en-GB')} shapes once its <use> references are followed, which would hang readers' browsers: export it again without nested symbols, or as a PNG`,
      );
      return false;
    }
  }
  let size: { width?: number; height?: number };
  try {
    size = imageSize(bytes);
  } catch {
    // An unreadable picture is reported where it is measured.
    return true;
  }
  const scale = svg !== undefined ? SVG_DRAWING_SCALE * SVG_DRAWING_SCALE : 1;
  const pixels = (size.width ?? 0) * (size.height ?? 0) * scale;
  if (pixels <= MAX_PIXELS) return true;
  problems.add(
    file,
    1,
    `this picture is ${size.width} × ${size.height}${svg !== undefined ? ' (drawn at four times that)' : ''}, more pixels than the site can draw: save it at most 4,000 pixels wide`,
  );
  return false;
}

/**
 * Reads the words of the edition's SVGs, which are served with them, with the rules Markdown
 * has: an SVG that public content shows is public text, so a private person's contact details
 * in it are an error at the picture unless an article that shows it clears that value.
 */
function checkPictureTexts(
  pictureTexts: ReadonlyMap<string, string>,
  showings: readonly { shows: ReadonlySet<string>; cleared: readonly Clearance[] }[],
  folder: string,
  settings: LoaderSettings,
  problems: ProblemList,
): void {
  for (const [name, text] of pictureTexts) {
    const showing = showings.filter(({ shows }) => shows.has(name));
    scanSensitiveText(text, displayPath(path.join(folder, name)), problems, {
      emailDomains: settings.emailDomains,
      phoneNumbers: settings.phoneNumbers,
      isPublic: showing.length > 0,
      cleared: showing.flatMap(({ cleared }) => cleared),
      reportUnusedClearances: false,
    });
  }
}

type MeasuredImage = Omit<Picture, 'alt' | 'optimise'>;

/** Finds and measures an edition's images by name, measuring each file once. */
function imageFinder(files: ReadonlyMap<string, MediaFile>, urlOf: (name: string) => string) {
  const measured = new Map<string, MeasuredImage | undefined>();
  return (name: string): MeasuredImage | undefined => {
    if (!measured.has(name)) measured.set(name, measure(files.get(name), urlOf(name)));
    return measured.get(name);
  };
}

/**
 * What a public edition must not put out: only draft articles (so nothing at all), or the
 * scaffold's placeholder text left in its own file or any public article.
 */
function checkPublishable(
  articles: readonly Article[],
  editionFile: string,
  draftLine: number,
  placeholders: Placeholders,
  problems: ProblemList,
): void {
  const published = articles.filter((article) => !article.draft);
  // A warning, not an error: an editor starting a folder by hand adds its articles with
  // npm run new-article, which needs the content to pass the check.
  if (articles.length === 0)
    problems.warn(
      editionFile,
      draftLine,
      'this edition is public but has no articles, so readers would find it empty: add its article files (npm run new-article), or keep it a draft with draft: true',
    );
  else if (published.length === 0)
    problems.add(
      editionFile,
      draftLine,
      `this edition is public but all ${articles.length} of its articles are drafts: remove draft: true from those ready to publish, or keep the edition a draft`,
    );
  for (const file of [editionFile, ...published.map((article) => article.file)])
    for (const { text, line, column } of placeholders.get(file) ?? [])
      problems.add(
        file,
        line,
        `"${text}" is the template's placeholder text: write your own before the edition is published`,
        column,
      );
}

/** Where each of the templates' example sentences first stands in a file's text. */
function findPlaceholders(text: string): { text: string; line: number; column: number }[] {
  const lines = text.split('\n');
  return PLACEHOLDERS.flatMap((placeholder) => {
    const index = lines.findIndex((line) => line.includes(placeholder));
    return index < 0
      ? []
      : [{ text: placeholder, line: index + 1, column: lines[index]!.indexOf(placeholder) + 1 }];
  });
}

/**
 * Reads one Markdown file, scanning all its text for sensitive material. `editionDraft` says
 * whether the edition is a draft, so whether what the file says will be public is known;
 * `pictureTexts` are the words of the edition's SVGs, which its clearances may be for.
 */
function readMarkdownFile(
  absolute: string,
  settings: LoaderSettings,
  problems: ProblemList,
  placeholders: Placeholders,
  { editionDraft, pictureTexts }: { editionDraft: boolean; pictureTexts: readonly string[] },
): SplitFile | undefined {
  const file = displayPath(absolute);
  const size = fs.statSync(absolute).size;
  if (size > MAX_SOURCE_BYTES) {
    problems.add(
      file,
      1,
      `this file is ${Math.round(size / 1024)} KB; the limit is ${MAX_SOURCE_BYTES / 1024} KB. Split it into several articles`,
    );
    return undefined;
  }
  const text = decodeText(fs.readFileSync(absolute), file, problems);
  if (text === undefined) return undefined;
  const split = splitFrontMatter(text, file, problems);
  scanSensitiveText(text, file, problems, {
    emailDomains: settings.emailDomains,
    phoneNumbers: settings.phoneNumbers,
    // An article follows its edition unless it is a draft itself; edition.md is the edition.
    isPublic: !editionDraft && split?.data.draft !== true,
    cleared: clearances(split?.data.cleared),
    clearedElsewhere: pictureTexts,
  });
  const found = findPlaceholders(text);
  if (found.length > 0) placeholders.set(file, found);
  return split;
}

/**
 * The well-formed items of a `cleared:` list, read before the front matter is checked (the
 * scan needs them either way; a malformed list is reported by the check).
 */
function clearances(value: unknown): Clearance[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { value: text, reason } = item as Record<string, unknown>;
    return typeof text === 'string' && typeof reason === 'string' ? [{ value: text, reason }] : [];
  });
}

function measure(media: MediaFile | undefined, url: string): MeasuredImage | undefined {
  if (!media) return undefined;
  try {
    const { width, height, orientation } = imageSize(fs.readFileSync(media.path));
    if (!width || !height) return undefined;
    // Served turned upright (cleanPicture), so a quarter-turned photo is as tall as it is wide.
    return isTurned(orientation) ? { url, width: height, height: width } : { url, width, height };
  } catch {
    return undefined;
  }
}

function lineOf(split: SplitFile, field: string): number {
  return split.fields.get(field)?.line ?? 1;
}
