import { expect, test } from '@playwright/test';
import { articlePath, editionPath } from '@/lib/site/urls';
import { issuePreviewPass, PREVIEW_PASS_COOKIE } from '@/lib/requests/preview-pass';
import { ports } from '../../playwright.config';
import { NGINX } from '../support/nginx';
import { rawLine, rawRequest } from '../support/raw-http';
import { firstArticle, latest } from '../e2e/support/site';

/*
 * Hostile and malformed requests, sent through the production setup: the repository's
 * nginx.conf in front of the production server. Each case states the answer it must get.
 */

const PROXY = `127.0.0.1:${ports.proxy}`;
test.beforeAll(() => {
  if (!NGINX) throw new Error('nginx is not installed: npm test installs it on Debian.');
});

/** Sends raw bytes and returns the status code of the answer (0 if the connection closed). */
async function raw(request: string): Promise<number> {
  return (await rawRequest(ports.proxy, request)).status;
}

const get = (path: string, headers = '') =>
  raw(`GET ${path} HTTP/1.1\r\nHost: ${PROXY}\r\n${headers}Connection: close\r\n\r\n`);
const article = articlePath(latest.number, firstArticle.slug);

const cases: { name: string; send: () => Promise<number>; expect: number[] }[] = [
  { name: 'an ordinary page', send: () => get(article), expect: [200] },
  {
    name: 'HEAD',
    send: () => raw(`HEAD ${article} HTTP/1.1\r\nHost: ${PROXY}\r\nConnection: close\r\n\r\n`),
    expect: [200],
  },
  {
    name: 'POST to a page',
    send: () =>
      raw(
        `POST ${article} HTTP/1.1\r\nHost: ${PROXY}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`,
      ),
    expect: [405],
  },
  {
    name: 'PUT',
    send: () =>
      raw(
        `PUT ${article} HTTP/1.1\r\nHost: ${PROXY}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`,
      ),
    expect: [405],
  },
  {
    name: 'DELETE',
    send: () => raw(`DELETE ${article} HTTP/1.1\r\nHost: ${PROXY}\r\nConnection: close\r\n\r\n`),
    expect: [405],
  },
  {
    name: 'PATCH',
    send: () =>
      raw(
        `PATCH ${article} HTTP/1.1\r\nHost: ${PROXY}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`,
      ),
    expect: [405],
  },
  {
    name: 'TRACE',
    send: () => raw(`TRACE ${article} HTTP/1.1\r\nHost: ${PROXY}\r\nConnection: close\r\n\r\n`),
    expect: [405],
  },
  {
    name: 'OPTIONS on a page',
    send: () => raw(`OPTIONS ${article} HTTP/1.1\r\nHost: ${PROXY}\r\nConnection: close\r\n\r\n`),
    expect: [405],
  },
  {
    name: 'OPTIONS *',
    send: () => raw(`OPTIONS * HTTP/1.1\r\nHost: ${PROXY}\r\nConnection: close\r\n\r\n`),
    expect: [400, 405],
  },
  {
    name: 'an absolute address naming another host',
    send: () =>
      raw(`GET http://evil.example/ HTTP/1.1\r\nHost: ${PROXY}\r\nConnection: close\r\n\r\n`),
    expect: [421],
  },
  {
    name: 'another Host header',
    send: () => raw('GET / HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n'),
    expect: [421],
  },
  { name: 'no Host header (HTTP/1.0)', send: () => raw('GET / HTTP/1.0\r\n\r\n'), expect: [421] },
  {
    name: 'encoded dots',
    send: () => get('/editions/%2e%2e/%2e%2e/etc/passwd'),
    expect: [400, 404],
  },
  {
    name: 'encoded dots inside an edition',
    send: () => get(`${editionPath(latest.number)}/%2e%2e/%2e%2e/package.json`),
    expect: [400, 404],
  },
  {
    name: 'double-encoded dots',
    send: () => get('/editions/%252e%252e/%252e%252e/package.json'),
    expect: [400, 404],
  },
  { name: 'an encoded slash', send: () => get(`/editions%2f${latest.number}`), expect: [400, 404] },
  {
    name: 'an encoded slash inside a segment',
    send: () => get(`/editions/${latest.number}%2f${firstArticle.slug}`),
    expect: [400, 404],
  },
  // Next treats a backslash as a slash and redirects to the clean address.
  { name: 'a backslash', send: () => get(`/editions\\${latest.number}`), expect: [308, 400, 404] },
  { name: 'an address no URL parser can read', send: () => get('http://[x/'), expect: [400] },
  { name: 'a malformed % sequence', send: () => get('/editions/%E0%A4%A'), expect: [400] },
  { name: 'a lone %', send: () => get(`/editions/${latest.number}/%`), expect: [400] },
  {
    name: 'an encoded null byte',
    send: () => get(`/editions/${latest.number}%00`),
    expect: [400, 404],
  },
  {
    name: 'an encoded null byte before an extension',
    send: () => get(`${article}%00.txt`),
    expect: [400, 404],
  },
  {
    name: 'an encoded line break (header injection)',
    send: () => get(`/editions/${latest.number}%0d%0aSet-Cookie:%20x=1`),
    expect: [400, 404],
  },
  { name: 'bytes that are not UTF-8', send: () => get('/editions/%ff%fe'), expect: [400, 404] },
  { name: 'an 8 KB address', send: () => get(`/${'a'.repeat(8 * 1024)}`), expect: [414] },
  { name: 'an 8 KB query', send: () => get(`/search?q=${'a'.repeat(8 * 1024)}`), expect: [414] },
  {
    name: 'a 16 KB header',
    send: () => get('/', `X-Filler: ${'a'.repeat(16 * 1024)}\r\n`),
    expect: [400, 431],
  },
  {
    name: 'a large body to the one POST address',
    send: () =>
      raw(
        `POST /preview/exit HTTP/1.1\r\nHost: ${PROXY}\r\nContent-Length: 4096\r\nConnection: close\r\n\r\n${'a'.repeat(4096)}`,
      ),
    expect: [413],
  },
  {
    name: 'leaving draft preview (the one POST allowed)',
    send: () =>
      raw(
        `POST /preview/exit HTTP/1.1\r\nHost: ${PROXY}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`,
      ),
    expect: [303],
  },
  { name: 'a path into the build folder', send: () => get('/_next/../.env'), expect: [400, 404] },
  { name: 'an unknown edition', send: () => get('/editions/999999'), expect: [404] },
  {
    name: 'a preview link with the wrong secret',
    send: () => get(`/preview?secret=guess&path=${article}`),
    // 429 once this client has guessed too often (tests/hostile/probe.spec.ts guesses too).
    expect: [404, 429],
  },
];

