import exifReader from 'exif-reader';
import sharp from 'sharp';

/*
 * What a picture carries besides its pixels. A phone photo holds where it was taken, whose
 * camera took it and often a caption; none of that may reach a reader. Every picture the site
 * serves passes through cleanPicture; the check reads the metadata first (readExif), so the
 * editor hears about a GPS position in a file before it is stripped.
 */

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
