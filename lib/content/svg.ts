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
