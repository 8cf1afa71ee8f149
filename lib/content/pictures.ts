import path from 'node:path';
import { imageSize } from 'image-size';
import { readBytes } from './folder';
import { scanSensitiveText, type Clearance } from './guardrails';
import { gpsPosition, isTurned, pictureText } from './picture-metadata';
import { displayPath, type ProblemList } from './problems';
import { MAX_SVG_ELEMENTS, svgElementCount, svgText } from './svg';
import type { LoaderSettings, MediaFile, Picture } from './types';

/*
 * The pictures of an edition's folder: which files are pictures and under what names they may
 * be served, what each carries besides its pixels, whether it can be drawn at all, and its size.
 */

const IMAGE_FILE = /\.(png|jpe?g|gif|webp|avif|svg)$/i;
const SAFE_IMAGE_NAME =
  /^[A-Za-z0-9][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*\.(png|jpe?g|gif|webp|avif|svg)$/i;

const CONTENT_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  svg: 'image/svg+xml',
};

/** What one part of an edition shows (the files it names), with the values it has cleared. */
export interface Showing {
  shows: ReadonlySet<string>;
  cleared: readonly Clearance[];
}

/** What reading an edition folder's pictures needs to know. */
export interface PicturesRequest {
  folder: string;
  names: readonly string[];
  settings: LoaderSettings;
  problems: ProblemList;
  /** Filled in: each SVG's words, to be read once it is known who sees them (checkPictureTexts). */
  pictureTexts: Map<string, string>;
}

/**
 * The picture files among `names`, each checked (checkPicture), keyed by name. A file whose
 * name could not be part of an address is reported and left out.
 */
export function mediaFiles({
  folder,
  names,
  settings,
  problems,
  pictureTexts,
}: PicturesRequest): Map<string, MediaFile> {
  const files = new Map<string, MediaFile>();
  for (const name of names) {
    if (!IMAGE_FILE.test(name)) continue;
    if (!SAFE_IMAGE_NAME.test(name)) {
      problems.add(
        displayPath(path.join(folder, name)),
        1,
        'rename this image using only letters, digits, hyphens and underscores before the extension (it becomes part of an address)',
      );
      continue;
    }
    const extension = name.split('.').pop()?.toLowerCase() ?? '';
    const words = checkPicture(path.join(folder, name), settings, problems);
    if (words !== undefined) pictureTexts.set(name, words);
    files.set(name, {
      name,
      path: path.join(folder, name),
      contentType: CONTENT_TYPES[extension] ?? 'application/octet-stream',
    });
  }
  return files;
}

/**
 * Reads what a picture carries besides its pixels, reported at the picture. A photo's metadata
 * text is read with the rules Markdown has for a draft (markings are errors, personal data a
 * warning): the site never serves it, but the file in the repository keeps it, and a marking
 * means the file itself must not be there. A photo that records where it was taken is warned
 * of too: the place may be one that must stay private. An SVG's words are served with it, so
 * they are returned, to be read once it is known whether public content shows the picture
 * (checkPictureTexts). A picture too large or too intricate to draw is an error.
 */
function checkPicture(
  absolute: string,
  settings: LoaderSettings,
  problems: ProblemList,
): string | undefined {
  const file = displayPath(absolute);
  const bytes = readBytes(absolute);
  const svg = /\.svg$/i.test(absolute) ? new TextDecoder().decode(bytes) : undefined;
  if (!checkDrawable(bytes, svg, file, problems)) return undefined;
  if (svg !== undefined) return svgText(svg);
  const options = { emailDomains: settings.emailDomains, phoneNumbers: settings.phoneNumbers };
  for (const { field, text } of pictureText(bytes))
    scanSensitiveText(text, file, problems, { ...options, where: `${field} metadata` });
  const position = gpsPosition(bytes);
  if (position === undefined) return undefined;
  problems.warn(
    file,
    1,
    `this picture records where it was taken (GPS ${position}). The site removes it before serving the picture, but this file keeps it: save a copy without location data if that place must stay private`,
  );
  return undefined;
}

