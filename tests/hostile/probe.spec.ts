import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { getEditions, shownMedia } from '@/lib/library/getters';
import { contentAddresses } from '@/lib/requests/addresses';
import {
  DRAFT_MODE_COOKIE,
  issuePreviewPass,
  PREVIEW_PASS_COOKIE,
} from '@/lib/requests/preview-pass';
import { articlePath, editionPath, mediaPath } from '@/lib/site/urls';
import { ports, previewSecret } from '../../playwright.config';
import { features, latest } from '../e2e/support/site';
import { NGINX } from '../support/nginx';
import { rawRequest } from '../support/raw-http';

/*
 * What an outside security probe of the production setup found, one test per finding, each
 * sent the way the tester sent it: through the repository's nginx.conf when it was seen there,
 * to the server itself when it was not.
 */

const root = path.resolve(import.meta.dirname, '..', '..');
const SERVER = `http://127.0.0.1:${ports.main}`;
const PROXY = `http://127.0.0.1:${ports.proxy}`;
test.beforeAll(() => {
  if (!NGINX) throw new Error('nginx is not installed: npm test installs it on Debian.');
});

const draft = features.draftArticle;
const draftPath = articlePath(draft.edition.number, draft.article.slug);

/** Every address of content the public may not see: drafts, the draft edition, their files. */
const hidden = (() => {
  const shown = contentAddresses(getEditions('public'));
  return [...contentAddresses(getEditions('preview'))].filter((address) => !shown.has(address));
})();

/** Headers as a tester compares them: the ones that differ by the moment left out. */
function comparable(headers: Record<string, string>): Record<string, string> {
  const { date: _date, 'x-cache-status': _cache, ...rest } = headers;
  return rest;
}

async function answer(request: APIRequestContext, url: string) {
  const response = await request.get(url, { maxRedirects: 0 });
  return { status: response.status(), headers: response.headers(), body: await response.text() };
}

/**
 * An address of the same shape as `address` that never existed. The headers an address gets
 * follow its shape (a plain view's, a picture's), so a hidden address is compared with its twin:
 * any difference would be the hidden content showing through.
 */
function neverExisted(address: string): string {
  return address
    .replace(/^\/editions\/[^/]+/, '/editions/9999')
    .replace(/^\/topics\/[^/]+/, '/topics/no-such-topic');
}

/** Waits until pages built ahead of time are due to be regenerated (60 s after the build). */
async function untilPagesAreStale(): Promise<void> {
  const built = fs.statSync(path.join(root, '.next', 'BUILD_ID')).mtimeMs;
  const wait = built + 62_000 - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}

test.describe('1. hidden data in pictures', () => {
  test('an SVG is served without the comments and metadata of its file', async ({ request }) => {
    const name = 'beacon-chart.svg';
    const folder = path.join(process.env.MASTHEAD_CONTENT_DIR ?? '', 'editions');
    const file = fs
      .readdirSync(folder)
      .map((edition) => path.join(folder, edition, name))
      .find((candidate) => fs.existsSync(candidate));
    const source = fs.readFileSync(file ?? name, 'utf8');
    expect(source, 'the test picture has a comment and metadata').toMatch(/<!--[\s\S]*<metadata>/);
    const served = await request.get(mediaPath(latest.number, name));
    expect(served.status()).toBe(200);
    const text = await served.text();
    expect(text).not.toMatch(/<!--|<metadata|design team|weekly export/);
    expect(text).toContain('Weekly Beacon users, northern region');
  });
});

test.describe('2. draft pictures', () => {
  test('a picture only a draft shows is not served, directly or through the optimiser', async ({
    request,
  }) => {
    const publicShown = shownMedia(getEditions('public')[0] ?? latest);
    const onlyDraft = draft.article.shows.filter((name) => !publicShown.has(name));
    expect(
      onlyDraft.some((name) => name.endsWith('.png')),
      'the draft shows a raster picture of its own, which the optimiser would resize',
    ).toBe(true);
    for (const name of onlyDraft) {
      const address = mediaPath(draft.edition.number, name);
      for (const base of [SERVER, PROXY]) {
        expect((await request.get(`${base}${address}`)).status(), address).toBe(404);
        const optimised = await request.get(
          `${base}/_next/image?url=${encodeURIComponent(address)}&w=640&q=75`,
        );
        expect(optimised.status(), `${address} through the optimiser`).not.toBe(200);
      }
    }
  });
});

