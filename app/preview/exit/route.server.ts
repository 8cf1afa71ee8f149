import { cookies, draftMode } from 'next/headers';
import { PREVIEW_PASS_COOKIE } from '@/lib/requests/preview-pass';

/**
 * Leaves draft mode and returns to the home page. Only a form on this site may ask: a request
 * whose Origin names another host is refused, so no other site can end an editor's preview.
 * (A request without Origin comes from no browser form, and cannot carry a reader anywhere.)
 */
export async function POST(request: Request) {
  const origin = request.headers.get('origin');
  if (origin !== null && !fromThisSite(origin, request.headers.get('host'))) {
    return new Response('Forbidden: leave preview from a page of this site.\n', {
      status: 403,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  }
  (await draftMode()).disable();
  (await cookies()).delete(PREVIEW_PASS_COOKIE);
  return new Response(null, {
    status: 303,
    headers: { Location: '/', 'Cache-Control': 'no-store' },
  });
}

/** Whether an Origin header names this site's host (the port may differ behind a proxy). */
function fromThisSite(origin: string, host: string | null): boolean {
  if (!host) return false;
  try {
    return new URL(origin).hostname === new URL(`http://${host}`).hostname;
  } catch {
    return false;
  }
}
