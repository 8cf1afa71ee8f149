import { getEditions } from '@/lib/library/getters';

export const dynamic = 'force-dynamic';

/**
 * For load balancers and monitoring: 200 once the content has loaded (and how many editions
 * the public sees), 503 while it cannot be. Asked afresh every time, never cached.
 */
export function GET() {
  const headers = { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' };
  try {
    const editions = getEditions().length;
    return new Response(`${JSON.stringify({ status: 'ok', editions })}\n`, { headers });
  } catch {
    // The reason is in the server's log (the content check names the file and line).
    return new Response(`${JSON.stringify({ status: 'unavailable' })}\n`, { status: 503, headers });
  }
}
