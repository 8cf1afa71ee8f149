import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { getEditions } from '@/lib/library/getters';
import { sections, topics } from '@/lib/browse/taxonomy';
import { isInternalHeader } from '@/lib/requests/internal-headers';
import { issuePreviewPass, PREVIEW_PASS_COOKIE } from '@/lib/requests/preview-pass';
import {
  articleCardPath,
  articlePath,
  articleTextFilePath,
  editionCalendarPath,
  editionPath,
  emailPath,
  mediaPath,
  pdfPath,
  plainViewPath,
  sectionPath,
  textFilePath,
  topicPath,
} from '@/lib/site/urls';
import { ports, previewSecret } from '../../playwright.config';
import { features, firstArticle, latest } from '../e2e/support/site';
import { NGINX, nginxCommand } from '../support/nginx';
import { httpRequest, rawLine, type HttpAnswer } from '../support/raw-http';

/*
 * The third outside probe's findings about requests, one group per finding (numbered as in
 * docs/security.md), each sent as the tester sent it: through the repository's nginx.conf for
 * the cache, to the server itself for what it must hold alone. Those that live in content are
 * in probe-3.test.ts.
 *
 * nginx limits requests per client address, and every test here shares the proxy, so a test
 * that sends many requests sends them from an address of its own in the loopback range.
 */

const root = path.resolve(import.meta.dirname, '..', '..');
const SERVER = `http://127.0.0.1:${ports.main}`;
const PROXY = `http://127.0.0.1:${ports.proxy}`;
test.beforeAll(() => {
  if (!NGINX) throw new Error('nginx is not installed: npm test installs it on Debian.');
});

/** A GET sent from `from` (an address in 127.0.0.0/8) with exactly these headers. */
function get(url: string, headers: Record<string, string> = {}, from = '127.0.0.1') {
  return httpRequest(url, { headers, from });
}

/** One address of each kind that has a dynamic segment, and an unknown one. */
function addressKinds(): Record<string, string> {
  const editions = getEditions('public');
  const picture = latest.cover?.url ?? mediaPath(latest.number, 'cover.svg');
  const section = [...sections(editions).keys()][0] ?? '';
  const topic = [...topics(editions).keys()][0] ?? '';
  return {
    edition: editionPath(latest.number),
    article: articlePath(latest.number, firstArticle.slug),
    'plain view': plainViewPath(latest.number),
    'text file': textFilePath(latest.number),
    "article's text file": articleTextFilePath(latest.number, firstArticle.slug),
    PDF: pdfPath(latest.number),
    email: emailPath(latest.number),
    picture,
    'preview image': articleCardPath(latest.number, firstArticle.slug),
    calendar: editionCalendarPath(features.upcomingEvent.edition.number),
    section: sectionPath(section),
    topic: topicPath(topic),
    search: '/search?q=beacon',
    unknown: `/editions/${latest.number}/no-such-article`,
  };
}

/** Headers Next reads as its own, each with a value that changes its answer. */
const INTERNAL_HEADERS: Record<string, string> = {
  'x-middleware-prefetch': '1',
  'x-nextjs-data': '1',
  rsc: '1',
  'next-router-prefetch': '1',
  'next-router-segment-prefetch': '/_tree',
  'next-router-state-tree': encodeURIComponent(
    JSON.stringify(['', { children: ['__PAGE__', {}] }]),
  ),
  'next-url': '/',
  'x-matched-path': '/_not-found',
  'x-now-route-matches': 'edition=1',
  'x-invoke-path': '/',
  'x-prerender-revalidate': 'x',
  'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy',
  'sec-fetch-dest': 'image',
};

