import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { formerAddresses } from '../requests/redirects';
import { redirectPage } from '../outputs/redirect-page';
import { site } from '../content/site';
import { siteUrlWarning } from '../site/settings';
import { searchPath } from '../site/urls';
import { withoutFrameworkScripts } from '../server/scriptless';

/*
 * `npm run export`: a static copy of the site in out/, for any static host or CDN (see
 * docs/deploying.md). Next's export always builds in .next, so a server build there is set
 * aside for the while and put back after. Former addresses, which a server answers with 308,
 * become small redirect pages. Pages lose Next's scripts as the server sends them
 * (lib/server/scriptless.ts), except search: in a static copy its results are worked out in
 * the browser, by React.
 */

const root = process.cwd();
const outDir = path.join(root, 'out');
const serverBuild = path.join(root, '.next');
const setAside = path.join(root, '.next-set-aside-for-export');

if (fs.existsSync(setAside)) {
  console.error(
    `${path.basename(setAside)}/ is left from an export that did not finish: move it back to .next/ (or delete it), then run npm run export again.`,
  );
  process.exit(1);
}

const hadServerBuild = fs.existsSync(serverBuild);
if (hadServerBuild) fs.renameSync(serverBuild, setAside);
let built = false;
try {
  const environment: NodeJS.ProcessEnv = {
    ...process.env,
    MASTHEAD_EXPORT: '1',
    NEXT_TELEMETRY_DISABLED: '1',
  };
  delete environment.NEXT_DIST_DIR;
  const next = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
  built =
    spawnSync(process.execPath, [next, 'build'], { cwd: root, env: environment, stdio: 'inherit' })
      .status === 0;
} finally {
  fs.rmSync(serverBuild, { recursive: true, force: true });
  if (hadServerBuild) fs.renameSync(setAside, serverBuild);
}
if (!built) {
  console.error('The static export failed; out/ is incomplete.');
  process.exit(1);
}

function write(address: string, body: string | Buffer): void {
  const file = path.join(outDir, address);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, body);
}

/** Every file under `folder`, as paths. */
function filesUnder(folder: string): string[] {
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory()
        ? filesUnder(path.join(folder, entry.name))
        : [path.join(folder, entry.name)],
    );
}

const browserSearch = path.join(outDir, `${searchPath}.html`);
for (const file of filesUnder(outDir)) {
  if (!file.endsWith('.html') || file === browserSearch) continue;
  const scriptless = withoutFrameworkScripts(fs.readFileSync(file, 'utf8'));
  if (scriptless !== undefined) fs.writeFileSync(file, scriptless);
}

const moved = formerAddresses();
for (const { from, to } of moved) {
  write(`${from}.html`, redirectPage(to, site));
  // The views under a former address follow it, as the server's 308s do: the plain view is
  // HTML, so it sends the browser on too; a text file cannot, so the former address holds a
  // copy of the current one.
  if (fs.existsSync(path.join(outDir, to, 'plain')))
    write(`${from}/plain`, redirectPage(`${to}/plain`, site));
  const text = path.join(outDir, to, 'plain.txt');
  if (fs.existsSync(text)) write(`${from}/plain.txt`, fs.readFileSync(text));
}

console.log(
  `\nStatic copy written to out/: ${filesUnder(outDir).length} files, ${moved.length} of them redirect pages for former addresses.`,
);
console.log(
  'Serve it with nginx-static.conf, or upload it to any static host (docs/deploying.md).',
);

// Last, so it is the last thing the export says.
const warning = siteUrlWarning(process.env);
if (warning) console.warn(warning);
