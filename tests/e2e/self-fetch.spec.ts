import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ports } from '../../playwright.config';
import { root, startNext, type Server } from '../support/servers';
import { TEST_CONTENT_DIR } from '../support/test-content.mjs';

/*
 * The proxy sends a hidden or unknown address to the not-found page by rewriting the request.
 * Next serves a rewrite in process only when it names the server's own origin; otherwise it
 * fetches it over HTTP from itself, which doubled the work of every 404 and failed now and then
 * under load. This server logs every connection it opens, and must open none.
 */

let server: Server | undefined;
let scratch = '';
let log = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'masthead-connections-'));
  log = path.join(scratch, 'connections.log');
  fs.writeFileSync(log, '');
  server = await startNext(ports.watchedServer, '.next', {
    MASTHEAD_CONTENT_DIR: path.join(root, TEST_CONTENT_DIR),
    MASTHEAD_CONNECTION_LOG: log,
    NODE_OPTIONS: `--require ${path.join(root, 'tests', 'support', 'log-connections.cjs')}`,
  });
});

test.afterAll(async () => {
  await server?.stop();
  fs.rmSync(scratch, { recursive: true, force: true });
});

test('a hidden or unknown address and a page with a stray query are answered without the server asking itself', async ({
  page,
}) => {
  const site = server?.url;
  if (!site) throw new Error('The watched server did not start.');
  fs.writeFileSync(log, '');
  const unknown = await page.goto(`${site}/editions/10`);
  expect(unknown?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');

  // A page asked with a query it does not take is sent to its own address, which the reader
  // then sees and shares.
  const tracked = await page.goto(`${site}/editions/9?utm_source=newsletter`);
  expect(tracked?.status()).toBe(200);
  expect(tracked?.request().redirectedFrom()?.url()).toBe(
    `${site}/editions/9?utm_source=newsletter`,
  );
  expect(page.url()).toBe(`${site}/editions/9`);
  await expect(page.locator('h1')).toHaveText('Autumn 2026');

  const missing = await page.goto(`${site}/editions/9/no-such-article`);
  expect(missing?.status()).toBe(404);

  expect(fs.readFileSync(log, 'utf8')).toBe('');
});