/** Starts the repository's nginx.conf afresh (an empty cache) on `port`, in front of the server. */
async function freshNginx(name: string, port: number): Promise<ChildProcess> {
  const folder = path.join(root, 'tests', '.artifacts', name);
  fs.rmSync(folder, { recursive: true, force: true });
  const command = nginxCommand(root, port, ports.main, name);
  if (!command) throw new Error('nginx is not installed');
  const child = spawn('/bin/sh', ['-c', `exec ${command}`], { stdio: 'ignore' });
  for (let tries = 0; tries < 100; tries += 1) {
    const up = await get(`http://127.0.0.1:${port}/health`).catch(() => undefined);
    if (up) return child;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nginx did not start on ${port}`);
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

test.describe('1. cache poisoning through Next’s internal request headers', () => {
  test('the server answers as if each header had not been sent', async () => {
    const kinds = addressKinds();
    for (const [kind, address] of Object.entries(kinds)) {
      const plain = await get(`${SERVER}${address}`);
      for (const [name, value] of Object.entries(INTERNAL_HEADERS)) {
        const sent = await get(`${SERVER}${address}`, { [name]: value });
        expect(sent.status, `${kind} with ${name}`).toBe(plain.status);
        expect(sent.headers['content-type'], `${kind} with ${name}`).toBe(
          plain.headers['content-type'],
        );
        expect(sent.body.length, `${kind} with ${name}`).toBe(plain.body.length);
      }
    }
  });

  test('through nginx.conf, after one request with each header, readers get the real page', async () => {
    test.setTimeout(180_000);
    const kinds = addressKinds();
    const real = new Map<string, HttpAnswer>();
    for (const [kind, address] of Object.entries(kinds))
      real.set(kind, await get(`${SERVER}${address}`));
    for (const [name, value] of Object.entries(INTERNAL_HEADERS)) {
      // A cache of its own for each header, so each first request is the one nginx stores.
      const nginx = await freshNginx('nginx-poisoning', ports.poisoningProxy);
      try {
        const base = `http://127.0.0.1:${ports.poisoningProxy}`;
        for (const address of Object.values(kinds))
          await get(`${base}${address}`, { [name]: value }, '127.0.0.21');
        for (const [kind, address] of Object.entries(kinds)) {
          const reader = await get(`${base}${address}`, {}, '127.0.0.22');
          const expected = real.get(kind)!;
          expect(reader.status, `${kind} after ${name}`).toBe(expected.status);
          expect(reader.headers['content-type'], `${kind} after ${name}`).toBe(
            expected.headers['content-type'],
          );
          expect(reader.body.length, `${kind} after ${name}`).toBe(expected.body.length);
        }
      } finally {
        await stop(nginx);
      }
    }
  });

  test('nginx.conf clears every internal header Next reads, and the server drops it', () => {
    const config = fs.readFileSync(path.join(root, 'nginx.conf'), 'utf8');
    const cleared = new Set(
      [...config.matchAll(/proxy_set_header\s+([\w-]+)\s+"";/g)].map((match) =>
        match[1]!.toLowerCase(),
      ),
    );
    for (const name of nextInternalHeaders()) {
      expect(cleared, `nginx.conf clears ${name}`).toContain(name);
      expect(isInternalHeader(name), `the server drops ${name}`).toBe(true);
    }
  });
});

/**
 * The request headers Next's server and router name, read from its own files: a Next upgrade
 * that reads a new one makes the test above fail until both lists have it.
 */
