import type { Image, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import remarkHtml from 'remark-html';
import { defaultSchema, type Schema } from 'hast-util-sanitize';
import { visit } from 'unist-util-visit';
import { checkContentDesign, DECORATIVE } from '../content/content-design';
import { responsiveSources } from './images';
import { parseMarkdown, remarkMagazineSyntax } from './syntax';
import { markdownToText } from './to-text';
import { renderFootnotes } from './footnotes';
import { transformRichBlocks } from './rich-blocks';
import { VIDEO_PLAYER } from '../site/video-players';
import type { ProblemList } from '../content/problems';
import type { Picture, RenderedMarkdown } from '../content/types';

/** An image file the Markdown may point at, resolved to its address; its description comes from the Markdown. */
type ResolvedImage = Omit<Picture, 'alt'>;

/** Where the Markdown came from and how to resolve what it points at. */
export interface MarkdownSource {
  file: string;
  /** Line of the file on which the Markdown starts (after the front matter). */
  firstLine: number;
  /** Finds an image named in the Markdown; undefined when there is no such file. */
  resolveImage: (name: string) => ResolvedImage | undefined;
  /** The image file whose name is nearest a mistyped one, for "did you mean". */
  nearestImage?: (name: string) => string | undefined;
  /** Base address for making site-relative links absolute in plain text. */
  baseUrl: string;
  /** Who signed the wording off (checkContentDesign), when someone has. */
  approved?: string;
  /**
   * What every id in the rendered body starts with (its footnotes'), so that bodies shown on
   * one page cannot clash with each other or with the page (see idPrefix in lib/site/urls.ts).
   */
  idPrefix: string;
  /**
   * False to check the Markdown without producing HTML and text (`npm run check`): every
   * problem is still found, and the outputs come back empty.
   */
  output?: boolean;
}

declare module 'mdast' {
  interface ImageData {
    /** The file in the edition's folder the image shows, once resolved. */
    file?: string;
  }
}

/** Largest Markdown body we render; a magazine article is a few thousand words. */
export const MAX_MARKDOWN_BYTES = 512 * 1024;
/** Deepest nesting of lists and quotes we render; pathological nesting stalls the parser. */
const MAX_NESTING = 12;

// The default (GitHub) schema stays in force; images may also carry lazy-loading hints and
// responsive sources.
/** What may appear in rendered HTML: the sanitiser's schema, exported for the tests. */
export const schema: Schema = {
  ...defaultSchema,
  // Raw HTML never reaches the output, so every id comes from the renderer itself, which
  // gives each body's ids their own prefix (footnotes.ts). Prefixing them again, as the
  // default schema does, would break every footnote link.
  clobberPrefix: '',
  // Phone links are useful in a magazine (the events team's number); the rest as GitHub's.
  protocols: {
    ...defaultSchema.protocols,
    href: [...(defaultSchema.protocols?.href ?? []), 'tel'],
  },
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption'],
  attributes: {
    ...defaultSchema.attributes,
    img: [
      ...(defaultSchema.attributes?.img ?? []),
      ['loading', 'lazy'],
      ['decoding', 'async'],
      'srcSet',
      'sizes',
    ],
    // The rich blocks of rich-blocks.ts: fixed class names, and a video player address that
    // can only be one of the two privacy-enhanced players.
    figure: [
      ['className', 'pull-quote', 'video-embed'],
      ['dataVideoPlayer', VIDEO_PLAYER],
      'dataVideoTitle',
    ],
    div: [...(defaultSchema.attributes?.div ?? []), ['className', 'callout']],
    p: [['className', 'callout-title']],
    details: [['className', 'transcript']],
    // The footnotes' visually hidden heading, one level down in the plain view.
    h3: [['className', 'sr-only']],
  },
};

const htmlCompiler = remark().use(remarkMagazineSyntax).use(remarkHtml, { sanitize: schema });

/**
 * Parses a Markdown body once and renders it to sanitised HTML, plain-view HTML and wrapped
 * text. Reports problems (missing images, level-one headings, size and nesting limits)
 * against the file's own line numbers. Returns undefined when the body cannot be rendered.
 */
export function renderMarkdown(
  markdown: string,
  source: MarkdownSource,
  problems: ProblemList,
): RenderedMarkdown | undefined {
  const fileLine = (line: number | undefined) => source.firstLine + (line ?? 1) - 1;

  const bytes = Buffer.byteLength(markdown);
  if (bytes > MAX_MARKDOWN_BYTES) {
    problems.add(
      source.file,
      source.firstLine,
      `this article is ${Math.round(bytes / 1024)} KB of text; the limit is ${MAX_MARKDOWN_BYTES / 1024} KB. Split it into several articles`,
    );
    return undefined;
  }
  const deepLine = findDeepNesting(markdown);
  if (deepLine !== undefined) {
    problems.add(
      source.file,
      fileLine(deepLine),
      `lists or quotes are nested more than ${MAX_NESTING} levels deep here: flatten them`,
    );
    return undefined;
  }

  try {
    return renderWithinLimits(markdown, source, problems);
  } catch (error) {
    // Input the limits above did not foresee can still exhaust the parser or a tree walk (a
    // RangeError when the stack runs out): a problem with this file, never a crash of the check
    // or the build.
    problems.add(
      source.file,
      source.firstLine,
      `this text could not be read (${error instanceof Error ? error.message : String(error)}): look for deeply nested quotes, lists, links or emphasis, and simplify them`,
    );
    return undefined;
  }
}

/** renderMarkdown for a body already within the size and nesting limits. */
function renderWithinLimits(
  markdown: string,
  source: MarkdownSource,
  problems: ProblemList,
): RenderedMarkdown | undefined {
  const before = problems.errorCount;
  const fileLine = (line: number | undefined) => source.firstLine + (line ?? 1) - 1;
  const tree = parseMarkdown(markdown);
  transformRichBlocks(tree, markdown, (line, message) =>
    problems.add(source.file, fileLine(line), message),
  );
  checkContentDesign(tree, source, problems);

  // One walk over the tree for the checks and the facts the loader needs.
  let firstParagraph: string | undefined;
  let words = 0;
  visit(tree, (node) => {
    if (node.type === 'heading' && node.depth === 1) {
      problems.add(
        source.file,
        fileLine(node.position?.start.line),
        'a # heading would compete with the title: use ## for sections and ### for sub-sections',
      );
    }
    if (node.type === 'image') {
      // Marked as decoration: read by no screen reader and left out of the plain formats.
      if (node.alt?.trim().toLowerCase() === DECORATIVE) node.alt = '';
      resolveImage(node, source, fileLine, problems);
    }
    if (node.type === 'html')
      checkRawHtml(
        node.value,
        source.file,
        fileLine(node.position?.start.line),
        node.position?.start.column ?? 1,
        problems,
      );
    if ((node.type === 'link' || node.type === 'definition') && !isSafeLink(node.url)) {
      problems.add(
        source.file,
        fileLine(node.position?.start.line),
        `the link to "${node.url.slice(0, 40)}" would be removed: links may go to web addresses (https://), email (mailto:) or phone numbers (tel:)`,
        node.position?.start.column,
      );
    }
    if (node.type === 'paragraph' && firstParagraph === undefined) {
      firstParagraph = toString(node).replace(/\s+/g, ' ').trim() || undefined;
    }
    if (node.type === 'text' || node.type === 'inlineCode') words += countWords(node.value);
  });
  if (problems.errorCount > before) return undefined;

  if (source.output === false)
    return {
      html: '',
      plainViewHtml: '',
      text: '',
      firstParagraph,
      words,
      tree: { type: 'root', children: [] },
    };
  // Text first, and the kept tree copied before the HTML steps, which change the tree; the
  // text numbers its footnotes its own way.
  const text = markdownToText(tree, { baseUrl: source.baseUrl });
  const kept = withoutPositions(structuredClone(tree));
  renderFootnotes(tree, source.idPrefix);
  const html = htmlCompiler.stringify(tree);
  adaptForPlainView(tree);
  const plainViewHtml = htmlCompiler.stringify(tree);

  return { html, plainViewHtml, text, firstParagraph, words, tree: kept };
}

function resolveImage(
  node: Image,
  source: MarkdownSource,
  fileLine: (line: number | undefined) => number,
  problems: ProblemList,
) {
  const line = fileLine(node.position?.start.line);
  const name = node.url.replace(/^\.\//, '');
  if (/^[a-z][a-z0-9+.-]*:|^\/|\//i.test(name)) {
    problems.add(
      source.file,
      line,
      `image "${node.url}" must be a file in this edition's folder, written by its name alone (e.g. chart.png)`,
    );
    return;
  }
  const image = source.resolveImage(name);
  if (!image) {
    problems.add(
      source.file,
      line,
      `image "${node.url}" does not exist in this edition's folder: ${didYouMean(source.nearestImage?.(name))}check the file name`,
    );
    return;
  }
  const sizing = { width: image.width, height: image.height, loading: 'lazy', decoding: 'async' };
  if (image.optimise) {
    const { src, srcSet, sizes } = responsiveSources(image.url, image.width);
    node.url = src;
    node.data = { ...node.data, file: name, hProperties: { ...sizing, srcSet, sizes } };
  } else {
    node.url = image.url;
    node.data = { ...node.data, file: name, hProperties: sizing };
  }
}

/** Drops every node's source position: a kept tree is a third smaller without them. */
function withoutPositions(tree: Root): Root {
  visit(tree, (node) => {
    delete node.position;
  });
  return tree;
}

/**
 * Changes the tree for the plain view: each image becomes its alt text in brackets
 * (decorative images vanish) and headings move one level down, below the article's title.
 */
function adaptForPlainView(tree: Root): void {
  visit(tree, (node, index, parent) => {
    if (node.type === 'heading') node.depth = Math.min(node.depth + 1, 6) as typeof node.depth;
    // Transcripts are open on a page meant for reading straight through.
    if (node.type === 'containerDirective' && node.name === 'transcript') {
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, open: true } };
    }
    if (node.type === 'image' && parent && index !== undefined) {
      parent.children[index] = { type: 'text', value: node.alt ? `[Image: ${node.alt}]` : '' };
    }
  });
}

