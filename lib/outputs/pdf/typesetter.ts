import PDFDocument from 'pdfkit';
import { fontFiles, fontRuns, mainFont, type Face } from './fonts';

/*
 * Setting text into a tagged PDF. PDFKit draws; this module keeps the rule a tagged PDF lives
 * by (TRAPS.md): every mark on a page is either content inside a structure element or an
 * artifact. Paragraphs are built from spans so that a link inside a sentence becomes a Link
 * element with its annotation, and a change of face or script is only a change of font.
 */

/** A structure element: what PDFKit's `struct` returns. */
export type Element = PDFKit.PDFStructureElement;

/** A stretch of inline text in one face, perhaps a link (an address, or a page's index). */
export interface Span {
  text: string;
  face: Face;
  link?: string | number;
}

/** How a block of text is set. */
export interface TextStyle {
  size: number;
  color?: string;
  /** Extra space between lines, in points. */
  lineGap?: number;
  /** Space after the block, in points. */
  after?: number;
  align?: 'left' | 'right' | 'center';
  /** The colour of links, where the page behind is not white (the cover). */
  linkColor?: string;
}

const INK = '#1b1b1b';
export const MUTED = '#55595f';
export const NAVY = '#0b1d3a';
export const ACCENT = '#a63d2a';
const LINK = '#1a4f99';
export const RULE = '#d9d4c7';
/** The cover's colours: the masthead's navy, with cream text and gold links. */
export const COVER = { background: NAVY, text: '#f4f1ea', muted: '#b9c3d3', link: '#ffd166' };

/**
 * A4 in points, set in two columns as magazines are: each about 48 characters of 10-point
 * body text (Source Serif 4 averages about 0.48 em a character), within the 45 to 75 of a
 * comfortable measure, and twice the words of one wide column on a page.
 */
export const PAGE = { size: 'A4' as const, margin: 54, top: 80, bottom: 72, gap: 20 };

/** The width of one column. */
const COLUMN = (595.28 - 2 * PAGE.margin - PAGE.gap) / 2;

/**
 * PDFKit's document, giving each link annotation the text it covers as its Contents (PDF/UA
 * asks for a description of every annotation; PDFKit leaves it empty), and flowing text into
 * the page's right-hand column before it starts a new page. The right-hand column is the left
 * one moved across: everything drawn there (text, links, pictures) is drawn as in the left
 * column under a translation, so nothing that sets text needs to know which column it is in.
 */
class MagazineDocument extends PDFDocument {
  linkText = '';
  /** Whether text now flows into the right-hand column of this page. */
  inRightColumn = false;

  override link(
    x: number,
    y: number,
    w: number,
    h: number,
    url: string,
    options: PDFKit.Mixins.AnnotationOption = {},
  ): this {
    // PDFKit writes a String object as a PDF text string.
    return super.link(x, y, w, h, url, {
      ...options,
      Contents: new String(this.linkText),
    } as never);
  }

  /** Called by PDFKit when text reaches the foot of the page: the right-hand column first. */
  override continueOnNewPage(options?: PDFKit.PDFDocumentOptions): this {
    if (this.inRightColumn) return super.continueOnNewPage(options) as this;
    this.enterRightColumn();
    return this;
  }

  override addPage(options?: PDFKit.PDFDocumentOptions): this {
    this.leaveRightColumn();
    return super.addPage(options) as this;
  }

  enterRightColumn(): void {
    this.inRightColumn = true;
    this.translate(COLUMN + PAGE.gap, 0);
    this.y = this.page.margins.top;
  }

  /** Back to the page's own coordinates, as the page's later content (page numbers) expects. */
  leaveRightColumn(): void {
    if (!this.inRightColumn) return;
    this.translate(-(COLUMN + PAGE.gap), 0);
    this.inRightColumn = false;
  }
}

/** What the document says about itself: its title, language and dates. */
export interface DocumentFacts {
  title: string;
  author: string;
  subject: string;
  language: string;
  created: Date;
}

