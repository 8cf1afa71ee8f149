import { timingSafeEqual } from 'node:crypto';
import { draftMode } from 'next/headers';
import { notFoundResponse } from '@/lib/site/responses';

/**
 * `/preview?secret=…&path=/editions/10`: switches on draft mode for this browser and goes to
 * `path`, so an editor can see drafts on a production site. Without MASTHEAD_PREVIEW_SECRET
 * set, or with the wrong secret, it answers 404 and nothing changes.
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const expected = process.env.MASTHEAD_PREVIEW_SECRET;
  const given = url.searchParams.get('secret') ?? '';
  if (!expected || !sameSecret(given, expected)) return notFoundResponse();

  // Only a path on this site, so the link cannot send anyone elsewhere.
  const target = url.searchParams.get('path') ?? '/';
  const path = /^\/(?![/\\])[^\s\\]*$/.test(target) ? target : '/';
  (await draftMode()).enable();
  return new Response(null, {
    status: 307,
    headers: { Location: path, 'Cache-Control': 'no-store' },
  });
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
