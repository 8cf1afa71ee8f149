import exifReader from 'exif-reader';
import { inflateSync } from 'node:zlib';

/*
 * What a picture carries besides its pixels. A phone photo holds where it was taken, whose
 * camera took it and often a caption; none of that may reach a reader. Every picture the site
 * serves passes through cleanPicture; the check reads the metadata first (readExif), so the
 * editor hears about a GPS position in a file before it is stripped.
 */

/**
 * sharp, loaded when a picture is first written: checking content only reads metadata, and
 * `npm run check` should not pay for loading the image library.
 */
async function loadSharp() {
  return (await import('sharp')).default;
}

/** EXIF orientations that turn the picture a quarter, so its width and height swap. */
const QUARTER_TURNS = new Set([5, 6, 7, 8]);

/** Whether a picture with this EXIF orientation is displayed with width and height swapped. */
export function isTurned(orientation: number | undefined): boolean {
  return orientation !== undefined && QUARTER_TURNS.has(orientation);
}

/**
 * The picture as it may be served: turned upright by its EXIF orientation, then written again
 * with no EXIF, XMP or IPTC data and no embedded thumbnail, keeping its colour profile so its
 * colours do not shift. SVG is text, not handled here.
 */
export async function cleanPicture(bytes: Uint8Array, contentType: string): Promise<Uint8Array> {
  const animated = contentType === 'image/gif' || contentType === 'image/webp';
  const sharp = await loadSharp();
  const image = sharp(bytes, { animated }).rotate().keepIccProfile();
  const written =
    contentType === 'image/jpeg'
      ? image.jpeg({ quality: 90 })
      : contentType === 'image/png'
        ? image.png()
        : contentType === 'image/webp'
          ? image.webp({ quality: 90 })
          : contentType === 'image/avif'
            ? image.avif({ quality: 70 })
            : contentType === 'image/gif'
              ? image.gif()
              : undefined;
  if (!written) throw new Error(`cleanPicture cannot write ${contentType}`);
  return new Uint8Array(await written.toBuffer());
}

/** How wide the email's cover is drawn, twice the 600 pixels it is shown at, for sharp screens. */
const EMAIL_COVER_WIDTH = 1200;

/**
 * A cover as email clients can show it: a JPEG on white, 1200 pixels wide (shown at 600), turned
 * upright and without metadata. Gmail and Outlook show no SVG, so an SVG cover is drawn here.
 */
export async function emailCover(bytes: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const sharp = await loadSharp();
  const image = sharp(bytes, { density: 288 })
    .rotate()
    .resize({ width: EMAIL_COVER_WIDTH, withoutEnlargement: false })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 82, mozjpeg: true });
  return new Uint8Array(await image.toBuffer());
}

/** Widest a picture is drawn into the PDF edition: 300 dots an inch across an A4 column. */
const PRINT_WIDTH = 1800;

/**
 * A picture as the PDF edition embeds it (PDF holds JPEG and PNG): upright, without metadata,
 * at most 1800 pixels wide; an SVG drawn at that width as PNG, photographs as JPEG.
 */
