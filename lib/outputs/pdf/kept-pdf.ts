import { createHash } from 'node:crypto';
import type { Edition } from '../../library/getters';
import { codeVersion } from '../../library/kept-results';
import { buildCacheFolder, isBuilding } from '../../site/build-cache';
import type { SiteSettings } from '../../site/settings';
import { keptFile } from '../kept-files';
import { editionPdf, pictureNames, type PictureReader } from './edition-pdf';

/*
 * PDF editions kept between builds (../kept-files.ts), so that a build after a change writes
 * again only the PDFs of the editions that changed. A PDF is named by a hash of everything it
 * is made from: the edition as loaded (every word, picture reference, correction and
 * withdrawal in it), the settings, the bytes of every picture it shows, and the version of the
 * code (every file under lib/, fonts included, the locked dependency versions and Node's).
 * Kept during a build only (isBuilding says why); a running server writes the PDF each time.
 */

/** Everything a PDF edition is made from. */
export interface PdfInputs {
  edition: Edition;
  site: SiteSettings;
  pictures: readonly { name: string; contentType: string; bytes: Uint8Array }[];
  /** The code's version (codeVersion). */
  code: string;
}

/** JSON leaves out what Maps and Sets hold; as lists, it is in the hash. */
function withCollections(_key: string, value: unknown): unknown {
  if (value instanceof Map) return { map: [...value] };
  if (value instanceof Set) return { set: [...value] };
  return value;
}

/** The name a PDF with these inputs is kept under. */
export function pdfKey(inputs: PdfInputs): string {
  const hash = createHash('sha256');
  const text = JSON.stringify([inputs.code, inputs.site, inputs.edition], withCollections);
  hash.update(`${text.length}\n${text}`);
  for (const picture of inputs.pictures) {
    // Each part's length first, so that two parts can never run together into the same text.
    const label = `${picture.name}\n${picture.contentType}`;
    hash.update(`\n${label.length}\n${label}\n${picture.bytes.length}\n`).update(picture.bytes);
  }
  return hash.digest('hex');
}

let buildCode: string | undefined | null = null;

/** The code's version, worked out once per process: a build's code does not change under it. */
function buildCodeVersion(): string | undefined {
  if (!isBuilding()) return undefined;
  if (buildCode === null) buildCode = codeVersion(process.cwd());
  return buildCode;
}

/** The PDF edition of `edition`: kept from an earlier build when nothing it is made from changed. */
export async function keptEditionPdf(
  edition: Edition,
  site: SiteSettings,
  readPicture: PictureReader,
  code = buildCodeVersion(),
  folder = buildCacheFolder(process.cwd(), 'pdf-editions'),
): Promise<Uint8Array> {
  if (code === undefined) return editionPdf(edition, site, readPicture);
  const read = await Promise.all(
    pictureNames(edition).map(async (name) => {
      const file = await readPicture(name);
      return file && { name, ...file };
    }),
  );
  const pictures = read.filter((picture) => picture !== undefined);
  const byName = new Map(pictures.map((picture) => [picture.name, picture]));
  return keptFile(folder, `${pdfKey({ edition, site, pictures, code })}.pdf`, () =>
    editionPdf(edition, site, async (name) => byName.get(name)),
  );
}
