import fs from 'node:fs';
import path from 'node:path';
import { create, type Font } from 'fontkit';
import { unwrapWoff } from './sfnt';

/*
 * The typefaces of the PDF edition: the site's own (Source Serif 4 for text, Source Sans 3 for
 * headings), embedded as subsets. They ship in lib/fonts split by script, as the preview images
 * use them, so a line of text is drawn in runs: each character in the first file of its face
 * that has it. A character no file has (Chinese, an emoji) is left out, as it is from preview
 * images. Arabic and Hebrew are shaped and drawn right to left within their runs, but a line
 * mixing directions is not reordered (PDFKit has no bidirectional layout), and PDF readers may
 * read such runs out of order: the web pages and text file are right for them.
 */

/** The four faces the PDF sets text in. */
export type Face = 'serif' | 'serifBold' | 'serifItalic' | 'sans';

const SCRIPTS = ['latin', 'latin-ext', 'greek', 'cyrillic'] as const;

/** Arabic and Hebrew after the site's own scripts, in the weight nearest each face. */
const OTHER_SCRIPTS = {
  regular: [
    'ibm-plex-sans-arabic-arabic-400-normal.woff',
    'noto-sans-hebrew-hebrew-400-normal.woff',
  ],
  bold: ['ibm-plex-sans-arabic-arabic-700-normal.woff', 'noto-sans-hebrew-hebrew-700-normal.woff'],
};

/** One family's cut in each of the site's scripts, then the other scripts' files. */
function cut(
  family: string,
  weight: number,
  others: readonly string[],
  style: 'normal' | 'italic' = 'normal',
): string[] {
  return [...SCRIPTS.map((script) => `${family}-${script}-${weight}-${style}.woff`), ...others];
}

/** Each face's files, the first tried first. */
const FACE_FILES: Record<Face, readonly string[]> = {
  serif: cut('source-serif-4', 400, OTHER_SCRIPTS.regular),
  serifBold: cut('source-serif-4', 700, OTHER_SCRIPTS.bold),
  // The real italic, in static cuts: the site's own italic is a variable WOFF2 file, whose
  // glyphs come out blank when PDFKit embeds a subset of it.
  serifItalic: cut('source-serif-4', 400, OTHER_SCRIPTS.regular, 'italic'),
  sans: cut('source-sans-3', 600, OTHER_SCRIPTS.bold),
};

function fontPath(file: string): string {
  return path.join(/* turbopackIgnore: true */ process.cwd(), 'lib', 'fonts', file);
}

/** A face's first file (its Latin cut), the one to measure text with. */
export function mainFont(face: Face): string {
  return FACE_FILES[face][0]!;
}

/** A font file as the PDF writer registers it, under its file name. */
export interface FontFile {
  name: string;
  data: Buffer;
}

interface LoadedFace {
  files: FontFile[];
  /** Parsed for their character maps. */
  maps: Font[];
}

const loaded = new Map<Face, LoadedFace>();

function face(name: Face): LoadedFace {
  let found = loaded.get(name);
  if (!found) {
    const files = FACE_FILES[name].map((file) => ({
      name: file,
      data: unwrapWoff(fs.readFileSync(fontPath(file))),
    }));
    found = { files, maps: files.map(({ data }) => create(data) as Font) };
    loaded.set(name, found);
  }
  return found;
}

/** Every font file the faces use, for registering with the writer. */
export function fontFiles(): FontFile[] {
  const byName = new Map<string, FontFile>();
  for (const name of Object.keys(FACE_FILES) as Face[])
    for (const file of face(name).files) byName.set(file.name, file);
  return [...byName.values()];
}

/** A stretch of text and the font file that draws it. */
export interface FontRun {
  font: string;
  text: string;
}

/** Splits `text` into runs, each in the first file of `faceName` that has its characters. */
export function fontRuns(text: string, faceName: Face): FontRun[] {
  const { files, maps } = face(faceName);
  const runs: FontRun[] = [];
  let lastIndex = 0;
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    const space = /\s/u.test(character);
    // White space stays in the run before it when that file has it (fewer runs draw faster);
    // the Arabic and Hebrew files have no space of their own.
    const index =
      space && maps[lastIndex]?.hasGlyphForCodePoint(code)
        ? lastIndex
        : maps.findIndex((map) => map.hasGlyphForCodePoint(code));
    // No file has it (Chinese, an emoji): left out, as from preview images, rather than drawn
    // as a blank box that a screen reader would read as nothing or as noise.
    if (index === -1 && !space) continue;
    const font = files[Math.max(index, 0)]!.name;
    lastIndex = Math.max(index, 0);
    const last = runs.at(-1);
    if (last?.font === font) last.text += character;
    else runs.push({ font, text: character });
  }
  return runs;
}
