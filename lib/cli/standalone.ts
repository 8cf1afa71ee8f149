import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { siteUrlWarning } from '../site/settings';

/*
 * Run by `npm run build` after `next build`. Next's standalone server (in
 * <distDir>/standalone) holds only what the server code needs; the browser's assets are left
 * for a CDN to serve. Copying them in beside it makes the folder a complete server that any
 * number of instances can run, with nothing else from the repository. Its server.js is then
 * replaced by the site's own (lib/server/server.ts, which sends reading pages without Next's
 * scripts), bundled with the build's configuration as Next's own server.js carries it.
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
const { config } = JSON.parse(
  fs.readFileSync(path.join(root, distDir, 'required-server-files.json'), 'utf8'),
) as { config: unknown };
buildSync({
  entryPoints: [path.join(root, 'lib', 'server', 'server.ts')],
  outfile: path.join(standalone, 'server.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Next is the standalone folder's own copy, traced by the build.
  external: ['next'],
  define: { NEXT_BUILD_CONFIG: JSON.stringify(config) },
  logLevel: 'warning',
});
console.log(`Standalone server ready: node ${path.join(distDir, 'standalone', 'server.js')}`);

// Last, so it is the last thing the build says.
const warning = siteUrlWarning(process.env);
if (warning) console.warn(warning);