test.describe('3. revoking preview', () => {
  const buildBypass = (
    JSON.parse(fs.readFileSync(path.join(root, '.next', 'prerender-manifest.json'), 'utf8')) as {
      preview: { previewModeId: string };
    }
  ).preview.previewModeId;

  const cases: [string, string][] = [
    ['the build’s own draft mode cookie alone', `${DRAFT_MODE_COOKIE}=${buildBypass}`],
    [
      'a pass signed with another secret',
      `${DRAFT_MODE_COOKIE}=${buildBypass}; ${PREVIEW_PASS_COOKIE}=${issuePreviewPass(`${previewSecret}-old`)}`,
    ],
    [
      'an expired pass',
      `${DRAFT_MODE_COOKIE}=${buildBypass}; ${PREVIEW_PASS_COOKIE}=${issuePreviewPass(previewSecret, Date.now() - 9 * 3600_000)}`,
    ],
  ];
  for (const [name, cookie] of cases) {
    test(`${name} does not show a draft`, async ({ request }) => {
      const response = await request.get(`${SERVER}${draftPath}`, { headers: { Cookie: cookie } });
      expect(response.status()).toBe(404);
      expect(await response.text()).not.toContain(draft.article.title);
    });
  }

  test('a pass signed with the server’s secret does', async ({ request }) => {
    const cookie = `${DRAFT_MODE_COOKIE}=${buildBypass}; ${PREVIEW_PASS_COOKIE}=${issuePreviewPass(previewSecret)}`;
    const response = await request.get(`${SERVER}${draftPath}`, { headers: { Cookie: cookie } });
    expect(response.status()).toBe(200);
  });
});

test.describe('4. weak secrets', () => {
  test('the server refuses to start with a short secret, and says why', async () => {
    const child = spawn(process.execPath, [path.join(root, '.next', 'standalone', 'server.js')], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        HOSTNAME: '127.0.0.1',
        PORT: String(ports.weakSecretServer),
        MASTHEAD_CONTENT_DIR: process.env.MASTHEAD_CONTENT_DIR,
        MASTHEAD_PREVIEW_SECRET: 'abc',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        resolve(null);
      }, 30_000);
      child.once('exit', (exitCode) => {
        clearTimeout(timer);
        resolve(exitCode);
      });
    });
    expect(code).toBe(1);
    expect(stderr).toContain('MASTHEAD_PREVIEW_SECRET is 3 characters long');
    expect(stderr).toContain('at least 32');
  });

  test('guesses at the preview secret are throttled by nginx', async ({ request }) => {
    const statuses: number[] = [];
    for (let guess = 0; guess < 12; guess += 1)
      statuses.push((await request.get(`${PROXY}/preview?secret=guess-${guess}`)).status());
    expect(statuses).not.toContain(200);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThan(5);
  });
});

