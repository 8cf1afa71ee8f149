import fs from 'node:fs/promises';
import path from 'node:path';

/*
 * Outputs kept between builds in the build's cache folder (<distDir>/cache, which CI keeps as
 * Next's own cache is kept): preview images (./card-cache.ts) and PDF editions
 * (./pdf/kept-pdf.ts). Each file is named by a hash of everything it is made from, so a change
 * to any of it names another file and a stale output is never found; old files are only ever
 * unused.
 */

/**
 * The file `name` kept in `folder`, or the one `make` returns, kept for next time. A folder
 * that cannot be read or written only costs making the output.
 */
export async function keptFile(
  folder: string,
  name: string,
  make: () => Promise<Uint8Array>,
): Promise<Uint8Array> {
  const file = path.join(folder, name);
  const kept = await fs.readFile(file).catch(() => undefined);
  if (kept) return new Uint8Array(kept);
  const made = await make();
  // Written beside and renamed, so a build running in parallel never reads half a file.
  const partial = `${file}.${process.pid}.partial`;
  await fs
    .mkdir(folder, { recursive: true })
    .then(() => fs.writeFile(partial, made))
    .then(() => fs.rename(partial, file))
    .catch(() => fs.rm(partial, { force: true }));
  return made;
}
