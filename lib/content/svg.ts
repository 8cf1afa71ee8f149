/*
 * SVG pictures are text: what an editor's drawing program leaves in them (comments, metadata,
 * the author's name, the file's path on their machine) is sent to every reader who opens the
 * file. The check reads what an SVG says (svgText), and the site serves it without its
 * comments and metadata (cleanSvg).
 */

/** Attributes that hold words a person wrote, rather than drawing instructions. */
const TEXT_ATTRIBUTES =
  /^(?:aria-label|aria-description|aria-roledescription|alt|title|[\w-]+:label|sodipodi:docname)$/i;

/**
 * What an SVG says, for the guardrails: its text, comments, metadata and text-holding
 * attributes, each at its own line and column; markup and drawing data are blanked to spaces,
 * so nothing in a path or an embedded picture is mistaken for a number plate or a postcode.
 */
export function svgText(source: string): string {
  return source.replace(/<(?!!--|!\[CDATA\[)[^>]*>/g, (tag) => {
    let kept = '';
    for (const match of tag.matchAll(/([\w:.-]+)\s*=\s*("[^"]*"|'[^']*')|[\s\S]/g)) {
      const [whole, name, value] = match;
      if (name !== undefined && value !== undefined) {
        const prefix = whole.slice(0, whole.length - value.length);
        kept +=
          blank(prefix) + (TEXT_ATTRIBUTES.test(name) ? ` ${value.slice(1, -1)} ` : blank(value));
      } else {
        kept += blank(whole);
      }
    }
    return kept;
  });
}

/** Spaces in place of every character but line breaks, so lines and columns stay where they were. */
function blank(text: string): string {
  return text.replace(/[^\n]/g, ' ');
}

/**
 * The SVG as the site serves it: without comments (all of them, "keep me" ones included),
 * metadata, editors' private data, a document type or processing instructions, and with
 * comments gone from its style sheets. The drawing itself is left as it is.
 */
export async function cleanSvg(source: string): Promise<string> {
  // Loaded when an SVG is first served: checking content only reads its words (svgText).
  const { optimize } = await import('svgo');
  return optimize(source, {
    plugins: [
      { name: 'removeComments', params: { preservePatterns: false } },
      'removeMetadata',
      'removeEditorsNSData',
      'removeXMLProcInst',
      'removeDoctype',
      'minifyStyles',
    ],
  }).data;
}

/**
 * Most elements an SVG may draw once its `<use>` references are followed. Nested references
 * multiply: ten `<use>` at each of nine levels draw 10^9 elements from a 3 KB file, which hangs
 * a reader's browser and stops the image library. A detailed map or chart draws a few
 * thousand.
 */
export const MAX_SVG_ELEMENTS = 50_000;

/** Deepest nesting of elements an SVG may have; drawing programs nest a few dozen at most. */
const MAX_SVG_DEPTH = 500;

/**
 * How many elements the SVG draws with every `<use>` followed, counted without drawing it;
 * the count stops early once it passes `limit`, so a bomb costs no more than a normal file.
 * A reference to an element that does not exist draws nothing; one that reaches itself again
 * counts as past the limit (a browser draws nothing, but no editor means it).
 */
export function svgElementCount(source: string, limit: number = MAX_SVG_ELEMENTS): number {
  interface Node {
    own: number;
    uses: string[];
    children: Node[];
  }
  const root: Node = { own: 0, uses: [], children: [] };
  const byId = new Map<string, Node>();
  const stack: Node[] = [root];
  const tags = /<(\/?)([A-Za-z][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;
  for (const [, closing, , attributes = '', selfClosing] of source.matchAll(tags)) {
    const parent = stack[stack.length - 1] ?? root;
    if (closing) {
      if (stack.length > 1) stack.pop();
      continue;
    }
    const node: Node = { own: 1, uses: [], children: [] };
    parent.children.push(node);
    const id = /(?:^|\s)id\s*=\s*["']([^"']*)["']/.exec(attributes)?.[1];
    if (id !== undefined && !byId.has(id)) byId.set(id, node);
    const reference = /(?:^|\s)(?:xlink:)?href\s*=\s*["']#([^"']*)["']/.exec(attributes)?.[1];
    if (reference !== undefined) node.uses.push(reference);
    if (!selfClosing) stack.push(node);
    // Nesting this deep is no drawing, and counting it would need as deep a recursion.
    if (stack.length > MAX_SVG_DEPTH) return limit + 1;
  }

  const counted = new Map<Node, number>();
  const visiting = new Set<Node>();
  const count = (node: Node): number => {
    const known = counted.get(node);
    if (known !== undefined) return known;
    if (visiting.has(node)) return limit + 1;
    visiting.add(node);
    let total = node.own;
    for (const child of node.children) {
      total += count(child);
      if (total > limit) break;
    }
    for (const reference of node.uses) {
      const target = byId.get(reference);
      if (target) total += count(target);
      if (total > limit) break;
    }
    visiting.delete(node);
    const capped = Math.min(total, limit + 1);
    counted.set(node, capped);
    return capped;
  };
  return count(root);
}
