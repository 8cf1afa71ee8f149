/*
 * Request headers that Next reads as messages from its own parts (its router in the browser, its
 * middleware, a hosting platform), never from a reader. Sent by anyone, they change what Next
 * answers: `x-middleware-prefetch: 1` gets `200 {}` on any address with a dynamic segment,
 * `rsc: 1` gets the page's React payload instead of its HTML, `Sec-Fetch-Dest: image` on an
 * unknown address gets a bare "Not Found" instead of the site's not-found page. A cache in front
 * that stores such an answer serves it to everyone. No page this server sends runs Next's
 * router (decision 9), so none of them is needed: the server drops them all, and nginx.conf
 * clears each by name (nginx cannot match a prefix); tests/hostile/probe-3.spec.ts
 * fails when Next reads a header this list does not cover.
 */

/** Name prefixes of Next's own headers and its hosting platform's. */
const INTERNAL_PREFIXES = [
  'x-middleware-',
  'x-nextjs-',
  'x-next-',
  'x-now-',
  'x-invoke-',
  'x-prerender-',
  'x-action-',
  'x-vercel-',
  'next-',
];

/** Whole names: the router's payload request, the platform's, and the browser's fetch hint. */
const INTERNAL_NAMES = new Set([
  'rsc',
  'x-matched-path',
  'x-invocation-id',
  'x-deployment-id',
  // A browser's own header, but Next answers a not-found picture request with a bare
  // "Not Found" for it, and nothing the site sends depends on it.
  'sec-fetch-dest',
]);

/** Whether Next would read this request header (lower case, as Node gives names) as its own. */
export function isInternalHeader(name: string): boolean {
  return INTERNAL_NAMES.has(name) || INTERNAL_PREFIXES.some((prefix) => name.startsWith(prefix));
}

/** Removes every internal header from a request's headers, as Node parsed them. */
export function dropInternalHeaders(headers: Record<string, unknown>): void {
  for (const name of Object.keys(headers)) if (isInternalHeader(name)) delete headers[name];
}
