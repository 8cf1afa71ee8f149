import fs from 'node:fs/promises';
import path from 'node:path';
import { parse, type Font } from 'opentype.js';

/*
 * The fonts drawn into preview images, and the rule for what they can draw. They ship in
 * lib/fonts (WOFF, which the image renderer reads, not WOFF2): Source Serif 4 and Source Sans 3
 * for Latin (with Welsh, Polish and other accented letters), Greek and Cyrillic, IBM Plex Sans
 * Arabic (Noto's Arabic uses a substitution the renderer cannot read) and Noto Sans Hebrew,
 * about 350 KB together.
 *
 * When a title holds a character none of them has (Chinese, an emoji), next/og fetches a font
 * or an emoji picture from the internet, and fails the build offline. So such characters are
 * left out of the image before it is drawn: the image never needs the network, and the page
 * itself still shows the full title.
 */

export interface PreviewFont {
  name: string;
  data: ArrayBuffer;
  weight: 400 | 600 | 700;
  style: 'normal';
}

const FILES = [
  { name: 'Source Serif 4', file: 'source-serif-4-latin-400-normal.woff', weight: 400 },
  { name: 'Source Serif 4', file: 'source-serif-4-latin-700-normal.woff', weight: 700 },
  { name: 'Source Sans 3', file: 'source-sans-3-latin-600-normal.woff', weight: 600 },
  { name: 'Serif Latin Ext', file: 'source-serif-4-latin-ext-400-normal.woff', weight: 400 },
  { name: 'Serif Latin Ext', file: 'source-serif-4-latin-ext-700-normal.woff', weight: 700 },
  { name: 'Serif Greek', file: 'source-serif-4-greek-400-normal.woff', weight: 400 },
  { name: 'Serif Greek', file: 'source-serif-4-greek-700-normal.woff', weight: 700 },
  { name: 'Serif Cyrillic', file: 'source-serif-4-cyrillic-400-normal.woff', weight: 400 },
  { name: 'Serif Cyrillic', file: 'source-serif-4-cyrillic-700-normal.woff', weight: 700 },
  { name: 'Sans Latin Ext', file: 'source-sans-3-latin-ext-600-normal.woff', weight: 600 },
  { name: 'Sans Greek', file: 'source-sans-3-greek-600-normal.woff', weight: 600 },
  { name: 'Sans Cyrillic', file: 'source-sans-3-cyrillic-600-normal.woff', weight: 600 },
  {
    name: 'IBM Plex Sans Arabic',
    file: 'ibm-plex-sans-arabic-arabic-400-normal.woff',
    weight: 400,
  },
  {
    name: 'IBM Plex Sans Arabic',
    file: 'ibm-plex-sans-arabic-arabic-700-normal.woff',
    weight: 700,
  },
  { name: 'Noto Sans Hebrew', file: 'noto-sans-hebrew-hebrew-400-normal.woff', weight: 400 },
  { name: 'Noto Sans Hebrew', file: 'noto-sans-hebrew-hebrew-700-normal.woff', weight: 700 },
] as const;

/** The font stacks the preview card names: its own face first, then each script's. */
export const SERIF_STACK =
  'Source Serif 4, Serif Latin Ext, Serif Greek, Serif Cyrillic, IBM Plex Sans Arabic, Noto Sans Hebrew';
export const SANS_STACK =
  'Source Sans 3, Sans Latin Ext, Sans Greek, Sans Cyrillic, IBM Plex Sans Arabic, Noto Sans Hebrew';

interface Loaded {
  fonts: PreviewFont[];
  parsed: Font[];
}

let loading: Promise<Loaded> | undefined;

function load(): Promise<Loaded> {
  loading ??= Promise.all(
    FILES.map(async ({ name, file, weight }) => {
      const bytes = await fs.readFile(
        path.join(/* turbopackIgnore: true */ process.cwd(), 'lib', 'fonts', file),
      );
      const data = bytes.buffer.slice(
        bytes.byteOffset,
        bytes.byteOffset + bytes.byteLength,
      ) as ArrayBuffer;
      return { font: { name, data, weight, style: 'normal' as const }, parsed: parse(data) };
    }),
  ).then((loaded) => ({
    fonts: loaded.map((entry) => entry.font),
    parsed: loaded.map((entry) => entry.parsed),
  }));
  return loading;
}

/** How many fonts every image is given: the site's own three cuts, first in FILES. */
const OWN_FONTS = 3;

/**
 * The fonts an image whose text is `texts` needs: the site's own three, and a script's fonts
 * only when the text has a character that needs them. The renderer reads every font it is
 * given for every image, so each one left out saves time on every card drawn.
 */
export async function previewFonts(texts: readonly string[]): Promise<PreviewFont[]> {
  const { fonts, parsed } = await load();
  const own = parsed.slice(0, OWN_FONTS);
  const needed = new Set<number>();
  for (const character of texts.join('')) {
    if (/\s/.test(character) || own.some((font) => font.charToGlyphIndex(character) > 0)) continue;
    parsed.forEach((font, index) => {
      if (index >= OWN_FONTS && font.charToGlyphIndex(character) > 0) needed.add(index);
    });
  }
  return fonts.filter((_, index) => index < OWN_FONTS || needed.has(index));
}

/**
 * `text` with every character that no preview font can draw left out (and the spaces that
 * leaves tidied), so drawing it never sends the renderer to the network for a font.
 */
export async function drawableText(text: string): Promise<string> {
  const { parsed } = await load();
  let kept = '';
  for (const character of text) {
    if (/\s/.test(character) || parsed.some((font) => font.charToGlyphIndex(character) > 0))
      kept += character;
  }
  return kept.replace(/\s+/g, ' ').trim();
}
