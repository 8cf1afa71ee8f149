import type { Image, List, Nodes, PhrasingContent, RootContent, Table } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { absolute, linkAddressShown } from '../../markdown/to-text';
import { mainFont, type Face } from './fonts';
import {
  ACCENT,
  MUTED,
  RULE,
  type Element,
  type Span,
  type TextStyle,
  type Typesetter,
} from './typesetter';

/*
 * An article's Markdown body set into the PDF, block by block, in the order and with the
 * words of the text file (lib/markdown/to-text.ts): a link's address follows its words where
 * the text file has it, a picture is a Figure whose alternative text is its description, a
 * video is a link with its transcript, and footnotes are Notes at the end.
 */

/** A picture ready to embed, by its file name in the edition's folder. */
export interface PrintPicture {
  data: Buffer;
  width: number;
  height: number;
}

/** What setting a body needs besides the typesetter. */
export interface BodyContext {
  t: Typesetter;
  baseUrl: string;
  pictures: ReadonlyMap<string, PrintPicture>;
  /** Footnote numbers by identifier, in the order the notes are written (as the text file). */
  footnotes: Map<string, number>;
  /** The article's bookmark, under which its sections are bookmarked. */
  outline?: PDFKit.PDFOutline;
}

export const BODY: TextStyle = { size: 10, lineGap: 2.5, after: 7 };
const SMALL: TextStyle = { size: 8.5, lineGap: 2, after: 5 };
const PULL_QUOTE: TextStyle = { size: 12.5, lineGap: 3, after: 6, color: '#0b1d3a' };
export const HEADING_SIZES: Record<1 | 2 | 3 | 4 | 5 | 6, number> = {
  1: 18,
  2: 12.5,
  3: 11,
  4: 10.5,
  5: 10,
  6: 10,
};

/** Sets `nodes` under `parent`; `tight` for the paragraphs of a tight list item. */
function setBlocks(
  nodes: readonly RootContent[],
  parent: Element,
  context: BodyContext,
  tight = false,
): void {
  nodes.forEach((node, index) => {
    keepWithNext(node, nodes[index + 1], context);
    setBlock(node, parent, context, tight);
  });
}

/** The most a block kept whole may take of a column: longer ones break where they fall. */
const KEPT_WHOLE = 0.4;

/**
 * Starts a new column before `node` when the column would otherwise part it from what belongs
 * with it: a heading from what opens the section under it, a quotation from its attribution
 * (it is kept whole), and the paragraph that introduces a quotation from the quotation's first
 * lines.
 */
function keepWithNext(
  node: RootContent,
  next: RootContent | undefined,
  context: BodyContext,
): void {
  let height = 0;
  if (node.type === 'heading')
    height = headingHeight(node.depth) + (next ? opening(next, context) : 0);
  else if (isQuote(node)) height = opening(node, context);
  else if (node.type === 'paragraph' && next && isQuote(next))
    height = blockHeight(node, context) + Math.min(opening(next, context), bodyLines(3));
  if (height > 0) context.t.keepTogether(height);
}

/**
 * What of `node` must stand in one column: a picture whole, a quotation whole unless it is
 * longer than a share of the column, the heading under a heading with its own opening, or the
 * first lines of anything else.
 */
function opening(node: RootContent, context: BodyContext): number {
  if (node.type === 'heading') return headingHeight(node.depth) + bodyLines(3);
  const { t } = context;
  const height = blockHeight(node, context);
  if (figureOf(node, context)) return height;
  if (isQuote(node) && height <= (t.bottom - t.doc.page.margins.top) * KEPT_WHOLE) return height;
  return Math.min(height, bodyLines(3));
}

/** What of a body must stand in one column with what comes before it: its first block's opening. */
export function bodyOpening(nodes: readonly RootContent[], context: BodyContext): number {
  const [first] = nodes;
  return first ? opening(first, context) : 0;
}

/** A heading's height with the space over and under it (setHeading). */
function headingHeight(depth: 1 | 2 | 3 | 4 | 5 | 6): number {
  return HEADING_SIZES[depth] * 1.4 + 16;
}

/** A quotation: a block quote or a pull quote, each perhaps with its attribution. */
function isQuote(node: RootContent): boolean {
  return (
    node.type === 'blockquote' || (node.type === 'containerDirective' && node.name === 'pullquote')
  );
}

