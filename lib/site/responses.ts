import { getEdition, type Edition } from '../content/getters';
import { editionRedirect } from './redirects';
import { currentView } from './audience';

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

/**
 * Answers a request for one of an edition's views (`suffix`, such as `/plain`): the view
 * itself when the reader may see the edition, a redirect from a former number, or a 404.
 */
export async function editionResponse(key: string, suffix: string, respond: (edition: Edition) => Response): Promise<Response> {
  const view = await currentView();
  const edition = getEdition(key, view);
  if (edition) return respond(edition);
  const moved = editionRedirect(key, view, suffix);
  return moved ? redirectResponse(moved) : notFoundResponse();
}