export async function printPicture(
  bytes: Uint8Array,
  contentType: string,
): Promise<{ data: Buffer; width: number; height: number }> {
  const svg = contentType === 'image/svg+xml';
  // On white and without an alpha channel: PDFKit would otherwise split every pixel's
  // transparency out in JavaScript, seconds for a cover.
  const sharp = await loadSharp();
  const image = sharp(bytes, svg ? { density: 216 } : {})
    .rotate()
    .resize({ width: PRINT_WIDTH, withoutEnlargement: !svg })
    .flatten({ background: '#ffffff' });
  const written =
    svg || contentType === 'image/png' || contentType === 'image/gif'
      ? image.png({ compressionLevel: 9 })
      : image.jpeg({ quality: 82, mozjpeg: true });
  const { data, info } = await written.toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** The EXIF data a JPEG, PNG or WebP file carries, parsed, or undefined when it has none. */
export function readExif(bytes: Uint8Array): ReturnType<typeof exifReader> | undefined {
  const block = exifBlock(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (!block) return undefined;
  try {
    return exifReader(block);
  } catch {
    return undefined;
  }
}

/** The GPS position recorded in a picture, as "54.4847° N, 0.6122° W", if it has one. */
export function gpsPosition(bytes: Uint8Array): string | undefined {
  const gps = readExif(bytes)?.GPSInfo;
  const latitude = degrees(gps?.GPSLatitude);
  const longitude = degrees(gps?.GPSLongitude);
  if (latitude === undefined || longitude === undefined) return undefined;
  return `${latitude.toFixed(4)}° ${gps?.GPSLatitudeRef ?? 'N'}, ${longitude.toFixed(4)}° ${gps?.GPSLongitudeRef ?? 'E'}`;
}

function degrees(value: unknown): number | undefined {
  if (!Array.isArray(value) || value.length !== 3 || !value.every((n) => typeof n === 'number'))
    return undefined;
  const [d, m, s] = value as [number, number, number];
  return d + m / 60 + s / 3600;
}

/**
 * Finds the EXIF block (from its TIFF header) in a JPEG's APP1 segment, a PNG's eXIf chunk
 * or a WebP's EXIF chunk, by walking the file's own structure.
 */
function exifBlock(file: Buffer): Buffer | undefined {
  if (file[0] === 0xff && file[1] === 0xd8) {
    let at = 2;
    while (at + 4 <= file.length && file[at] === 0xff) {
      const marker = file[at + 1] ?? 0;
      const length = file.readUInt16BE(at + 2);
      if (marker === 0xe1 && file.toString('latin1', at + 4, at + 10) === 'Exif\0\0')
        return file.subarray(at + 10, at + 2 + length);
      if (marker === 0xda) return undefined;
      at += 2 + length;
    }
    return undefined;
  }
  if (file.toString('latin1', 1, 4) === 'PNG') {
    let at = 8;
    while (at + 8 <= file.length) {
      const length = file.readUInt32BE(at);
      const type = file.toString('latin1', at + 4, at + 8);
      if (type === 'eXIf') return file.subarray(at + 8, at + 8 + length);
      at += 12 + length;
    }
    return undefined;
  }
  if (file.toString('latin1', 0, 4) === 'RIFF' && file.toString('latin1', 8, 12) === 'WEBP') {
    let at = 12;
    while (at + 8 <= file.length) {
      const type = file.toString('latin1', at, at + 4);
      const length = file.readUInt32LE(at + 4);
      if (type === 'EXIF') {
        const block = file.subarray(at + 8, at + 8 + length);
        return block.toString('latin1', 0, 6) === 'Exif\0\0' ? block.subarray(6) : block;
      }
      at += 8 + length + (length % 2);
    }
  }
  return undefined;
}

/** A piece of text a picture carries besides its pixels, and where in the file it was found. */
export interface PictureText {
  /** Where it was found, as an editor's photo tool names it: "EXIF Artist", "XMP", "IPTC". */
  field: string;
  text: string;
}

/**
 * Every text a raster picture carries in its metadata: EXIF text fields (Windows' XP fields
 * and the user comment included), the XMP packet's values, IPTC captions and credits, and PNG
 * text chunks. The check reads them before they are stripped, so a marking or a name in a
 * caption is caught in the repository as well as kept from readers.
 */
export function pictureText(bytes: Uint8Array): PictureText[] {
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return [...exifText(file), ...xmpText(file), ...iptcText(file), ...pngText(file)].filter(
    ({ text }) => text.trim() !== '',
  );
}

function exifText(file: Buffer): PictureText[] {
  const exif = readExif(file);
  if (!exif) return [];
  const found: PictureText[] = [];
  for (const group of ['Image', 'Photo', 'GPSInfo', 'Iop'] as const) {
    for (const [name, value] of Object.entries(exif[group] ?? {})) {
      const text = exifValueText(name, value);
      if (text !== undefined) found.push({ field: `EXIF ${name}`, text });
    }
  }
  return found;
}

/** An EXIF value as text, when it is text: strings, XP fields (UCS-2) and comments. */
function exifValueText(name: string, value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  const raw = Buffer.isBuffer(value)
    ? value
    : Array.isArray(value) && value.every((n) => typeof n === 'number')
      ? Buffer.from(value as number[])
      : undefined;
  if (!raw) return undefined;
  if (name.startsWith('XP')) return raw.toString('utf16le').replace(/\0+$/, '');
  // A comment's first eight bytes name its character set.
  if (name === 'UserComment' || name === 'GPSAreaInformation' || name === 'GPSProcessingMethod') {
    const charset = raw.toString('latin1', 0, 8);
    const body = raw.subarray(8);
    return (
      charset.startsWith('UNICODE') ? body.toString('utf16le') : body.toString('utf8')
    ).replace(/\0+$/, '');
  }
  return undefined;
}

/** The values of an XMP packet (as element text or as attributes), wherever the file keeps it. */
function xmpText(file: Buffer): PictureText[] {
  const source = file.toString('latin1');
  const found: PictureText[] = [];
  for (const match of source.matchAll(/<x:xmpmeta[\s\S]*?<\/x:xmpmeta>/g)) {
    const xml = Buffer.from(match[0], 'latin1').toString('utf8');
    const values = [
      ...[...xml.matchAll(/\s[\w:.-]+\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((m) => m[1] ?? m[2]),
      ...xml.split(/<[^>]*>/),
    ];
    const text = values
      .map((value) => decodeXml(value ?? '').trim())
      // Namespace addresses and identifiers are not what an editor wrote.
      .filter((value) => value !== '' && !/^(?:https?:|uuid:|xmp\.|adobe:)/i.test(value))
      .join('\n');
    found.push({ field: 'XMP', text });
  }
  return found;
}

function decodeXml(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** IPTC application records (caption, by-line, city, keywords…) in a JPEG's Photoshop block. */
function iptcText(file: Buffer): PictureText[] {
  if (file[0] !== 0xff || file[1] !== 0xd8) return [];
  const found: PictureText[] = [];
  let at = 2;
  while (at + 4 <= file.length && file[at] === 0xff) {
    const marker = file[at + 1] ?? 0;
    const length = file.readUInt16BE(at + 2);
    if (marker === 0xda) break;
    if (marker === 0xed) {
      const block = file.subarray(at + 4, at + 2 + length);
      for (let i = 0; i + 5 <= block.length; i += 1) {
        // A dataset: 0x1C, record 2 (application), its number, a two-byte length, the text.
        if (block[i] !== 0x1c || block[i + 1] !== 0x02) continue;
        const size = block.readUInt16BE(i + 3);
        if (size === 0 || i + 5 + size > block.length) continue;
        found.push({ field: 'IPTC', text: block.toString('utf8', i + 5, i + 5 + size) });
        i += 4 + size;
      }
    }
    at += 2 + length;
  }
  return found;
}

/** A PNG's text chunks (tEXt, iTXt and compressed zTXt): title, author, description, comment. */
function pngText(file: Buffer): PictureText[] {
  if (file.toString('latin1', 1, 4) !== 'PNG') return [];
  const found: PictureText[] = [];
  let at = 8;
  while (at + 8 <= file.length) {
    const length = file.readUInt32BE(at);
    const type = file.toString('latin1', at + 4, at + 8);
    const data = file.subarray(at + 8, at + 8 + length);
    const keywordEnd = data.indexOf(0);
    if (keywordEnd > 0 && ['tEXt', 'zTXt', 'iTXt'].includes(type)) {
      const keyword = data.toString('latin1', 0, keywordEnd);
      const text = pngChunkText(type, data.subarray(keywordEnd + 1));
      if (text !== undefined) found.push({ field: `PNG ${keyword}`, text });
    }
    at += 12 + length;
  }
  return found;
}

function pngChunkText(type: string, rest: Buffer): string | undefined {
  try {
    if (type === 'tEXt') return rest.toString('latin1');
    if (type === 'zTXt') return inflateSync(rest.subarray(1)).toString('latin1');
    // iTXt: compression flag and method, then language and translated keyword, each ended by 0.
    const compressed = rest[0] === 1;
    const languageEnd = rest.indexOf(0, 2);
    const translatedEnd = rest.indexOf(0, languageEnd + 1);
    const body = rest.subarray(translatedEnd + 1);
    return (compressed ? inflateSync(body) : body).toString('utf8');
  } catch {
    return undefined;
  }
}