/** The picture a paragraph holds when it holds only a picture the PDF shows. */
function figureOf(node: RootContent, context: BodyContext): PrintPicture | undefined {
  if (node.type !== 'paragraph' || node.children.length !== 1) return undefined;
  const [child] = node.children;
  return child?.type === 'image' && child.data?.file
    ? context.pictures.get(child.data.file)
    : undefined;
}

/** About the height `node` takes when set: its text measured in the body's or the pull quote's style. */
function blockHeight(node: RootContent, context: BodyContext): number {
  const { t } = context;
  const picture = figureOf(node, context);
  if (picture) return figureSize(t, picture).height + FIGURE_AFTER;
  switch (node.type) {
    case 'paragraph':
      return t.measure([{ text: toString(node), face: 'serif' }], BODY) + (BODY.after ?? 0);
    case 'blockquote':
    case 'containerDirective': {
      let height = 0;
      t.indented(12, () => {
        for (const child of node.children)
          height +=
            node.type === 'containerDirective' && child.type === 'blockquote'
              ? t.measure([{ text: toString(child), face: 'serifItalic' }], PULL_QUOTE) + 6
              : blockHeight(child as RootContent, context);
      });
      return height;
    }
    default:
      return bodyLines(3);
  }
}

/** The height of `count` lines of body text. */
function bodyLines(count: number): number {
  return (BODY.size + (BODY.lineGap ?? 0)) * count;
}

/** Sets a whole body: its blocks, then its footnotes under "Notes". */
export function setBody(
  nodes: readonly RootContent[],
  parent: Element,
  context: BodyContext,
): void {
  const definitions = nodes.filter((node) => node.type === 'footnoteDefinition');
  definitions.forEach((node, index) => context.footnotes.set(node.identifier, index + 1));
  setBlocks(nodes, parent, context);
  if (definitions.length === 0) return;
  setHeading(context.t, 2, [{ text: 'Notes', face: 'sans' }], parent, context.outline);
  definitions.forEach((definition, index) => {
    context.t.element(parent, 'Note', (note) => {
      const [first, ...rest] = definition.children;
      const marker: Span = { text: `[${index + 1}] `, face: 'serif' };
      if (first?.type === 'paragraph')
        context.t.text(note, 'P', [marker, ...spans(first.children, 'serif', context)], SMALL);
      else context.t.text(note, 'P', [marker], SMALL);
      setBlocks(first?.type === 'paragraph' ? rest : definition.children, note, context);
    });
  });
}

function setBlock(node: RootContent, parent: Element, context: BodyContext, tight: boolean): void {
  const { t } = context;
  const style = tight ? { ...BODY, after: 3 } : BODY;
  switch (node.type) {
    case 'paragraph': {
      // Pictures standing in a paragraph become figures of their own, in their place.
      let run: PhrasingContent[] = [];
      const flush = () => {
        if (
          run.some((child) => toString(child).trim() !== '' || child.type === 'footnoteReference')
        )
          t.text(parent, 'P', spans(run, 'serif', context), style);
        run = [];
      };
      for (const child of node.children) {
        if (child.type === 'image') {
          flush();
          setFigure(child, parent, context);
        } else run.push(child);
      }
      flush();
      return;
    }
    case 'heading':
      setHeading(t, node.depth, spans(node.children, 'sans', context), parent, context.outline);
      return;
    case 'blockquote':
      setQuote(parent, context, (quote) => setBlocks(node.children, quote, context));
      return;
    case 'list':
      setList(node, parent, context);
      return;
    case 'code':
      t.text(parent, 'P', [{ text: node.value, face: 'sans' }], { ...SMALL, color: MUTED });
      return;
    case 'thematicBreak':
      t.doc.y += 4;
      t.rule();
      t.doc.y += 12;
      return;
    case 'table':
      setTable(node, parent, context);
      return;
    case 'containerDirective':
      setRichBlock(node, parent, context);
      return;
    case 'leafDirective': {
      // A video: its title, then where to watch it, as the text file has it.
      const watch = typeof node.attributes?.watch === 'string' ? node.attributes.watch : '';
      const title = node.attributes?.title;
      const label = title && title !== 'Video' ? `Video: ${title}` : 'Video';
      t.text(
        parent,
        'P',
        [
          { text: `${label} (`, face: 'serifBold' },
          { text: watch, face: 'serif', link: watch },
          { text: ')', face: 'serif' },
        ],
        BODY,
      );
      return;
    }
    default:
      // html, definitions and footnote definitions (set at the end) draw nothing here.
      return;
  }
}

