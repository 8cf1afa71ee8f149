import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { readRemovedAddresses } from '@/lib/library/getters';
import { BUILD_MARK } from '@/lib/publish/target';
import { articlePath } from '@/lib/site/urls';
import { ports } from '../../playwright.config';

/*
 * `npm run publish`, the command the pipeline runs on the main branch, run here against the
 * builds tests/run.mjs made (`--no-build`): it swaps the new build in for the old, restarts the
 * server, and asks the live site whether every article taken down is gone, failing when one is
 * not. The "restart" starts the copied server in the background and writes its process id, so
 * the test stops it by that id.
 */

const root = path.resolve(import.meta.dirname, '..', '..');
const removed = readRemovedAddresses('public');
let scratch = '';

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'masthead-publish-'));
  expect(removed.length, 'the test content takes an article down').toBeGreaterThan(0);
});

test.afterAll(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
});

function publish(env: Record<string, string>, ...flags: string[]) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'lib/cli/publish.ts', '--no-build', ...flags],
    {
      cwd: root,
      env: { ...process.env, SITE_URL: '', MASTHEAD_PUBLISH_CHECK_URL: '', ...env },
      encoding: 'utf8',
      timeout: 150_000,
    },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function stopByPidFile(file: string): void {
  if (!fs.existsSync(file)) return;
  const pid = Number(fs.readFileSync(file, 'utf8'));
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    // Already stopped.
  }
}

test('publishes the server over the old one, restarts it and confirms each takedown', async () => {
  const folder = path.join(scratch, 'srv');
  fs.mkdirSync(folder, { recursive: true });
  // An earlier copy: publishing marks its folders, and replaces only those unless forced.
  fs.writeFileSync(path.join(folder, BUILD_MARK), '');
  fs.writeFileSync(path.join(folder, 'left-from-the-last-build.txt'), 'old');
  const site = `http://127.0.0.1:${ports.publishServer}`;
  const restart = `HOSTNAME=127.0.0.1 PORT=${ports.publishServer} node server.js > server.log 2>&1 & echo $! > ${JSON.stringify(path.join(scratch, 'server.pid'))}`;
  const token = 'cdn-token-4f1d9b2e7c';
  const password = 'pass-8c2e61';
  try {
    const { status, output } = publish({
      MASTHEAD_PUBLISH_TO: `server:${folder}`,
      MASTHEAD_RESTART_COMMAND: restart,
      // The site behind a login, and a purge whose token comes from the environment.
      MASTHEAD_PUBLISH_CHECK_URL: site.replace('//', `//editor:${password}@`),
      MASTHEAD_PURGE_TOKEN: token,
      MASTHEAD_PURGE_COMMAND: 'test "$MASTHEAD_PURGE_TOKEN" = cdn-token-4f1d9b2e7c',
    });
    expect(status, output).toBe(0);
    // What each step does, and never its command line or credentials.
    expect(output).toContain('Purging the cache in front of the site');
    for (const secret of [token, password, 'editor:', 'MASTHEAD_PURGE_TOKEN" =', 'echo $!'])
      expect(output, secret).not.toContain(secret);
    expect(output).toContain(`The server is up: ${site}/health answers 200.`);
    for (const { edition, slug } of removed)
      expect(output).toContain(`Taken down: ${articlePath(Number(edition), slug)} answers 410.`);
    expect(output).toMatch(/Published\.\s*$/);
    expect(fs.existsSync(path.join(folder, 'server.js'))).toBe(true);
    expect(fs.existsSync(path.join(folder, 'left-from-the-last-build.txt'))).toBe(false);
    expect((await fetch(`${site}/`)).status).toBe(200);
  } finally {
    stopByPidFile(path.join(scratch, 'server.pid'));
  }
});

test('fails, and says which, when a page taken down is still served', async () => {
  // A cache in front of the site that has not let go of its copies: it answers 200 to all.
  const stale = http.createServer((_request, response) => response.end('an old copy'));
  await new Promise<void>((resolve) => stale.listen(ports.publishStaleCache, '127.0.0.1', resolve));
  try {
    const command = spawn(
      process.execPath,
      ['--import', 'tsx', 'lib/cli/publish.ts', '--no-build'],
      {
        cwd: root,
        env: {
          ...process.env,
          MASTHEAD_PUBLISH_TO: `server:${path.join(scratch, 'second')}`,
          MASTHEAD_RESTART_COMMAND: 'true',
          MASTHEAD_PUBLISH_CHECK_URL: `http://127.0.0.1:${ports.publishStaleCache}`,
          MASTHEAD_PUBLISH_CHECK_SECONDS: '2',
        },
      },
    );
    let output = '';
    command.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    command.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const status = await new Promise<number | null>((resolve) => command.on('exit', resolve));
    expect(status, output).toBe(1);
    const [first] = removed;
    expect(output).toContain(
      `NOT YET TAKEN DOWN: ${articlePath(Number(first?.edition), first?.slug ?? '')} still answers 200 after 2 seconds.`,
    );
    expect(output).toContain('The site does not yet say what was published.');
    expect(output).not.toContain('Published.');
  } finally {
    stale.close();
  }
});

test('publishes the static copy into a folder, leaving nothing of the old copy', () => {
  // tests/run.mjs makes the static export before the browser tests; run them through npm test.
  expect(fs.existsSync(path.join(root, 'out', 'index.html')), 'the static export in out/').toBe(
    true,
  );
  const folder = path.join(scratch, 'www');
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, BUILD_MARK), '');
  const [first] = removed;
  const oldPage = path.join(
    folder,
    `${articlePath(Number(first?.edition), first?.slug ?? '')}.html`,
  );
  fs.mkdirSync(path.dirname(oldPage), { recursive: true });
  fs.writeFileSync(oldPage, '<p>An article since taken down</p>');
  const { status, output } = publish({ MASTHEAD_PUBLISH_TO: `static:${folder}` });
  expect(status, output).toBe(0);
  expect(output).toContain('SITE_URL is not set, so the live site was not checked.');
  expect(fs.existsSync(path.join(folder, 'index.html'))).toBe(true);
  expect(fs.existsSync(oldPage)).toBe(false);
});

test('refuses a folder whose replacement would delete the project or files it did not put there', () => {
  const keep = path.join(scratch, 'someone-elses');
  fs.mkdirSync(keep, { recursive: true });
  fs.writeFileSync(path.join(keep, 'notes.txt'), 'keep me');
  const cases: [string, RegExp][] = [
    ['server:./', /not absolute/],
    ['server:..', /not absolute/],
    ['static:/', /replace whole/],
    [`server:${root}`, /holds this project/],
    [`server:${path.dirname(root)}`, /holds this project/],
    [`server:${keep}`, /holds files that no earlier npm run publish put there \(notes\.txt\)/],
  ];
  for (const [target, message] of cases) {
    const { status, output } = publish({ MASTHEAD_PUBLISH_TO: target });
    expect(status, target).toBe(1);
    expect(output, target).toMatch(message);
  }
  expect(fs.existsSync(path.join(root, 'package.json'))).toBe(true);
  expect(fs.readFileSync(path.join(keep, 'notes.txt'), 'utf8')).toBe('keep me');
  // Told to, it replaces the folder.
  const forced = publish({ MASTHEAD_PUBLISH_TO: `static:${keep}` }, '--force');
  expect(forced.status, forced.output).toBe(0);
  expect(fs.existsSync(path.join(keep, 'notes.txt'))).toBe(false);
  expect(fs.existsSync(path.join(keep, BUILD_MARK))).toBe(true);
});
