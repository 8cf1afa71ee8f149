/** The answer a route handler gives for an address that matches no content. */
export function notFoundResponse(): Response {
  return new Response('Not found. Every edition is listed at /editions\n', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/** A permanent redirect from a former address to `location`, a path on this site. */
export function redirectResponse(location: string): Response {
  return new Response(null, { status: 308, headers: { Location: location } });
}
