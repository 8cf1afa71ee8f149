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
