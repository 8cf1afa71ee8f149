import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import {
  articleCardPath,
  articlePath,
  articleTextFilePath,
  editionPath,
  plainViewPath,
  searchPath,
  textFilePath,
} from '@/lib/site/urls';
import { editions, firstArticle, latest } from './support/site';

/*
 * The build's standalone folder is a whole server: copied anywhere, away from the repository,
 * it answers exactly as the server the other tests use. That is what lets several instances
 * run behind a load balancer from one build.
 */

const port = 3110;
const origin = `http://127.0.0.1:${port}`;
const addresses = [
  '/',
  '/editions',
  editionPath(latest.number),
  articlePath(latest.number, firstArticle.slug),
  plainViewPath(latest.number),
  textFilePath(latest.number),
  articleTextFilePath(latest.number, firstArticle.slug),
  articleCardPath(latest.number, firstArticle.slug),
  '/feed.xml',
  '/sitemap.xml',
  '/editions/does-not-exist',
];

let folder = '';
let server: ChildProcess | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'masthead-instance-'));
  fs.cpSync(path.resolve('.next', 'standalone'), folder, { recursive: true });
  server = spawn(process.execPath, ['server.js'], {
    cwd: folder,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      HOSTNAME: '127.0.0.1',
      PORT: String(port),
      MASTHEAD_CONTENT_DIR: process.env.MASTHEAD_CONTENT_DIR,
    },
    stdio: 'ignore',
  });
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const answered = await fetch(`${origin}/`).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('The copied standalone server did not start.');
});

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server?.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  fs.rmSync(folder, { recursive: true, force: true });
});

test('a copy of the standalone folder answers every page type as the main server does', async ({
  request,
  baseURL,
}) => {
  for (const address of addresses) {
    const [copy, main] = await Promise.all([
      request.get(`${origin}${address}`),
      request.get(`${baseURL}${address}`),
    ]);
    expect(copy.status(), address).toBe(main.status());
    expect(copy.headers()['content-type'], address).toBe(main.headers()['content-type']);
    expect(
      Buffer.compare(await copy.body(), await main.body()),
      `${address} differs between the instances`,
    ).toBe(0);
  }
});

test('the copy renders search results and resizes images on request', async ({ request, page }) => {
  const search = await request.get(
    `${origin}${searchPath}?q=${encodeURIComponent(firstArticle.title)}`,
  );
  expect(search.status()).toBe(200);
  expect(await search.text()).toContain(articlePath(latest.number, firstArticle.slug));

  const withRaster = editions
    .flatMap((edition) => edition.articles.map((article) => ({ edition, article })))
    .find(({ article }) => article.image?.url.endsWith('.png'));
  if (!withRaster)
    throw new Error('The sample content needs a raster article image for this test.');
  const images: string[] = [];
  page.on('response', (response) => {
    if (response.url().includes('/_next/image'))
      images.push(`${response.status()} ${response.headers()['content-type']}`);
  });
  await page.goto(`${origin}${articlePath(withRaster.edition.number, withRaster.article.slug)}`);
  await expect.poll(() => images.length).toBeGreaterThan(0);
  expect(
    images.every((image) => image === '200 image/webp'),
    images.join(', '),
  ).toBe(true);
});
