import fs from 'node:fs';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/chromium';
import { nginxCommand, staticNginxCommand } from './tests/support/nginx';
import { TEST_CONTENT_DIR } from './tests/support/test-content.mjs';

/*
 * Browser tests run against production builds, served as in production by Next's standalone
 * server (what `npm start` runs) on loopback only. Playwright starts each server and stops it
 * by its process id.
 *
 * - The main server (port 3100) serves the build of the test content, with a preview
 *   secret so draft preview can be tested.
 * - When tests/run.mjs has also built the scheduled-publishing fixture, two more servers
 *   serve it: one with today's clock (3101) and one whose clock is eight days ahead (3102),
 *   after the fixture's scheduled edition is due.
 * - When nginx is installed, the repository's nginx.conf runs in front of the main server
 *   (port 3180), for the hostile-request tests, and nginx-static.conf serves the static
 *   export in out/ when tests/run.mjs has made one (port 3190).
 */
// The tests read the content the servers serve (tests/fixtures/site unless told otherwise), with
// the same loader, so both must name the same folder.
process.env.MASTHEAD_CONTENT_DIR = path.resolve(
  process.env.MASTHEAD_CONTENT_DIR ?? TEST_CONTENT_DIR,
);
const contentDir = process.env.MASTHEAD_CONTENT_DIR;

export const ports = {
  main: 3100,
  scheduledNow: 3101,
  scheduledLater: 3102,
  proxy: 3180,
  staticCopy: 3190,
  // Started by the takedown test itself: a server swapped behind its own nginx.
  takedownServer: 3111,
  takedownProxy: 3181,
  // Started by a security test, which expects it to refuse to start.
  weakSecretServer: 3112,
  // Started by the preview test: `next dev` with one broken article.
  devServer: 3113,
  // Started by the publish test: the server npm run publish copies and restarts, and a
  // stand-in for a cache that still serves a page taken down.
  publishServer: 3114,
  publishStaleCache: 3115,
  // Started by the routing test that watches the server's own connections.
  watchedServer: 3117,
  // nginx.conf with an empty cache, started afresh by the cache-poisoning test.
  poisoningProxy: 3182,
};
export const previewSecret = 'browser-test-preview-secret-of-44-characters';
export const scheduledFixture = 'tests/.artifacts/scheduled.json';
export const takedownFixture = 'tests/.artifacts/takedown.json';

const server = (port: number, distDir = '.next', env: Record<string, string> = {}) => ({
  command: `node ${distDir}/standalone/server.js`,
  url: `http://127.0.0.1:${port}/`,
  reuseExistingServer: false,
  timeout: 60_000,
  stdout: 'ignore' as const,
  stderr: 'pipe' as const,
  env: { NEXT_TELEMETRY_DISABLED: '1', HOSTNAME: '127.0.0.1', PORT: String(port), ...env },
});

const root = path.resolve(import.meta.dirname);
const proxy = nginxCommand(root, ports.proxy, ports.main);
export const staticCopy = path.join(root, 'out');
const staticServer = fs.existsSync(path.join(staticCopy, 'index.html'))
  ? staticNginxCommand(root, ports.staticCopy, staticCopy)
  : undefined;
const nginx = (command: string, port: number) => ({
  command,
  url: `http://127.0.0.1:${port}/`,
  reuseExistingServer: false,
  timeout: 60_000,
  stdout: 'ignore' as const,
  stderr: 'pipe' as const,
});

const fixture = fs.existsSync(scheduledFixture)
  ? (JSON.parse(fs.readFileSync(scheduledFixture, 'utf8')) as {
      contentDir: string;
      distDir: string;
      laterDistDir: string;
      shiftDays: number;
    })
  : undefined;

export default defineConfig({
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts', 'hostile/**/*.spec.ts'],
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${ports.main}`,
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions,
  },
  webServer: [
    server(ports.main, '.next', {
      MASTHEAD_PREVIEW_SECRET: previewSecret,
      MASTHEAD_CONTENT_DIR: contentDir,
    }),
    ...(proxy ? [nginx(proxy, ports.proxy)] : []),
    ...(staticServer ? [nginx(staticServer, ports.staticCopy)] : []),
    ...(fixture
      ? [
          // The standalone server works in its own folder, so the content folder is given whole.
          server(ports.scheduledNow, fixture.distDir, {
            MASTHEAD_CONTENT_DIR: path.resolve(fixture.contentDir),
          }),
          server(ports.scheduledLater, fixture.laterDistDir, {
            MASTHEAD_CONTENT_DIR: path.resolve(fixture.contentDir),
            MASTHEAD_CLOCK_SHIFT_DAYS: String(fixture.shiftDays),
            NODE_OPTIONS: '--require ./tests/support/shift-clock.cjs',
          }),
        ]
      : []),
  ],
});
