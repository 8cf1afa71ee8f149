import type { APIRequestContext } from '@playwright/test';

/*
 * Follows every link from the home page, as a reader (or a search engine) would, and lists
 * what is broken: addresses that do not answer 200, and links to anchors a page does not
 * have. External links are collected, not fetched.
 */

const LIMIT = 2000;
/** The base address the site prints in absolute links when SITE_URL is not set. */
const BUILT_FOR = 'http://localhost:3000';

export interface Crawl {
  /** Every HTML page reached, with the ids it holds. */
  pages: Map<string, Set<string>>;
  /** Every other address reached (images, text files, feeds, scripts). */
  files: Set<string>;
  external: Set<string>;
  broken: string[];
}

/** Attribute values, with the ampersand written as a character reference (both forms occur) read back. */
function attributes(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(pattern)].map((match) =>
    (match[1] ?? '').replace(/&amp;|&#x26;|&#38;/g, '&'),
  );
}

/**
 * Crawls from `/` at `origin`. With `assets`, the scripts and styles each page loads are
 * fetched too (a static copy must hold them; the server builds them in).
 */
export async function crawl(
  request: APIRequestContext,
  origin: string,
  { assets = false } = {},
): Promise<Crawl> {
  const queue = ['/'];
  const seen = new Set(queue);
  const result: Crawl = { pages: new Map(), files: new Set(), external: new Set(), broken: [] };
  const anchors: { from: string; to: string; id: string }[] = [];

  while (queue.length > 0 && seen.size < LIMIT) {
    const address = queue.shift() ?? '/';
    const response = await request.get(`${origin}${address}`, { maxRedirects: 5 });
    if (response.status() !== 200) {
      result.broken.push(`${address} answered ${response.status()}`);
      continue;
    }
    const type = response.headers()['content-type'] ?? '';
    if (!type.startsWith('text/html')) {
      result.files.add(address);
      continue;
    }
    const html = await response.text();
    result.pages.set(address, new Set(attributes(html, / id="([^"]+)"/g)));

    const links = [
      ...attributes(html, /<a [^>]*href="([^"]+)"/g),
      ...attributes(html, /<link [^>]*href="([^"]+)"/g).filter(
        (href) => assets || !href.startsWith('/_next/static'),
      ),
      ...attributes(html, /<img [^>]*src="([^"]+)"/g),
      ...attributes(html, /<img [^>]*srcset="([^"]+)"/gi).flatMap((list) =>
        list.split(',').map((entry) => entry.trim().split(/\s+/)[0] ?? ''),
      ),
      ...(assets ? attributes(html, /<script [^>]*src="([^"]+)"/g) : []),
      // A redirect page (the static copy's former addresses) leads on through its refresh.
      ...attributes(html, /<meta http-equiv="refresh" content="0; url=([^"]+)"/g),
    ];
    for (const link of links) {
      if (/^(mailto|tel):/.test(link)) continue;
      const url = new URL(link, `${origin}${address}`);
      if (url.origin !== origin && !link.startsWith(BUILT_FOR)) {
        result.external.add(url.href);
        continue;
      }
      // The site prints absolute addresses with its own base; follow them on the test server.
      const local = link.startsWith(BUILT_FOR)
        ? new URL(link.slice(BUILT_FOR.length) || '/', origin)
        : url;
      const target = `${local.pathname}${local.search}`;
      if (local.hash)
        anchors.push({ from: address, to: target, id: decodeURIComponent(local.hash.slice(1)) });
      if (target.startsWith('/preview')) continue;
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }

  for (const { from, to, id } of anchors) {
    const ids = result.pages.get(to);
    if (ids && !ids.has(id))
      result.broken.push(`${from} links to ${to}#${id}, which has no such anchor`);
  }
  return result;
}
