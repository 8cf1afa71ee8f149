import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { articlePath } from '@/lib/site/urls';
import { ports, takedownFixture } from '../../playwright.config';
import { nginxCommand } from '../support/nginx';

/*
 * A takedown end to end, as an operator runs it: the site is served through the repository's
 * nginx.conf and a reader's page is in nginx's cache; the editor deletes the article and lists
 * it under removed:, the site is built again (tests/run.mjs made that second build), and only
 * the server is restarted, nginx left running. Polled through nginx, the page must be gone
 * within a minute of the new server answering, and must not come back.
 */

const root = path.resolve(import.meta.dirname, '..', '..');
const fixture = fs.existsSync(takedownFixture)
  ? (JSON.parse(fs.readFileSync(takedownFixture, 'utf8')) as {
      contentDir: string;
      distDir: string;
      article: { number: number; slug: string };
    })
  : undefined;
const proxy = `http://127.0.0.1:${ports.takedownProxy}`;
const upstream = `http://127.0.0.1:${ports.takedownServer}`;
const running: ChildProcess[] = [];

function start(command: string, args: string[], env: Record<string, string> = {}): ChildProcess {
  const child = spawn(command, args, {
    cwd: root,
    env: { PATH: process.env.PATH, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: 'ignore',
  });
  running.push(child);
  return child;
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

function server(distDir: string, contentDir: string): ChildProcess {
  return start(process.execPath, [path.join(distDir, 'standalone', 'server.js')], {
    HOSTNAME: '127.0.0.1',
    PORT: String(ports.takedownServer),
    MASTHEAD_CONTENT_DIR: path.resolve(contentDir),
  });
}

async function statusOf(url: string): Promise<{ status: number; cache: string | null }> {
  const response = await fetch(url, { redirect: 'manual' }).catch(() => undefined);
  await response?.arrayBuffer();
  return { status: response?.status ?? 0, cache: response?.headers.get('x-cache-status') ?? null };
}

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

test.afterAll(async () => {
  await Promise.all(running.map(stop));
});

test('a takedown reaches readers through nginx within a minute of the new server answering, and stays', async () => {
  test.setTimeout(180_000);
  if (!fixture) throw new Error('This test needs the takedown build: run it through npm test.');
  const command = nginxCommand(root, ports.takedownProxy, ports.takedownServer, 'nginx-takedown');
  if (!command) throw new Error('nginx is not installed: npm test installs it on Debian.');
  fs.rmSync(path.join(root, 'tests', '.artifacts', 'nginx-takedown', 'cache'), {
    recursive: true,
    force: true,
  });
  const address = articlePath(fixture.article.number, fixture.article.slug);

  const before = server('.next', process.env.MASTHEAD_CONTENT_DIR ?? '');
  await until(async () => (await statusOf(`${upstream}${address}`)).status === 200, 'the server');
  start('sh', ['-c', `exec ${command}`]);
  await until(async () => (await statusOf(`${proxy}${address}`)).status === 200, 'nginx');
  expect((await statusOf(`${proxy}${address}`)).cache, 'the page is in the cache').toBe('HIT');

  await stop(before);
  server(fixture.distDir, fixture.contentDir);
  await until(
    async () => (await statusOf(`${upstream}${address}`)).status === 410,
    'the new server',
  );
  const answered = Date.now();

  await until(async () => (await statusOf(`${proxy}${address}`)).status === 410, 'the takedown');
  const seconds = (Date.now() - answered) / 1000;
  console.log(`Gone through nginx ${seconds.toFixed(1)} s after the new server answered.`);
  fs.writeFileSync(path.join(root, 'tests', '.artifacts', 'takedown-seconds.txt'), `${seconds}\n`);
  expect(seconds).toBeLessThanOrEqual(60);

  // And it stays gone: nginx must never fall back to its old copy.
  for (let poll = 0; poll < 20; poll += 1) {
    expect((await statusOf(`${proxy}${address}`)).status).toBe(410);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
});