export class Typesetter {
  readonly doc: MagazineDocument;
  /** The Document element every part of the edition hangs from. */
  readonly root: Element;
  /** The left edge and width of the column, narrowed inside lists and quotes. */
  left = PAGE.margin;
  width: number;

  constructor(facts: DocumentFacts) {
    this.doc = new MagazineDocument({
      size: PAGE.size,
      margins: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.margin, right: PAGE.margin },
      bufferPages: true,
      tagged: true,
      lang: facts.language,
      displayTitle: true,
      pdfVersion: '1.7',
      subset: 'PDF/UA',
      // No built-in font: PDF/UA needs every font embedded.
      font: null,
      info: {
        Title: facts.title,
        Author: facts.author,
        Subject: facts.subject,
        Creator: facts.author,
        CreationDate: facts.created,
        ModDate: facts.created,
      },
    } as unknown as PDFKit.PDFDocumentOptions);
    for (const file of fontFiles()) this.doc.registerFont(file.name, file.data);
    this.width = COLUMN;
    this.root = this.doc.struct('Document');
    this.doc.addStructure(this.root);
  }

  /** The lowest point text may reach on this page. */
  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** Moves to the next column (the right-hand one, or a new page's left-hand one). */
  nextColumn(): void {
    this.doc.continueOnNewPage();
  }

  /** Moves to the next column unless `height` points still fit in this one. */
  keepTogether(height: number): void {
    if (this.doc.y + height > this.bottom) this.nextColumn();
  }

  /** Where text is now: the page, counted from 0, and the column, 0 or 1. */
  get place(): { page: number; column: number } {
    return {
      page: this.doc.bufferedPageRange().count - 1,
      column: this.doc.inRightColumn ? 1 : 0,
    };
  }

  /** The horizontal distance from where a column's content is drawn to where it appears. */
  get columnShift(): number {
    return this.doc.inRightColumn ? COLUMN + PAGE.gap : 0;
  }

  /** The height `spans` take when set in `style` across the column, before the space after. */
  measure(spans: readonly Span[], style: TextStyle): number {
    const faces = new Set(spans.map((span) => span.face));
    // Measured in the widest face among the spans, so the space kept is never short.
    const face = faces.has('serifBold') ? 'serifBold' : (spans[0]?.face ?? 'serif');
    return this.doc
      .font(mainFont(face))
      .fontSize(style.size)
      .heightOfString(spans.map((span) => span.text).join(''), {
        width: this.width,
        lineGap: style.lineGap ?? 0,
      });
  }

  /** A structure element of `type` under `parent`, filled by `fill`, then closed. */
  element(
    parent: Element,
    type: string,
    fill: (element: Element) => void,
    options: ElementOptions = {},
  ): Element {
    const element = this.doc.struct(type, options as PDFKit.Mixins.StructureElementOptions);
    parent.add(element);
    fill(element);
    element.end();
    return element;
  }

  /** Narrows the column by `by` points while `fill` runs. */
  indented(by: number, fill: () => void): void {
    this.left += by;
    this.width -= by;
    try {
      fill();
    } finally {
      this.left -= by;
      this.width += by;
    }
  }

  /**
   * A block of text as an element of `type` (P, H1, Lbl…): each link among the spans as a Link
   * element inside it, everything else as the block's own content.
   */
  text(
    parent: Element,
    type: string,
    spans: readonly Span[],
    style: TextStyle,
    options: ElementOptions = {},
  ): void {
    const groups = groupLinks(trimSpans(spans));
    if (groups.length === 0) return;
    this.element(
      parent,
      type,
      (element) => {
        const calls = groups.flatMap((group) => group.spans.map((span) => ({ group, span })));
        let first = true;
        groups.forEach((group) => {
          const draw = () => {
            for (const span of group.spans) {
              const last = calls.at(-1)?.span === span;
              this.doc.linkText =
                group.link === undefined ? '' : group.spans.map((s) => s.text).join('');
              this.draw(span, style, first, !last);
              first = false;
            }
          };
          if (group.link === undefined) element.add(draw);
          else this.element(element, 'Link', (link) => link.add(draw));
        });
      },
      options,
    );
    this.doc.y += style.after ?? 0;
  }

  /** Draws one span, in as many fonts as its characters need. */
  private draw(span: Span, style: TextStyle, first: boolean, continued: boolean): void {
    const runs = fontRuns(span.text, span.face);
    runs.forEach((run, index) => {
      const more = continued || index < runs.length - 1;
      const options: PDFKit.Mixins.TextOptions = {
        continued: more,
        // A number links to a page of this document (the contents' entries).
        link: (span.link ?? null) as string | null,
        underline: typeof span.link === 'string',
      };
      this.doc
        .font(run.font)
        .fontSize(style.size)
        .fillColor(
          typeof span.link === 'string' ? (style.linkColor ?? LINK) : (style.color ?? INK),
        );
      if (first && index === 0)
        this.doc.text(run.text, this.left, this.doc.y, {
          ...options,
          width: this.width,
          lineGap: style.lineGap ?? 0,
          align: style.align ?? 'left',
        });
      else this.doc.text(run.text, options);
    });
  }

  /**
   * One line of page furniture (a running head, a page number) at `x`, `y`, `width` wide, in as
   * many fonts as its characters need: a title in Welsh needs ŵ and ŷ from the Latin
   * Extended file. Call it inside `artifact`.
   */
  furnitureLine(
    text: string,
    face: Face,
    size: number,
    at: { x: number; y: number; width: number; align?: 'left' | 'right' },
  ): void {
    const runs = fontRuns(text, face);
    runs.forEach((run, index) => {
      const options = { continued: index < runs.length - 1, lineBreak: false };
      this.doc.font(run.font).fontSize(size);
      if (index === 0)
        this.doc.text(run.text, at.x, at.y, { ...options, width: at.width, align: at.align });
      else this.doc.text(run.text, options);
    });
  }

  /** Draws page furniture (running heads, rules, page numbers) as an artifact, outside the structure. */
  artifact(draw: () => void, type: 'Pagination' | 'Layout' = 'Layout'): void {
    this.doc.markContent('Artifact', { type });
    draw();
    this.doc.endMarkedContent();
  }

  /** A horizontal rule across the column, as an artifact. */
  rule(color = RULE, weight = 0.75): void {
    const y = this.doc.y;
    this.artifact(() => {
      this.doc
        .moveTo(this.left, y)
        .lineTo(this.left + this.width, y)
        .lineWidth(weight)
        .strokeColor(color)
        .stroke();
    });
  }
}

