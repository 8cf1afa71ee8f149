import type http from 'node:http';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { articlePath, editionPath } from '@/lib/site/urls';
import { ports, previewSecret } from '../../playwright.config';
import { httpRequest, rawRequest } from '../support/raw-http';
import { firstArticle, latest } from './support/site';

/*
 * The server holds a page's response back to send it without Next's scripts
 * (lib/server/server.ts). What a cache or a browser relies on must survive that: compression,
 * a length that matches what is sent (for HEAD too), and revalidation by ETag.
 */

/** One request to the main server, its body as sent (not decompressed). */
function ask(path: string, method = 'GET', headers: http.OutgoingHttpHeaders = {}) {
  return httpRequest(`http://127.0.0.1:${ports.main}${path}`, { method, headers });
}

const article = articlePath(latest.number, firstArticle.slug);

test('a page is sent compressed, without Next\u2019s scripts, at the length it says', async () => {
  const answer = await ask(article, 'GET', { 'Accept-Encoding': 'gzip' });
  expect(answer.status).toBe(200);
  expect(answer.headers['content-encoding']).toBe('gzip');
  expect(answer.headers.vary).toMatch(/Accept-Encoding/);
  expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
  const html = gunzipSync(answer.body).toString('utf8');
  expect(html).toMatch(/<h1[^>]*>[\s\S]+<\/html>$/);
  expect(html).not.toMatch(/<script[^>]*src="\/_next\//);

  const plain = await ask(article);
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(plain.body.toString('utf8')).toBe(html);
});

test('HEAD gives the length of the page as GET sends it', async () => {
  const get = await ask(article);
  const head = await ask(article, 'HEAD');
  expect(head.status).toBe(200);
  expect(head.body.length).toBe(0);
  expect(head.headers['content-length']).toBe(String(get.body.length));
});

test('a page not changed since the copy a cache holds is answered 304, without a body', async () => {
  const first = await ask(article);
  const etag = first.headers.etag ?? '';
  expect(etag).not.toBe('');
  const again = await ask(article, 'GET', { 'If-None-Match': etag });
  expect(again.status).toBe(304);
  expect(again.body.length).toBe(0);
});

test('the files a page uses are still compressed as they stream', async () => {
  const page = (await ask(article)).body.toString('utf8');
  const stylesheet = /href="(\/_next\/static\/[^"]+\.css)"/.exec(page)?.[1] ?? '';
  expect(stylesheet).not.toBe('');
  const answer = await ask(stylesheet, 'GET', { 'Accept-Encoding': 'gzip' });
  expect(answer.status).toBe(200);
  expect(answer.headers['content-encoding']).toBe('gzip');
});

test('a request line the server cannot read as an address is answered, and the server goes on', async () => {
  const answer = await rawRequest(
    ports.main,
    'GET http://[x/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
  );
  expect(answer.status).toBe(400);
  expect((await ask(article)).status).toBe(200);
});

test('a page asked again within seconds is the same answer, held as sent', async () => {
  const first = await ask(article, 'GET', { 'Accept-Encoding': 'gzip' });
  const second = await ask(article, 'GET', { 'Accept-Encoding': 'gzip' });
  expect(second.status).toBe(200);
  expect(second.body.equals(first.body)).toBe(true);
  const { date: _first, ...firstHeaders } = first.headers;
  const { date: _second, ...secondHeaders } = second.headers;
  expect(secondHeaders).toEqual(firstHeaders);
  // As the reader takes it: uncompressed for one that does not take gzip, empty for HEAD.
  const plain = await ask(article);
  expect(plain.body.equals(gunzipSync(first.body))).toBe(true);
  const head = await ask(article, 'HEAD', { 'Accept-Encoding': 'gzip' });
  expect(head.body.length).toBe(0);
  expect(head.headers['content-length']).toBe(String(first.body.length));
});

test('an editor previewing is never sent the page held for readers', async ({ request }) => {
  const page = editionPath(latest.number);
  await ask(page);
  await request.get(`/preview?secret=${previewSecret}&path=${page}`);
  const previewed = await request.get(page);
  expect(await previewed.text()).toContain('Draft preview');
  const reader = await ask(page);
  expect(reader.body.toString('utf8')).not.toContain('Draft preview');
});