/** A heading: kept with the lines after it, and bookmarked under its article when a section. */
export function setHeading(
  t: Typesetter,
  depth: 1 | 2 | 3 | 4 | 5 | 6,
  content: readonly Span[],
  parent: Element,
  outline?: PDFKit.PDFOutline,
): void {
  const size = HEADING_SIZES[depth];
  t.doc.y += depth <= 2 ? 10 : 6;
  t.keepTogether(size * 2 + BODY.size * 4);
  t.text(parent, `H${Math.min(depth, 6)}`, content, {
    size,
    lineGap: 2,
    after: 6,
    color: '#0b1d3a',
  });
  const title = content
    .map((span) => span.text)
    .join('')
    .trim();
  if (depth === 2 && outline && title) outline.addItem(title);
}

/** The space under a picture. */
const FIGURE_AFTER = 12;

/** A picture's size in the column: as wide as the column, and at most half its height. */
function figureSize(t: Typesetter, picture: PrintPicture): { width: number; height: number } {
  const maxHeight = (t.bottom - t.doc.page.margins.top) * 0.5;
  const scale = Math.min(t.width / picture.width, maxHeight / picture.height);
  return { width: picture.width * scale, height: picture.height * scale };
}

/** A picture as a Figure whose alternative text is its description; decoration as an artifact. */
function setFigure(node: Image, parent: Element, context: BodyContext): void {
  const { t } = context;
  const picture = node.data?.file ? context.pictures.get(node.data.file) : undefined;
  if (!picture) return;
  const { width, height } = figureSize(t, picture);
  t.keepTogether(height + FIGURE_AFTER);
  const x = t.left;
  const y = t.doc.y;
  const draw = () => t.doc.image(picture.data, x, y, { width, height });
  const alt = node.alt ?? '';
  if (alt === '') t.artifact(draw);
  else
    t.element(parent, 'Figure', (figure) => figure.add(draw), {
      alt,
      bbox: [x + t.columnShift, y, x + t.columnShift + width, y + height],
    });
  t.doc.y = y + height + FIGURE_AFTER;
}

/** A quotation: indented, with a rule down its left side. */
function setQuote(
  parent: Element,
  context: BodyContext,
  fill: (quote: Element) => void,
  color = RULE,
): void {
  const { t } = context;
  const top = t.doc.y;
  const start = t.place;
  t.element(parent, 'BlockQuote', (quote) => t.indented(12, () => fill(quote)));
  // The rule is drawn when the quote stayed in one column; a quote across columns goes without.
  const end = t.place;
  if (end.page === start.page && end.column === start.column) {
    const bottom = t.doc.y - 6;
    t.artifact(() =>
      t.doc
        .moveTo(t.left + 2, top)
        .lineTo(t.left + 2, bottom)
        .lineWidth(2)
        .strokeColor(color)
        .stroke(),
    );
  }
}

function setList(node: List, parent: Element, context: BodyContext): void {
  const { t } = context;
  const start = node.start ?? 1;
  const tight = !node.spread && node.children.every((item) => !item.spread);
  t.element(parent, 'L', (list) => {
    node.children.forEach((item, index) => {
      t.element(list, 'LI', (entry) => {
        t.keepTogether(BODY.size * 2);
        const top = t.doc.y;
        const width = t.width;
        t.width = 16;
        t.text(entry, 'Lbl', [{ text: node.ordered ? `${start + index}.` : '•', face: 'serif' }], {
          ...BODY,
          after: 0,
        });
        t.width = width;
        t.doc.y = top;
        t.indented(18, () =>
          t.element(entry, 'LBody', (body) => setBlocks(item.children, body, context, tight)),
        );
      });
    });
  });
  if (tight) t.doc.y += 5;
}