/**
 * The most pixels the image library decodes (sharp's limitInputPixels): a larger picture
 * stops the build at the first preview image or email cover drawn from it.
 */
const MAX_PIXELS = 0x3fff * 0x3fff;
/** SVGs are drawn at 288 dots an inch (emailCover): four times their size each way. */
const SVG_DRAWING_SCALE = 4;

/**
 * Whether the picture (`svg`: its text, when it is an SVG) can be drawn by the image library and
 * a reader's browser: an error at the
 * picture when it has more pixels than the library decodes, or is an SVG whose references
 * multiply into more elements than a browser can draw (svgElementCount). Quick either way:
 * only the header or the markup is read, never the pixels.
 */
function checkDrawable(
  bytes: Buffer,
  svg: string | undefined,
  file: string,
  problems: ProblemList,
): boolean {
  if (svg !== undefined) {
    const elements = svgElementCount(svg);
    if (elements > MAX_SVG_ELEMENTS) {
      problems.add(
        file,
        1,
        `this SVG draws more than ${MAX_SVG_ELEMENTS.toLocaleString('en-GB')} shapes once its <use> references are followed, which would hang readers' browsers: export it again without nested symbols, or as a PNG`,
      );
      return false;
    }
  }
  let size: { width?: number; height?: number };
  try {
    size = imageSize(bytes);
  } catch {
    // An unreadable picture is reported where it is measured.
    return true;
  }
  const scale = svg !== undefined ? SVG_DRAWING_SCALE * SVG_DRAWING_SCALE : 1;
  const pixels = (size.width ?? 0) * (size.height ?? 0) * scale;
  if (pixels <= MAX_PIXELS) return true;
  problems.add(
    file,
    1,
    `this picture is ${size.width} × ${size.height}${svg !== undefined ? ' (drawn at four times that)' : ''}, more pixels than the site can draw: save it at most 4,000 pixels wide`,
  );
  return false;
}

/**
 * Reads the words of the edition's SVGs, which are served with them, with the rules Markdown
 * has: an SVG that public content shows is public text, so a private person's contact details
 * in it are an error at the picture unless an article that shows it clears that value.
 */
export function checkPictureTexts({
  pictureTexts,
  showings,
  folder,
  settings,
  problems,
}: {
  pictureTexts: ReadonlyMap<string, string>;
  showings: readonly Showing[];
  folder: string;
  settings: LoaderSettings;
  problems: ProblemList;
}): void {
  for (const [name, text] of pictureTexts) {
    const showing = showings.filter(({ shows }) => shows.has(name));
    scanSensitiveText(text, displayPath(path.join(folder, name)), problems, {
      emailDomains: settings.emailDomains,
      phoneNumbers: settings.phoneNumbers,
      isPublic: showing.length > 0,
      cleared: showing.flatMap(({ cleared }) => cleared),
      reportUnusedClearances: false,
    });
  }
}

/** A picture file measured, before any page gives it a description. */
export type MeasuredImage = Omit<Picture, 'alt' | 'optimise'>;

/** Finds and measures an edition's images by name, measuring each file once. */
export function imageFinder(
  files: ReadonlyMap<string, MediaFile>,
  urlOf: (name: string) => string,
) {
  const measured = new Map<string, MeasuredImage | undefined>();
  return (name: string): MeasuredImage | undefined => {
    if (!measured.has(name)) measured.set(name, measure(files.get(name), urlOf(name)));
    return measured.get(name);
  };
}

function measure(media: MediaFile | undefined, url: string): MeasuredImage | undefined {
  if (!media) return undefined;
  try {
    const { width, height, orientation } = imageSize(readBytes(media.path));
    if (!width || !height) return undefined;
    // Served turned upright (cleanPicture), so a quarter-turned photo is as tall as it is wide.
    return isTurned(orientation) ? { url, width: height, height: width } : { url, width, height };
  } catch {
    return undefined;
  }
}
