import { notFound, permanentRedirect } from 'next/navigation';
import type { Lookup } from './redirects';

/** The answer a route handler gives for an address that matches no content. */
export function notFoundResponse(): Response {
  return new Response('Not found. Every edition is listed at /editions\n', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/** A permanent redirect from a former address to `location`, a path on this site. */
function redirectResponse(location: string): Response {
  return new Response(null, { status: 308, headers: { Location: location } });
}

/** A route handler's answer to a lookup: `respond` for what was found, a redirect, or a 404. */
export function lookupResponse<T, R extends Response | Promise<Response> = Response>(
  lookup: Lookup<T>,
  respond: (value: T) => R,
): R | Response {
  if (lookup.kind === 'found') return respond(lookup.value);
  return lookup.kind === 'moved' ? redirectResponse(lookup.location) : notFoundResponse();
}

/**
 * A page's answer to a lookup: what was found, or else Next's permanent redirect or not-found
 * page (both end the render by throwing).
 */
export function foundOrLeave<T>(lookup: Lookup<T>): T {
  if (lookup.kind === 'moved') permanentRedirect(lookup.location);
  if (lookup.kind === 'missing') notFound();
  return lookup.value;
}
