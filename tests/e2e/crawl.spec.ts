import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

/*
 * Follows every link from the home page, as a reader (or a search engine) would, and fails on
 * any broken internal link, missing anchor or image that does not load. External links are
 * listed in tests/.artifacts/external-links.txt, not fetched.
 */

const LIMIT = 2000;

function attributes(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(pattern)].map((match) => (match[1] ?? '').replace(/&amp;/g, '&'));
}

test('every internal link, anchor and image from the home page works', async ({ request, baseURL }) => {
  test.setTimeout(300_000);
  const origin = new URL(baseURL ?? '').origin;
  const queue = ['/'];
  const seen = new Set(queue);
  const pages = new Map<string, Set<string>>();
  const anchors: { from: string; to: string; id: string }[] = [];
  const external = new Set<string>();
  const broken: string[] = [];

  while (queue.length > 0 && seen.size < LIMIT) {
    const address = queue.shift() ?? '/';
    const response = await request.get(address, { maxRedirects: 5 });
    if (response.status() !== 200) {
      broken.push(`${address} answered ${response.status()}`);
      continue;
    }
    const type = response.headers()['content-type'] ?? '';
    if (!type.startsWith('text/html')) continue;
    const html = await response.text();
    pages.set(address, new Set(attributes(html, / id="([^"]+)"/g)));

    const links = [
      ...attributes(html, /<a [^>]*href="([^"]+)"/g),
      ...attributes(html, /<link [^>]*href="([^"]+)"/g).filter((href) => !href.startsWith('/_next/static')),
      ...attributes(html, /<img [^>]*src="([^"]+)"/g),
      ...attributes(html, /<img [^>]*srcset="([^"]+)"/gi).flatMap((list) => list.split(',').map((entry) => entry.trim().split(/\s+/)[0] ?? '')),
    ];
    for (const link of links) {
      if (/^(mailto|tel):/.test(link)) continue;
      const url = new URL(link, `${origin}${address}`);
      if (url.origin !== origin && !link.startsWith('http://localhost:3000')) {
        external.add(url.href);
        continue;
      }
      // The site prints absolute addresses with its own base; follow them on the test server.
      const local = link.startsWith('http://localhost:3000') ? new URL(link.slice('http://localhost:3000'.length) || '/', origin) : url;
      const target = `${local.pathname}${local.search}`;
      if (local.hash) anchors.push({ from: address, to: target, id: decodeURIComponent(local.hash.slice(1)) });
      if (target.startsWith('/preview')) continue;
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }

  for (const { from, to, id } of anchors) {
    const ids = pages.get(to);
    if (ids && !ids.has(id)) broken.push(`${from} links to ${to}#${id}, which has no such anchor`);
  }

  fs.mkdirSync(path.join('tests', '.artifacts'), { recursive: true });
  fs.writeFileSync(path.join('tests', '.artifacts', 'external-links.txt'), `${[...external].sort().join('\n')}\n`);
  expect(broken).toEqual([]);
  expect(pages.size).toBeGreaterThan(10);
});