/** What a structure element may say of itself: alternative text, a title, a header's scope, a figure's place. */
interface ElementOptions {
  alt?: string;
  title?: string;
  scope?: 'Column' | 'Row';
  /** Where a figure sits on its page: left, top, right, bottom. */
  bbox?: [number, number, number, number];
}

interface SpanGroup {
  link?: string | number;
  spans: Span[];
}

/** Consecutive spans with the same link, so that each link becomes one element. */
function groupLinks(spans: readonly Span[]): SpanGroup[] {
  const groups: SpanGroup[] = [];
  for (const span of spans) {
    const last = groups.at(-1);
    if (last && last.link === span.link) last.spans.push(span);
    else groups.push({ link: span.link, spans: [span] });
  }
  return groups;
}

/**
 * The spans with neighbours in the same face and link joined (a line break then breaks the line
 * it is in, and fewer pieces draw faster), runs of white space made single, the ends trimmed
 * and empty spans dropped.
 */
function trimSpans(spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const last = out.at(-1);
    if (last && last.face === span.face && last.link === span.link) last.text += span.text;
    else out.push({ ...span });
  }
  for (const span of out) span.text = span.text.replace(/[ \t]+/g, ' ').replace(/ ?\n ?/g, '\n');
  const first = out[0];
  if (first) first.text = first.text.replace(/^ +/, '');
  const last = out.at(-1);
  if (last) last.text = last.text.replace(/ +$/, '');
  return out.filter((span) => span.text !== '');
}