/** A table with its header cells as TH, laid out in columns as wide as their longest words allow. */
function setTable(node: Table, parent: Element, context: BodyContext): void {
  const { t } = context;
  const rows = node.children.map((row) =>
    row.children.map((cell) => spans(cell.children, 'serif', context)),
  );
  const columns = Math.max(...rows.map((row) => row.length));
  const plain = (cell: readonly Span[] | undefined) =>
    (cell ?? []).map((span) => span.text).join('');
  const longest = Array.from({ length: columns }, (_, column) =>
    Math.max(4, ...rows.map((row) => plain(row[column]).length)),
  );
  const total = longest.reduce((sum, length) => sum + length, 0);
  const widths = longest.map((length) => (t.width * length) / total);
  const left = t.left;
  const width = t.width;
  const heights = rows.map((row, rowIndex) => {
    t.doc.font(mainFont(rowIndex === 0 ? 'sans' : 'serif')).fontSize(SMALL.size);
    const cells = widths.map((columnWidth, column) =>
      t.doc.heightOfString(plain(row[column]) || ' ', { width: columnWidth - 8, lineGap: 2 }),
    );
    return Math.max(...cells) + 8;
  });
  t.element(parent, 'Table', (table) => {
    rows.forEach((row, rowIndex) => {
      const header = rowIndex === 0;
      const face: Face = header ? 'sans' : 'serif';
      const height = heights[rowIndex] ?? 0;
      // The header row keeps with the first row under it.
      t.keepTogether(header ? height + (heights[1] ?? 0) : height);
      const top = t.doc.y;
      t.element(table, 'TR', (tableRow) => {
        let x = left;
        widths.forEach((columnWidth, column) => {
          t.left = x;
          t.width = columnWidth - 8;
          t.doc.y = top + 4;
          const cell = (row[column] ?? []).map((span) => (header ? { ...span, face } : span));
          t.text(
            tableRow,
            header ? 'TH' : 'TD',
            cell.length ? cell : [{ text: ' ', face }],
            { ...SMALL, after: 0 },
            header ? { scope: 'Column' } : {},
          );
          x += columnWidth;
        });
      });
      t.left = left;
      t.width = width;
      t.doc.y = top + height;
      t.rule(header ? MUTED : RULE, header ? 1 : 0.5);
    });
  });
  t.doc.y += 10;
}

/** Pull quotes, callouts and transcripts, shaped by lib/markdown/rich-blocks.ts. */
function setRichBlock(node: ContainerDirective, parent: Element, context: BodyContext): void {
  const { t } = context;
  if (node.name === 'pullquote') {
    setQuote(
      parent,
      context,
      (quote) => {
        for (const child of node.children) {
          if (child.type === 'blockquote') {
            for (const part of child.children)
              if (part.type === 'paragraph')
                t.text(quote, 'P', spans(part.children, 'serifItalic', context), PULL_QUOTE);
              else setBlock(part, quote, context, false);
          } else if (child.type === 'paragraph')
            t.text(quote, 'P', spans(child.children, 'sans', context), { ...SMALL, color: MUTED });
        }
      },
      ACCENT,
    );
    t.doc.y += 6;
    return;
  }
  // A callout or a transcript: its title in bold, then its text, set off by a rule.
  const [title, ...body] = node.children;
  t.doc.y += 4;
  setQuote(parent, context, (block) => {
    if (title?.type === 'paragraph')
      t.text(
        block,
        'P',
        spans(title.children, 'serifBold', context).map((span) => ({ ...span, face: 'serifBold' })),
        BODY,
      );
    setBlocks(body, block, context);
  });
  t.doc.y += 4;
}

/** Inline Markdown as spans: emphasis as faces, links with their addresses, note numbers. */
function spans(nodes: readonly Nodes[], face: Face, context: BodyContext): Span[] {
  return nodes.flatMap((node): Span[] => {
    switch (node.type) {
      case 'text':
        return [{ text: node.value.replace(/\s*\n\s*/g, ' '), face }];
      case 'inlineCode':
        return [{ text: node.value, face: 'sans' }];
      case 'break':
        return [{ text: '\n', face }];
      case 'strong':
        return spans(node.children, face === 'sans' ? 'sans' : 'serifBold', context);
      case 'emphasis':
        return spans(node.children, face === 'serif' ? 'serifItalic' : face, context);
      case 'delete':
        return spans(node.children, face, context);
      case 'link': {
        const url = absolute(node.url, context.baseUrl);
        const words = spans(node.children, face, context).map((span) => ({ ...span, link: url }));
        const label = words
          .map((span) => span.text)
          .join('')
          .trim();
        if (label === '') return [{ text: url, face, link: url }];
        const shown = linkAddressShown(label, url);
        return shown ? [...words, { text: ` (${shown})`, face, link: url }] : words;
      }
      case 'image':
        return node.alt ? [{ text: `[Image: ${node.alt}]`, face }] : [];
      case 'footnoteReference':
        return [{ text: `[${context.footnotes.get(node.identifier) ?? '?'}]`, face }];
      default:
        return 'children' in node ? spans(node.children, face, context) : [];
    }
  });
}
