import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { editionPath, problemsPath } from '@/lib/site/urls';
import { ports } from '../../playwright.config';
import { TEST_CONTENT_DIR } from '../support/test-content.mjs';

/*
 * An editor previews with `npm run dev` (on the port PORT gives) while one article has a mistake: that edition's pages
 * show the problem page (file, line, what to change, no stack or source), and every other
 * edition is still served. The development server compiles each page on first request, so
 * the timeouts are long.
 */

const root = path.resolve(import.meta.dirname, '..', '..');
const site = `http://127.0.0.1:${ports.devServer}`;
let server: ChildProcess | undefined;
let contentDir = '';

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeAll(async () => {
  contentDir = fs.mkdtempSync(path.join(os.tmpdir(), 'masthead-dev-'));
  fs.cpSync(path.join(root, TEST_CONTENT_DIR), contentDir, { recursive: true });
  const article = path.join(contentDir, 'editions', '09-autumn-2026', '02-beacon-roll-out.md');
  fs.writeFileSync(article, fs.readFileSync(article, 'utf8').replace(/^author:/m, 'auther:'));

  // As an editor starts it, on the port PORT names.
  server = spawn('npm', ['run', 'dev'], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'development',
      NEXT_TELEMETRY_DISABLED: '1',
      MASTHEAD_CONTENT_DIR: contentDir,
      PORT: String(ports.devServer),
    },
    stdio: 'ignore',
    // Its own process group, so that npm, the shell and Next stop together.
    detached: true,
  });
  await expect
    .poll(async () => (await fetch(`${site}/health`).catch(() => undefined))?.status, {
      timeout: 120_000,
      intervals: [1_000],
    })
    .toBe(200);
});

test.afterAll(async () => {
  if (server?.pid && server.exitCode === null && server.signalCode === null) {
    const exited = new Promise((resolve) => server?.once('exit', resolve));
    process.kill(-server.pid, 'SIGTERM');
    await exited;
  }
  fs.rmSync(contentDir, { recursive: true, force: true });
});

test('the broken edition shows what to fix, in the site design, without a stack', async ({
  page,
}) => {
  await page.goto(`${site}${editionPath(9)}`, { timeout: 120_000 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('1 problem to fix');
  // GOV.UK's error summary first, linking to the error; the advice after it, folded per file.
  const summary = page.getByRole('alert');
  await expect(summary.getByRole('heading', { level: 2 })).toHaveText('There is a problem');
  await summary
    .getByRole('link', { name: /02-beacon-roll-out\.md, line 4: unknown field/ })
    .click();
  await expect(page).toHaveURL(/#error-1$/);
  await expect(page.locator('#error-1')).toContainText(
    'Error, line 4: unknown field "auther": did you mean "author"?',
  );
  await expect(page.getByRole('heading', { name: '02-beacon-roll-out.md' })).toBeVisible();
  const advice = page.locator('details').filter({ hasText: 'launch-photo.jpg' });
  await expect(advice.locator('summary')).toHaveText('launch-photo.jpg: 1 piece of advice');
  await expect(advice.getByText(/records where it was taken/)).toBeHidden();
  await advice.locator('summary').click();
  await expect(advice.getByText(/records where it was taken/)).toBeVisible();
  // The site's own header and footer, and nothing of the framework's error overlay.
  await expect(page.getByRole('banner')).toContainText('Northlight');
  await expect(page.getByRole('contentinfo')).toBeVisible();
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(/ContentError|at loadLibrary|\.ts:\d+|Unhandled Runtime Error/);
  await expect(page.locator('nextjs-portal [data-nextjs-dialog]')).toHaveCount(0);
});

test('every page says which edition is left out, and links to the list', async ({ page }) => {
  await page.goto(`${site}/`, { timeout: 120_000 });
  const banner = page.getByRole('region', { name: 'Draft preview' });
  await expect(banner).toContainText('09-autumn-2026');
  // Followed by its address: a click can be lost to the development server reloading the
  // page once it has compiled what it first asked for.
  const fix = banner.getByRole('link', { name: 'See what to fix' });
  expect(await fix.getAttribute('href')).toBe(problemsPath);
  await page.goto(`${site}${problemsPath}`, { timeout: 120_000 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('1 problem to fix');
});

test('the other editions are still served', async ({ page }) => {
  const response = await page.goto(`${site}${editionPath(8)}`, { timeout: 120_000 });
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Summer 2026');
  await page.goto(`${site}/`, { timeout: 120_000 });
  await expect(page.getByRole('heading', { level: 1 }).first()).not.toHaveText(/problem/);
});

test('the site’s own pages raise no warning in the framework’s overlay', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  for (const address of ['/', editionPath(8), `${editionPath(8)}/director-update`]) {
    await page.goto(`${site}${address}`, { timeout: 120_000 });
    await page.waitForTimeout(1_000);
  }
  // React's warnings in development (a script tag rendered on the client among them) are
  // console errors, and each is a red "Issue" in the overlay an editor sees.
  expect(problems).toEqual([]);
});

test('the banner leads to the preview link for a colleague, which the development server explains', async ({
  page,
}) => {
  await page.goto(`${site}/`, { timeout: 120_000 });
  const banner = page.getByRole('region', { name: 'Draft preview' });
  const kit = await banner
    .getByRole('link', { name: 'Preview link for a colleague' })
    .getAttribute('href');
  expect(kit).toMatch(/\/announce#preview-link$/);
  await page.goto(`${site}${kit}`, { timeout: 120_000 });
  const section = page.getByRole('region', { name: 'A preview link for a colleague' });
  // Without the live site's secret here, it names the command that makes one.
  await expect(section).toContainText(/npm run preview-link -- \d+/);
});
