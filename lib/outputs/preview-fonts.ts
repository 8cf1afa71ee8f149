import fs from 'node:fs/promises';
import path from 'node:path';

/*
 * The fonts drawn into preview images. They ship in lib/fonts, so generating an image never
 * fetches anything; the image renderer reads WOFF (not WOFF2).
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
] as const;

let loading: Promise<PreviewFont[]> | undefined;

/** The preview fonts, read once per process. */
export function previewFonts(): Promise<PreviewFont[]> {
  loading ??= Promise.all(
    FILES.map(async ({ name, file, weight }) => {
      const bytes = await fs.readFile(
        path.join(/* turbopackIgnore: true */ process.cwd(), 'lib', 'fonts', file),
      );
      const data = bytes.buffer.slice(
        bytes.byteOffset,
        bytes.byteOffset + bytes.byteLength,
      ) as ArrayBuffer;
      return { name, data, weight, style: 'normal' as const };
    }),
  );
  return loading;
}