/**
 * Finds the first line whose leading list markers and quote marks go deeper than the limit,
 * without parsing: the parser itself is what stalls on such input.
 */
function findDeepNesting(markdown: string): number | undefined {
  const lines = markdown.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    // A list marker needs a space after it; a quote mark does not (`>>>>` is four quotes).
    const prefix = /^(?:[ \t]*(?:(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)|>)[ \t]*)+/.exec(line)?.[0] ?? '';
    const markers = prefix.match(/[-*+>]|\d{1,9}[.)]/g)?.length ?? 0;
    const indentation = /^[ \t]*/.exec(line)?.[0].replace(/\t/g, '    ').length ?? 0;
    if (markers > MAX_NESTING || indentation > MAX_NESTING * 4) return index + 1;
  }
  return undefined;
}

/**
 * Whatever the sanitiser would remove is reported instead of dropped, as GOV.UK's publishing
 * tools do: an editor learns why their embed vanished, and a hostile file never publishes.
 * Raw HTML is never rendered (only Markdown is), so any of it but a comment is an error.
 */
function checkRawHtml(
  html: string,
  file: string,
  line: number,
  column: number,
  problems: ProblemList,
): void {
  if (/^\s*<!--[\s\S]*-->\s*$/.test(html)) return;
  const shown = html.replace(/\s+/g, ' ').trim().slice(0, 40);
  problems.add(
    file,
    line,
    `raw HTML ("${shown}") is not published: write Markdown instead. For a line break end the line with a backslash; for a video put its address on a line of its own`,
    column,
  );
}

const SAFE_PROTOCOLS = new Set(['http', 'https', 'mailto', 'tel']);

/** True for a relative address, or one whose protocol the sanitiser keeps. */
function isSafeLink(url: string): boolean {
  const protocol = /^([a-z][a-z0-9+.-]*):/i.exec(url.trim())?.[1];
  return protocol === undefined || SAFE_PROTOCOLS.has(protocol.toLowerCase());
}

function countWords(text: string): number {
  let count = 0;
  for (const word of text.split(/\s+/)) if (word) count += 1;
  return count;
}

/** "did you mean "x"? " when a name is near one that exists, or nothing. */
export function didYouMean(name: string | undefined): string {
  return name === undefined ? '' : `did you mean "${name}"? `;
}