function nextInternalHeaders(): string[] {
  const folder = path.join(root, 'node_modules', 'next', 'dist');
  const files = [
    path.join(folder, 'client', 'components', 'app-router-headers.js'),
    path.join(folder, 'lib', 'constants.js'),
    path.join(folder, 'server', 'base-server.js'),
    path.join(folder, 'server', 'next-server.js'),
    path.join(folder, 'server', 'request-meta.js'),
  ];
  const names = new Set<string>();
  for (const file of files) {
    if (!fs.existsSync(file)) continue;
    const source = fs.readFileSync(file, 'utf8');
    for (const [, name] of source.matchAll(
      /['"]((?:x-(?:middleware|nextjs|next|now|invoke|prerender|matched)|next-router|next-action|next-url|rsc)[a-z-]*)['"]/g,
    ))
      if (name && !RESPONSE_ONLY.has(name)) names.add(name);
  }
  expect(names.size, 'Next’s header names were found in its files').toBeGreaterThan(10);
  return [...names];
}

/** Names Next only sets on its answers, never reads from a request. */
const RESPONSE_ONLY = new Set([
  'x-nextjs-cache',
  'x-nextjs-stale-time',
  'x-nextjs-postponed',
  'x-nextjs-prerender',
  'x-nextjs-redirect',
  'x-nextjs-rewrite',
  'x-nextjs-action-not-found',
  'x-middleware-cache',
  'x-middleware-redirect',
  'x-middleware-refresh',
  'x-middleware-request-',
]);

test.describe('4. one client pushing its load past the cache', () => {
  const page = editionPath(latest.number);

  test('a draft-mode cookie without a preview pass is served from the cache', async () => {
    await get(`${PROXY}${page}`, {}, '127.0.0.41');
    for (const cookie of [
      '__prerender_bypass=anything',
      `__prerender_bypass=x; ${PREVIEW_PASS_COOKIE}=not-a-pass`,
    ]) {
      const answer = await get(`${PROXY}${page}`, { Cookie: cookie }, '127.0.0.41');
      expect(answer.status).toBe(200);
      expect(answer.headers['x-cache-status'], cookie).toMatch(/^(HIT|UPDATING)$/);
    }
  });

  test('a pass of the right form skips the cache, at two requests a second', async () => {
    const cookie = `__prerender_bypass=x; ${PREVIEW_PASS_COOKIE}=${issuePreviewPass(previewSecret)}`;
    const answers = await Promise.all(
      Array.from({ length: 40 }, () => get(`${PROXY}${page}`, { Cookie: cookie }, '127.0.0.42')),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThan(10);
    const served = answers.filter((answer) => answer.status !== 429);
    expect(served.every((answer) => answer.headers['x-cache-status'] === 'BYPASS')).toBe(true);
  });

  test('a path written another way is sent to its plain address, never a cache entry of its own', async () => {
    const send = (target: string) => rawLine(ports.proxy, target);
    const variants = [
      `/editions//${latest.number}`,
      // The edition's number with its first digit %-encoded: /editions/%39 for 9.
      `/editions/%3${String(latest.number).slice(0, 1)}${String(latest.number).slice(1)}`,
      `/%65ditions/${latest.number}`,
    ];
    for (const variant of variants) {
      const answer = await send(variant);
      expect(answer.status, variant).toBe(308);
      expect(answer.head, variant).toMatch(new RegExp(`\r\nLocation: [^\r]*${page}\r\n`, 'i'));
      expect(answer.head, variant).not.toMatch(/X-Cache-Status: (MISS|HIT)/i);
    }
    // Dot segments come only from hand-made requests (browsers resolve them); a path that is
    // not plain ASCII once decoded has no plain address to be sent to.
    for (const refused of [
      `/editions/./${latest.number}`,
      `/editions/${latest.number}/../${latest.number}`,
      `/_next/../editions/${latest.number}`,
      '/editions/%3%39',
      '/editions//%C3%A9',
    ])
      expect((await send(refused)).status, refused).toBe(400);
  });

  test('Next’s ?_rsc= makes no cache entry of its own', async () => {
    await get(`${PROXY}${page}`, {}, '127.0.0.43');
    const answer = await get(`${PROXY}${page}?_rsc=${Math.random()}`, {}, '127.0.0.43');
    expect(answer.headers['x-cache-status']).toMatch(/^(HIT|UPDATING)$/);
    expect(answer.headers['content-type']).toMatch(/text\/html/);
  });

  test('one address asking too fast is limited on every location', async () => {
    test.setTimeout(120_000);
    // nginx.conf: 30 requests a second per address, after a burst of 120.
    const [rate, burst] = [30, 120];
    // A page (location /), Next's files (their own location) and the health check (its own).
    for (const address of [page, '/_next/static/chunks/none.js', '/health']) {
      const from = '127.0.0.44';
      const started = Date.now();
      // Ten at a time, well under the 64 connections one address may hold, so what refuses
      // them is the request rate.
      const answers: HttpAnswer[] = [];
      for (let batch = 0; batch < 30; batch += 1)
        answers.push(
          ...(await Promise.all(
            Array.from({ length: 10 }, () => get(`${PROXY}${address}`, {}, from)),
          )),
        );
      const seconds = (Date.now() - started) / 1000;
      const served = answers.filter((answer) => answer.status !== 429).length;
      expect(served, `${address}: served beyond the burst and rate`).toBeLessThanOrEqual(
        burst + Math.ceil(rate * seconds) + 10,
      );
      expect(served, `${address}: refused everything`).toBeGreaterThan(0);
      // Another reader is not held back by that one.
      expect((await get(`${PROXY}${page}`, {}, '127.0.0.45')).status).toBe(200);
      // Let the bucket empty before the next location.
      await new Promise((resolve) => setTimeout(resolve, (burst / rate) * 1000));
    }
  });
});

test.describe('6. a hidden edition’s takedowns', () => {
  test('answer exactly as an address that never existed', async () => {
    const draft = features.draftEdition;
    const [slug] = draft.removed;
    expect(slug, 'the draft edition lists a removed article').toBeDefined();
    for (const rest of ['', '/plain.txt', '/card.png']) {
      const hidden = await get(`${SERVER}/editions/${draft.number}/${slug}${rest}`);
      const unknown = await get(`${SERVER}/editions/9999/${slug}${rest}`);
      expect(hidden.status, rest).toBe(404);
      expect(hidden.body.equals(unknown.body), rest).toBe(true);
    }
  });
});

test.describe('8 and 9. what the access log keeps', () => {
  test('the preview link’s secret and a forged user name are never written', async () => {
    const log = path.join(root, 'tests', '.artifacts', 'nginx', 'access.log');
    const marker = `probe-${Date.now()}`;
    await get(`${PROXY}/preview?secret=${marker}&path=/`, {}, '127.0.0.81');
    const forged = Buffer.from('[01/Jan/9999:x:y').toString('base64');
    await get(`${PROXY}/?${marker}`, { Authorization: `Basic ${forged}` }, '127.0.0.81');
    // nginx writes its log line once the answer is sent; give it a moment.
    await expect
      .poll(() => fs.readFileSync(log, 'utf8').includes(marker), { timeout: 5_000 })
      .toBe(true);
    const lines = fs
      .readFileSync(log, 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('127.0.0.81 '));
    expect(lines.some((line) => line.includes('"GET /preview HTTP/1.1"'))).toBe(true);
    expect(lines.join('\n')).not.toContain(`secret=${marker}`);
    const errors = path.join(path.dirname(log), 'error.log');
    if (fs.existsSync(errors)) expect(fs.readFileSync(errors, 'utf8')).not.toContain(marker);
    expect(lines.join('\n')).not.toContain('9999');
    for (const line of lines) expect(line).toMatch(/^127\.0\.0\.81 - - \[\d{2}\/\w{3}\/\d{4}:/);
  });
});

test.describe('13. the server reached directly', () => {
  const send = (target: string) => rawLine(ports.main, target);

  test('a target that is not an address of this site answers 400, with no stack trace', async () => {
    for (const target of ['*', 'http://evil.example/editions/9', 'evil.example:443']) {
      const answer = await send(target);
      expect(answer.status, target).toBe(400);
      expect(answer.head, target).not.toMatch(/Location:/i);
      expect(answer.body, target).not.toMatch(/at \w+ \(/);
    }
    const options = await rawLine(ports.main, '*', 'OPTIONS');
    expect(options.status).toBe(400);
  });

  test('the absolute form of its own address is served', async () => {
    const answer = await send(`http://127.0.0.1:${ports.main}${editionPath(latest.number)}`);
    expect(answer.status).toBe(200);
  });

  test('a path through /_next/ with dot segments is refused, not sent as Next’s own file', async () => {
    for (const target of [`/_next/../editions/${latest.number}`, '/_next/%2e%2e/editions/9'])
      expect((await send(target)).status, target).toBe(400);
  });
});