test.describe('requests to the production server alone', () => {
  const direct = (path: string) => rawLine(ports.main, path);

  test('an address no URL parser can read answers 400, and the next request is served', async () => {
    for (const path of ['http://[x/', '//[x/']) expect((await direct(path)).status).toBe(400);
    expect((await direct(article)).status).toBe(200);
  });
});

test.describe('requests through the production proxy', () => {
  for (const { name, send, expect: allowed } of cases) {
    test(`${name} answers ${allowed.join(' or ')}`, async () => {
      expect(allowed).toContain(await send());
    });
  }

  test('the proxy passes on the security headers and caches public pages', async ({ request }) => {
    await request.get(`http://${PROXY}${article}`);
    const response = await request.get(`http://${PROXY}${article}`);
    expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
    expect(response.headers()['x-cache-status']).toBe('HIT');
    expect(response.headers().server).toBe('nginx');
  });

  test('an editor previewing drafts is never served from the cache', async ({ request }) => {
    // Only with a preview pass of the right form (its signature is the server's to check):
    // any other draft-mode cookie is served from the cache (tests/hostile/probe-3.spec.ts).
    const pass = issuePreviewPass('any-secret-of-the-right-form');
    const response = await request.get(`http://${PROXY}${article}`, {
      headers: { Cookie: `__prerender_bypass=anything; ${PREVIEW_PASS_COOKIE}=${pass}` },
    });
    expect(response.headers()['x-cache-status']).toBe('BYPASS');
  });
});