test.describe('5. one client holding connections', () => {
  test('2,300 half-sent requests from one address do not make the site unreachable', async () => {
    test.setTimeout(60_000);
    const sockets: net.Socket[] = [];
    try {
      for (let i = 0; i < 2300; i += 1) {
        const socket = net.connect(ports.proxy, '127.0.0.1');
        socket.on('error', () => undefined);
        socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${ports.proxy}\r\n`);
        sockets.push(socket);
      }
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const fresh = await rawRequest(
        ports.proxy,
        `GET ${editionPath(latest.number)} HTTP/1.1\r\nHost: 127.0.0.1:${ports.proxy}\r\nConnection: close\r\n\r\n`,
      );
      expect(fresh.status).toBe(200);
    } finally {
      for (const socket of sockets) socket.destroy();
    }
  });
});

test.describe('6 and 9. what a request may leave in a page regenerated for everyone', () => {
  test.setTimeout(120_000);

  test('a POST to a page or file due for regeneration is refused and stores nothing', async ({
    request,
  }) => {
    await untilPagesAreStale();
    const addresses = [
      '/feed.xml',
      `${editionPath(latest.number)}/plain.txt`,
      editionPath(latest.number),
    ];
    for (const address of addresses) {
      const refused = await request.post(`${SERVER}${address}`);
      expect(refused.status(), address).toBe(405);
      expect(refused.headers()['cache-control'], address).toBe('no-store');
      expect(refused.headers().allow, address).toBe('GET, HEAD');
    }
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    for (const address of addresses) {
      const read = await request.get(`${SERVER}${address}`);
      expect(read.status(), address).toBe(200);
      expect((await read.body()).length, address).toBeGreaterThan(500);
    }
  });

  test('the query string of the request that regenerates a page is not kept in it', async ({
    request,
  }) => {
    await untilPagesAreStale();
    const marker = 'probe-marker-7f3a';
    const page = articlePath(latest.number, features.caseStudy.article.slug);
    const tracked = await request.get(`${SERVER}${page}?ref=${marker}`, { maxRedirects: 0 });
    expect(tracked.status()).toBe(308);
    expect(tracked.headers().location).toBe(page);
    await request.get(`${SERVER}${page}?ref=${marker}`);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(await (await request.get(`${SERVER}${page}`)).text()).not.toContain(marker);
    // Through nginx, the query string splits neither the cache nor the page.
    const other = articlePath(latest.number, features.video.article.slug);
    await request.get(`${PROXY}${other}?ref=${marker}`);
    const shared = await request.get(`${PROXY}${other}`);
    expect(shared.headers()['x-cache-status']).toBe('HIT');
    expect(await shared.text()).not.toContain(marker);
  });
});

test.describe('7. hidden addresses', () => {
  test('every address of hidden content answers byte for byte as one that never existed', async ({
    request,
  }) => {
    expect(hidden).toContain(draftPath);
    for (const kind of [editionPath(features.draftEdition.number), '/media/', '/topics/'])
      expect(
        hidden.some((address) => address.includes(kind)),
        `a hidden address like ${kind}`,
      ).toBe(true);
    for (const base of [SERVER, PROXY]) {
      const unknown = await answer(request, `${base}/editions/${latest.number}/no-such-article`);
      expect(unknown.status).toBe(404);
      for (const address of hidden) {
        const found = await answer(request, `${base}${address}`);
        const twin = await answer(request, `${base}${neverExisted(address)}`);
        expect(found.status, address).toBe(404);
        expect(comparable(found.headers), address).toEqual(comparable(twin.headers));
        expect(found.body, address).toBe(twin.body);
        expect(found.body, address).toBe(unknown.body);
      }
    }
  });

  test('the not-found page reads without JavaScript', async ({ request }) => {
    const html = await (await request.get(`${SERVER}${draftPath}`)).text();
    const withoutScripts = html.replace(/<script[\s\S]*?<\/script>/g, '');
    expect(withoutScripts).toMatch(/<h1[^>]*>Page not found<\/h1>/);
    expect(withoutScripts).toContain('Browse every edition');
  });
});

test.describe('8. search under load', () => {
  test('one client’s flood of searches is throttled by nginx', async ({ request }) => {
    const statuses = await Promise.all(
      Array.from({ length: 16 }, async (_, index) => {
        const query = `${'flood'.repeat(20)}${index}${Math.random()}`;
        return (await request.get(`${PROXY}/search?q=${query}`)).status();
      }),
    );
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThan(0);
    expect(statuses.every((status) => status === 200 || status === 429)).toBe(true);
  });
});

test.describe('10. the preview cookies and the way out', () => {
  test('both cookies are SameSite=Lax and last a working day', async ({ request }) => {
    const response = await request.get(
      `${SERVER}/preview?secret=${previewSecret}&path=${editionPath(latest.number)}`,
      { maxRedirects: 0 },
    );
    expect(response.status()).toBe(307);
    const cookies = response
      .headersArray()
      .filter(({ name }) => name.toLowerCase() === 'set-cookie')
      .map(({ value }) => value);
    for (const name of [DRAFT_MODE_COOKIE, PREVIEW_PASS_COOKIE]) {
      const cookie = cookies.filter((value) => value.startsWith(`${name}=`)).at(-1) ?? '';
      expect(cookie, name).toMatch(/SameSite=lax/i);
      expect(cookie, name).toMatch(/HttpOnly/i);
      expect(cookie, name).toMatch(/Max-Age=28800/);
    }
  });

  test('another site cannot end an editor’s preview', async ({ request }) => {
    const refused = await request.post(`${SERVER}/preview/exit`, {
      headers: { Origin: 'https://elsewhere.example' },
      maxRedirects: 0,
    });
    expect(refused.status()).toBe(403);
    expect(refused.headers()['set-cookie'] ?? '').toBe('');
    const allowed = await request.post(`${SERVER}/preview/exit`, {
      headers: { Origin: SERVER },
      maxRedirects: 0,
    });
    expect(allowed.status()).toBe(303);
  });

  test('a preview link to a path outside Latin-1 goes home instead of failing', async ({
    request,
  }) => {
    const response = await request.get(
      `${SERVER}/preview?secret=${previewSecret}&path=/editions/%E2%82%AC`,
      { maxRedirects: 0 },
    );
    expect(response.status()).toBe(307);
    expect(response.headers().location).toBe('/');
  });
});

test.describe('11. headers on every answer', () => {
  test('a static file asked for over plain HTTP never carries HSTS', async ({ request }) => {
    const home = await (await request.get(`${PROXY}/`)).text();
    const file = /\/_next\/static\/[^"]+\.css/.exec(home)?.[0];
    expect(file, 'the home page loads a stylesheet').toBeDefined();
    const response = await request.get(`${PROXY}${file}`, {
      headers: { 'X-Forwarded-Proto': 'https' },
    });
    expect(response.status()).toBe(200);
    expect(response.headers()['strict-transport-security']).toBeUndefined();
  });

  test('nginx’s own answers and the server’s redirects carry the security headers', async () => {
    const host = `127.0.0.1:${ports.proxy}`;
    for (const [name, request] of [
      [
        '400',
        `GET / HTTP/1.1\r\nHost: ${host}\r\nX-Filler: ${'a'.repeat(16 * 1024)}\r\nConnection: close\r\n\r\n`,
      ],
      ['405', `DELETE / HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`],
      ['421', `GET / HTTP/1.1\r\nHost: elsewhere.example\r\nConnection: close\r\n\r\n`],
      [
        '308',
        `GET ${editionPath(latest.number)}/ HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`,
      ],
    ] as const) {
      const answer = await rawRequest(ports.proxy, request);
      expect(String(answer.status), name).toBe(name);
      expect(answer.head, name).toMatch(/^content-security-policy: .*frame-ancestors 'none'/im);
      expect(answer.head, name).toMatch(/^x-content-type-options: nosniff/im);
    }
  });
});

test.describe('12. readers’ searches on disk', () => {
  test('a search kept by nginx is gone from its disk within two minutes', async ({ request }) => {
    test.setTimeout(180_000);
    const query = `probe${Date.now()}`;
    // Asked until answered: the search flood above, from the same address, may be running.
    for (let tries = 0; tries < 10; tries += 1) {
      if ((await request.get(`${PROXY}/search?q=${query}`)).status() === 200) break;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    const cache = path.join(root, 'tests', '.artifacts', 'nginx');
    const holding = () =>
      fs
        .readdirSync(cache, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && entry.parentPath.includes(`${path.sep}cache`))
        .some((entry) =>
          fs.readFileSync(path.join(entry.parentPath, entry.name), 'latin1').includes(query),
        );
    expect(holding(), 'the search was kept for a minute').toBe(true);
    const started = Date.now();
    while (holding() && Date.now() - started < 150_000)
      await new Promise((resolve) => setTimeout(resolve, 5_000));
    expect(holding()).toBe(false);
  });
});

test.describe('13. small gaps', () => {
  test('nginx’s method rule is case-sensitive', async () => {
    const host = `127.0.0.1:${ports.proxy}`;
    const answer = await rawRequest(
      ports.proxy,
      `POST /PREVIEW/EXIT HTTP/1.1\r\nHost: ${host}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`,
    );
    expect(answer.status).toBe(405);
  });
});
