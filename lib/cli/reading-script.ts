import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { readingScriptFile } from '../site/build-cache';

/*
 * Run by `npm run build`, `npm run export` and `npm run dev` before Next starts: bundles the
 * reading pages' script (lib/reading/reading.ts) for the browser, with the constants it shares
 * with the server, into node_modules/.cache, where the route app/reading.js reads it.
 */

const root = process.cwd();
const outfile = readingScriptFile(root);
fs.mkdirSync(path.dirname(outfile), { recursive: true });
buildSync({
  entryPoints: [path.join(root, 'lib', 'reading', 'reading.ts')],
  outfile,
  bundle: true,
  // Run once, at the end of the page (the script is loaded with `defer`), in its own scope.
  format: 'iife',
  platform: 'browser',
  // Browsers of the last five years; nothing in the script needs newer.
  target: ['chrome100', 'firefox100', 'safari15', 'edge100'],
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
});
