import fs from 'node:fs';
import { readingScriptFile } from '../site/build-cache';

/**
 * The reading pages' script as the build bundled it (lib/cli/reading-script.ts). Read when the
 * route is prerendered, so a build without the bundle stops here, saying what to run.
 */
export function readingScript(root: string = process.cwd()): string {
  const file = readingScriptFile(root);
  if (!fs.existsSync(file))
    throw new Error(
      `${file} is missing: the reading script is bundled by npm run build, npm run export and npm run dev (node lib/cli/run.mjs reading-script).`,
    );
  return fs.readFileSync(file, 'utf8');
}
