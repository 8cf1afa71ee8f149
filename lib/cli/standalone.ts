import fs from 'node:fs';
import path from 'node:path';
import { siteUrlWarning } from '../site/settings';

/*
 * Run by `npm run build` after `next build`. Next's standalone server (in
 * <distDir>/standalone) holds only what the server code needs; the browser's assets are left
 * for a CDN to serve. Copying them in beside it makes the folder a complete server that any
 * number of instances can run, with nothing else from the repository.
 */

const root = process.cwd();
const distDir = process.env.NEXT_DIST_DIR || '.next';
const standalone = path.join(root, distDir, 'standalone');

if (!fs.existsSync(path.join(standalone, 'server.js'))) {
  console.error(
    `${path.join(distDir, 'standalone', 'server.js')} is missing: run next build first.`,
  );
  process.exit(1);
}

const copies: [from: string, to: string][] = [
  [path.join(root, distDir, 'static'), path.join(standalone, distDir, 'static')],
  [path.join(root, 'public'), path.join(standalone, 'public')],
];
for (const [from, to] of copies) {
  if (!fs.existsSync(from)) continue;
  fs.rmSync(to, { recursive: true, force: true });
  fs.cpSync(from, to, { recursive: true });
}
console.log(`Standalone server ready: node ${path.join(distDir, 'standalone', 'server.js')}`);

// Last, so it is the last thing the build says.
const warning = siteUrlWarning(process.env);
if (warning) console.warn(warning);
