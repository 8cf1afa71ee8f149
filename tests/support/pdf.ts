import { getDocument, OPS, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/*
 * Reading a PDF as assistive technology does, with pdfjs (Firefox's PDF reader): its structure
 * tree, the text of each element in structure order, the alternative text of figures, its
 * outline, metadata, fonts and links.
 */

export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  return getDocument({
    data: new Uint8Array(bytes),
    disableFontFace: true,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
}

/** A node of a page's structure tree as pdfjs gives it. */
interface StructNode {
  role?: string;
  alt?: string;
  type?: string;
  id?: string;
  children?: StructNode[];
}

/** What one structure element says: its role, its text (a figure's is its alternative text). */
export interface ReadElement {
  role: string;
  text: string;
  alt?: string;
  page: number;
}

/**
 * Every structure element of every page in reading order, each with the text of the marked
 * content directly or deeply inside it; a figure is read by its alternative text.
 */
export async function readStructure(pdf: PDFDocumentProxy): Promise<ReadElement[]> {
  const elements: ReadElement[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent({ includeMarkedContent: true });
    const texts = new Map<string, string>();
    const open: (string | undefined)[] = [];
    for (const item of content.items) {
      if ('type' in item) {
        if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent')
          open.push(item.id ?? undefined);
        else if (item.type === 'endMarkedContent') open.pop();
      } else {
        const id = open.findLast((entry) => entry !== undefined);
        if (id) texts.set(id, (texts.get(id) ?? '') + item.str + (item.hasEOL ? '\n' : ''));
      }
    }
    const tree = (await page.getStructTree()) as StructNode | null;
    const text = (node: StructNode): string =>
      node.role === 'Figure'
        ? (node.alt ?? '')
        : node.type === 'content'
          ? (texts.get(node.id ?? '') ?? '')
          : (node.children ?? []).map(text).join(' ');
    const walk = (node: StructNode) => {
      if (node.role && node.role !== 'Root')
        elements.push({
          role: node.role,
          text: text(node).replace(/\s+/g, ' ').trim(),
          alt: node.alt,
          page: number,
        });
      if (node.role !== 'Figure') node.children?.forEach(walk);
    };
    if (tree) walk(tree);
  }
  return elements;
}

/** The text a reader hears, in structure order: the leaves' text (figures by their alt). */
export function spokenText(elements: readonly ReadElement[]): string {
  // Leaf roles only, so no text is counted twice through its parents.
  const leaves = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'Lbl', 'TH', 'TD', 'Figure']);
  // A contents entry holds its links directly, without a paragraph.
  leaves.add('Reference');
  return elements
    .filter((element) => leaves.has(element.role))
    .map((element) => element.text)
    .join(' ');
}

/**
 * The text a page draws outside both the structure and the artifacts: what a screen reader
 * would meet without knowing what it is (TRAPS.md: every mark must be accounted for).
 */
export async function untaggedText(pdf: PDFDocumentProxy): Promise<string[]> {
  const untagged: string[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const content = await (
      await pdf.getPage(number)
    ).getTextContent({
      includeMarkedContent: true,
    });
    const open: { tagged: boolean }[] = [];
    for (const item of content.items) {
      if ('type' in item) {
        if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent')
          // pdfjs gives the tag at run time; its types leave it out.
          open.push({
            tagged: Boolean(item.id) || (item as { tag?: string }).tag === 'Artifact',
          });
        else if (item.type === 'endMarkedContent') open.pop();
      } else if (item.str.trim() !== '' && !open.some((entry) => entry.tagged))
        untagged.push(`page ${number}: ${item.str}`);
    }
  }
  return untagged;
}

/** The fonts a page draws with, as pdfjs loaded them. */
export async function pageFonts(
  pdf: PDFDocumentProxy,
  number: number,
): Promise<{ name: string; embedded: boolean }[]> {
  const page = await pdf.getPage(number);
  const operators = await page.getOperatorList();
  const ids = new Set<string>();
  operators.fnArray.forEach((operator, index) => {
    if (operator === OPS.setFont) ids.add(String(operators.argsArray[index]?.[0]));
  });
  return [...ids].map((id) => {
    const font = page.commonObjs.get(id) as { name: string; missingFile: boolean };
    return { name: font.name, embedded: !font.missingFile };
  });
}

