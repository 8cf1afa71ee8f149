import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { heldBack } from '../content/publishing';
import { readRemovedAddresses, readUnrendered } from '../library/getters';
import {
  BUILD_MARK,
  DEFAULT_RESTART,
  parseTarget,
  replaceProblem,
  type PublishTarget,
} from '../publish/target';
import { splitCredentials, verifyPublished, verifyTimeoutMs } from '../publish/verify';

/*
 * `npm run publish`: builds the site and puts it where MASTHEAD_PUBLISH_TO says
 * (lib/publish/target.ts), restarts the server there, purges a CDN if told how, and then asks
 * the live site whether it is up and whether every article taken down is gone. It is the one
 * command the pipeline runs on the main branch (.github/workflows/publish.yml), and the one an
 * operator runs by hand. `--no-build` copies the last build again; `--force` replaces a folder
 * that holds something other than an earlier copy.
 *
 * It says what each step does, never the commands it runs or the addresses it asks: those may
 * hold a CDN's token or a password (docs/deploying.md says to keep tokens in the pipeline's
 * secrets, where the commands read them from the environment).
 */

const root = process.cwd();
const target = parseTarget(process.env.MASTHEAD_PUBLISH_TO);
if (typeof target === 'string') fail(target);
if (target.kind === 'bucket')
  fail(
    'An object store is published with its own tool: run npm run export, then the upload commands in docs/deploying.md ("An object store").',
  );

const build = !process.argv.includes('--no-build');
const force = process.argv.includes('--force');
if (!target.host) {
  const folder = path.resolve(target.folder);
  const entries = fs.existsSync(folder) ? fs.readdirSync(folder) : undefined;
  const problem = replaceProblem(folder, root, entries, force);
  if (problem) fail(problem);
}
const server = target.kind === 'server';
const built = server ? path.join(root, '.next', 'standalone') : path.join(root, 'out');

// Named before anything is built: an article forgotten as a draft is the one mistake that
// would otherwise reach readers (as its absence) unnoticed.
const kept = heldBack(readUnrendered());
if (kept.length > 0) {
  step('Kept back as drafts');
  for (const line of kept) console.log(line);
}

step(build ? `Building the ${server ? 'server' : 'static copy'}` : 'Using the last build');
if (build && !run('npm', ['run', server ? 'build' : 'export']))
  fail('The build failed: nothing was published.');
if (!fs.existsSync(path.join(built, server ? 'server.js' : 'index.html')))
  fail(
    `${path.relative(root, built)}/ has no build in it: run npm run publish without --no-build.`,
  );

step(`Copying to ${target.host ? `${target.host}:` : ''}${target.folder}`);
copy(built, target);

if (server) {
  const restart = process.env.MASTHEAD_RESTART_COMMAND || DEFAULT_RESTART;
  step(
    `Restarting the server (${process.env.MASTHEAD_RESTART_COMMAND ? 'MASTHEAD_RESTART_COMMAND' : 'systemctl'})`,
  );
  const restarted = target.host
    ? run('ssh', [target.host, restart])
    : run('sh', ['-c', restart], target.folder);
  if (!restarted) fail('The restart failed: the new build is copied but may not be serving.');
}

const purge = process.env.MASTHEAD_PURGE_COMMAND;
if (purge) {
  step('Purging the cache in front of the site (MASTHEAD_PURGE_COMMAND)');
  if (!run('sh', ['-c', purge])) fail('The purge failed: readers may see old pages for a while.');
}

const siteUrl = (process.env.MASTHEAD_PUBLISH_CHECK_URL || process.env.SITE_URL || '').replace(
  /\/+$/,
  '',
);
if (!siteUrl) {
  console.warn(
    '\nSITE_URL is not set, so the live site was not checked. Check that takedowns answer 410.',
  );
} else {
  step(`Checking ${splitCredentials(siteUrl).url}`);
  const removed = readRemovedAddresses('public');
  const timeoutMs = verifyTimeoutMs(process.env);
  const result = await verifyPublished({ siteUrl, kind: target.kind, removed, timeoutMs });
  for (const line of result.lines) console.log(line);
  if (!result.ok) fail('The site does not yet say what was published.');
}
console.log('\nPublished.');

/** Copies the build over the target's folder, leaving nothing of the old build behind. */
function copy(from: string, to: PublishTarget & { kind: 'server' | 'static' }): void {
  if (to.host) {
    if (!run('rsync', ['-a', '--delete', `${from}/`, `${to.host}:${to.folder}/`]))
      fail('The copy failed: the site is unchanged, or partly copied if the copy broke off.');
    return;
  }
  // On this machine the new build is copied in full beside the old one and swapped in, so
  // readers never meet a half-copied site.
  const folder = path.resolve(to.folder);
  const incoming = `${folder}.incoming`;
  const previous = `${folder}.previous`;
  fs.rmSync(incoming, { recursive: true, force: true });
  fs.rmSync(previous, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(folder), { recursive: true });
  fs.cpSync(from, incoming, { recursive: true, verbatimSymlinks: true });
  fs.writeFileSync(
    path.join(incoming, BUILD_MARK),
    'Made by npm run publish, which replaces this folder whole on every publish.\n',
  );
  if (fs.existsSync(folder)) fs.renameSync(folder, previous);
  fs.renameSync(incoming, folder);
  fs.rmSync(previous, { recursive: true, force: true });
}

function run(command: string, args: string[], cwd = root): boolean {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.error) console.error(`${command}: ${result.error.message}`);
  return result.status === 0;
}

function step(what: string): void {
  console.log(`\n== ${what}`);
}

function fail(message: string): never {
  console.error(`\n${message}`);
  process.exit(1);
}
