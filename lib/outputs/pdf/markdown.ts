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

export const BODY: TextStyle = { size: 11.5, lineGap: 3, after: 8 };
const SMALL: TextStyle = { size: 10, lineGap: 2, after: 6 };
const HEADING_SIZES: Record<number, number> = { 1: 22, 2: 15, 3: 13, 4: 12, 5: 11.5, 6: 11.5 };

/** Sets `nodes` under `parent`; `tight` for the paragraphs of a tight list item. */
function setBlocks(
  nodes: readonly RootContent[],
  parent: Element,
  context: BodyContext,
  tight = false,
): void {
  nodes.forEach((node, index) => {
    // A heading directly over another keeps with it and the first lines after both, so no
    // heading ends a page alone.
    const next = nodes[index + 1];
    if (node.type === 'heading' && next?.type === 'heading')
      context.t.keepTogether((HEADING_SIZES[node.depth] ?? BODY.size) * 2 + 140);
    setBlock(node, parent, context, tight);
  });
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
  depth: number,
  content: readonly Span[],
  parent: Element,
  outline?: PDFKit.PDFOutline,
): void {
  const size = HEADING_SIZES[depth] ?? BODY.size;
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

/** A picture as a Figure whose alternative text is its description; decoration as an artifact. */
function setFigure(node: Image, parent: Element, context: BodyContext): void {
  const { t } = context;
  const picture = node.data?.file ? context.pictures.get(node.data.file) : undefined;
  if (!picture) return;
  const maxHeight = (t.bottom - t.doc.page.margins.top) * 0.5;
  const scale = Math.min(t.width / picture.width, maxHeight / picture.height);
  const width = picture.width * scale;
  const height = picture.height * scale;
  t.keepTogether(height + 8);
  const x = t.left;
  const y = t.doc.y;
  const draw = () => t.doc.image(picture.data, x, y, { width, height });
  const alt = node.alt ?? '';
  if (alt === '') t.artifact(draw);
  else
    t.element(parent, 'Figure', (figure) => figure.add(draw), {
      alt,
      bbox: [x, y, x + width, y + height],
    });
  t.doc.y = y + height + 12;
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
  const page = t.doc.bufferedPageRange().count;
  t.element(parent, 'BlockQuote', (quote) => t.indented(16, () => fill(quote)));
  // The rule is drawn when the quote stayed on one page; a quote across pages goes without.
  if (t.doc.bufferedPageRange().count === page) {
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
  t.element(parent, 'Table', (table) => {
    rows.forEach((row, rowIndex) => {
      const header = rowIndex === 0;
      const face: Face = header ? 'sans' : 'serif';
      t.doc.fontSize(SMALL.size);
      const heights = widths.map((columnWidth, column) => {
        t.doc.font(mainFont(face));
        return t.doc.heightOfString(plain(row[column]) || ' ', {
          width: columnWidth - 8,
          lineGap: 2,
        });
      });
      const height = Math.max(...heights) + 8;
      t.keepTogether(height);
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
                t.text(quote, 'P', spans(part.children, 'serifItalic', context), {
                  size: 14,
                  lineGap: 3,
                  after: 6,
                  color: '#0b1d3a',
                });
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
