import fs from 'node:fs';
import path from 'node:path';
import { cleanPicture } from './picture-metadata';
import { displayPath } from './problems';
import { cleanSvg } from './svg';
import type { MediaFile } from './types';

/*
 * The one module that touches the content folder on disk: it lists the edition folders and
 * their files and reads their bytes. Everything else about content works on what it returns.
 */

/** The folder content is read from: `MASTHEAD_CONTENT_DIR`, or `content/` in the project. */
export function contentDirectory(): string {
  // Not traced by the bundler: next.config.ts copies content/ into the standalone server.
  return path.resolve(
    /* turbopackIgnore: true */ process.env.MASTHEAD_CONTENT_DIR ??
      path.join(process.cwd(), 'content'),
  );
}

/** A file directly in the content folder (content/site.yml), or undefined when there is none. */
export function readContentFile(contentDir: string, name: string): Buffer | undefined {
  const file = path.join(contentDir, name);
  return fs.existsSync(file) ? fs.readFileSync(file) : undefined;
}

/** The edition folders under `contentDir/editions`, as absolute paths in name order. */
export function listEditionFolders(contentDir: string): string[] {
  const editionsDir = path.join(contentDir, 'editions');
  if (!fs.existsSync(editionsDir)) return [];
  return fs
    .readdirSync(editionsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => path.join(editionsDir, entry.name))
    .sort();
}

/** The names of the files in an edition folder (not hidden ones, not folders), in name order. */
export function listFiles(folder: string): string[] {
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
}

/** A file's bytes. */
export function readBytes(absolute: string): Buffer {
  return fs.readFileSync(absolute);
}

/** A file's size in bytes, read before deciding whether to read it. */
export function fileSize(absolute: string): number {
  return fs.statSync(absolute).size;
}

/**
 * One image file's bytes as the site serves them, found through the map the loader built:
 * pictures turned upright and without their metadata (cleanPicture), SVG without its comments
 * and metadata (cleanSvg).
 */
export async function readMediaBytes(file: MediaFile): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = new Uint8Array(await fs.promises.readFile(file.path));
  if (file.contentType === 'image/svg+xml')
    return new TextEncoder().encode(await cleanSvg(new TextDecoder().decode(bytes)));
  try {
    return new Uint8Array(await cleanPicture(bytes, file.contentType));
  } catch (error) {
    // Never served as it is: its metadata could not be removed. Named, so the build says which.
    throw new Error(
      `${displayPath(file.path)}: this picture cannot be read (${String(error)}). Save it again as a PNG or JPEG and rebuild.`,
    );
  }
}

/** Names, sizes and modification times of every file under the folder: cheap to compare. */
export function contentFingerprint(directory: string): string {
  if (!fs.existsSync(directory)) return '';
  return fs
    .readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      const { size, mtimeMs } = fs.statSync(file);
      return `${file}:${size}:${mtimeMs}`;
    })
    .sort()
    .join('\n');
}