/** The words of a text as a reader's ear takes them: letters and digits, in lower case. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** How many of `expected`'s words `actual` says in the same order (their longest common run). */
export function wordsInOrder(expected: readonly string[], actual: readonly string[]): number {
  let previous = new Uint16Array(actual.length + 1);
  let current = new Uint16Array(actual.length + 1);
  for (const word of expected) {
    for (let index = 1; index <= actual.length; index += 1)
      current[index] =
        word === actual[index - 1]
          ? previous[index - 1]! + 1
          : Math.max(previous[index]!, current[index - 1]!);
    [previous, current] = [current, previous];
  }
  return previous[actual.length] ?? 0;
}

/**
 * Where each picture stands on a page, from its head, as the page's transformations (kept and
 * restored with the graphics state) place the unit square every picture is drawn in.
 */
export async function pictureBoxes(
  pdf: PDFDocumentProxy,
  number: number,
): Promise<{ x: number; top: number; width: number; height: number }[]> {
  const page = await pdf.getPage(number);
  const operators = await page.getOperatorList();
  type Matrix = [number, number, number, number, number, number];
  const multiply = (m: Matrix, n: Matrix): Matrix => [
    n[0] * m[0] + n[1] * m[2],
    n[0] * m[1] + n[1] * m[3],
    n[2] * m[0] + n[3] * m[2],
    n[2] * m[1] + n[3] * m[3],
    n[4] * m[0] + n[5] * m[2] + m[4],
    n[4] * m[1] + n[5] * m[3] + m[5],
  ];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const saved: Matrix[] = [];
  const boxes: { x: number; top: number; width: number; height: number }[] = [];
  operators.fnArray.forEach((operator, index) => {
    if (operator === OPS.save) saved.push(ctm);
    else if (operator === OPS.restore) ctm = saved.pop() ?? ctm;
    else if (operator === OPS.transform) ctm = multiply(ctm, operators.argsArray[index] as Matrix);
    else if (operator === OPS.paintImageXObject) {
      const xs = [ctm[4], ctm[4] + ctm[0]];
      const ys = [ctm[5], ctm[5] + ctm[3]];
      boxes.push({
        x: Math.min(...xs),
        top: page.view[3]! - Math.max(...ys),
        width: Math.abs(ctm[0]),
        height: Math.abs(ctm[3]),
      });
    }
  });
  return boxes;
}

/** A line of text as it stands on a page: its page (from 1), column (0 or 1), height and words. */
export interface SetLine {
  page: number;
  column: number;
  y: number;
  text: string;
}

/**
 * Every line of text the PDF draws, page by page, each column from the top: text pieces on one
 * baseline in one half of the page make a line, a space put back where pieces are apart. A
 * picture stands in its column as a line saying "[picture]".
 */
export async function setLines(pdf: PDFDocumentProxy): Promise<SetLine[]> {
  const lines: SetLine[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const half = page.view[2]! / 2;
    const byLine = new Map<string, { x: number; end: number; str: string }[]>();
    for (const item of (await page.getTextContent()).items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const [, , , , x, y] = item.transform as number[];
      const key = `${x! < half ? 0 : 1}:${Math.round(y!)}`;
      byLine.set(key, [...(byLine.get(key) ?? []), { x: x!, end: x! + item.width, str: item.str }]);
    }
    const pageLines = [...byLine].map(([key, pieces]) => {
      const [column, y] = key.split(':').map(Number);
      pieces.sort((a, b) => a.x - b.x);
      const text = pieces
        .map((piece, index) =>
          index > 0 && piece.x - pieces[index - 1]!.end > 1 ? ` ${piece.str}` : piece.str,
        )
        .join('');
      // pdfjs measures from the foot of the page; lines are read from its head.
      return { page: number, column: column!, y: page.view[3]! - y!, text: text.trim() };
    });
    for (const box of await pictureBoxes(pdf, number))
      pageLines.push({
        page: number,
        column: box.x < half ? 0 : 1,
        y: box.top,
        text: '[picture]',
      });
    pageLines.sort((a, b) => a.column - b.column || a.y - b.y);
    lines.push(...pageLines);
  }
  return lines;
}
