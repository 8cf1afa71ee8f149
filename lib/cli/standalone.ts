import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { today } from '../content/publishing';
import { readUnrendered } from '../library/getters';
import { publicAddressSchedule } from '../requests/addresses';
import { PUBLIC_ADDRESSES_FILE } from '../requests/public-addresses';
import { site } from '../content/site';
import { readingScriptFile } from '../site/build-cache';
import { siteUrlWarning } from '../site/settings';
import { serverBundleOptions } from './server-bundle';

/*
 * Run by `npm run build` after `next build`. Next's standalone server (in
 * <distDir>/standalone) holds only what the server code needs; the browser's assets are left
 * for a CDN to serve. Copying them in beside it makes the folder a complete server that any
 * number of instances can run, with nothing else from the repository. Its server.js is then
 * replaced by the site's own (lib/server/server.ts: the site's front door before Next, and
 * reading pages without Next's scripts), bundled with the build's configuration as Next's own
 * server.js carries it, and given the list of addresses the public may be answered at, and from
 * which day, for its front door to decide by without loading the content.
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
  // In draft mode /reading.js is answered per request, from the bundle the build made.
  [path.dirname(readingScriptFile(root)), path.dirname(readingScriptFile(standalone))],
];
for (const [from, to] of copies) {
  if (!fs.existsSync(from)) continue;
  fs.rmSync(to, { recursive: true, force: true });
  fs.cpSync(from, to, { recursive: true });
}
const { config } = JSON.parse(
  fs.readFileSync(path.join(root, distDir, 'required-server-files.json'), 'utf8'),
) as { config: unknown };
buildSync({
  ...serverBundleOptions(root, config),
  outfile: path.join(standalone, 'server.js'),
});
const addresses = publicAddressSchedule(readUnrendered(), today(site.timeZone), site.timeZone);
fs.writeFileSync(path.join(standalone, PUBLIC_ADDRESSES_FILE), JSON.stringify(addresses));
console.log(`Standalone server ready: node ${path.join(distDir, 'standalone', 'server.js')}`);

// Last, so it is the last thing the build says.
const warning = siteUrlWarning(process.env);
if (warning) console.warn(warning);
