import { cookies, draftMode } from 'next/headers';
import { notFoundResponse } from '@/lib/requests/responses';
import {
  DRAFT_MODE_COOKIE,
  issuePreviewPass,
  PREVIEW_PASS_COOKIE,
  PREVIEW_PASS_SECONDS,
  previewSecret,
  sameText,
} from '@/lib/requests/preview-pass';

/**
 * `/preview?secret=…&path=/editions/10`: switches on draft mode for this browser, with a signed
 * preview pass that lasts a working day (lib/requests/preview-pass.ts), and goes to `path`, so an
 * editor can see drafts on a production site. Without MASTHEAD_PREVIEW_SECRET set, or with the
 * wrong secret, it answers 404 and nothing changes.
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const secret = previewSecret();
  if (!secret || !sameText(url.searchParams.get('secret') ?? '', secret)) return notFoundResponse();

  (await draftMode()).enable();
  const jar = await cookies();
  // Both cookies are SameSite=Lax (Next's own is SameSite=None), so no other site can send
  // them, or end the preview, from its pages; both end with the pass.
  const options = {
    httpOnly: true,
    secure: true,
    sameSite: 'lax' as const,
    path: '/',
    maxAge: PREVIEW_PASS_SECONDS,
  };
  const draftModeValue = jar.get(DRAFT_MODE_COOKIE)?.value ?? '';
  jar.set({ name: DRAFT_MODE_COOKIE, value: draftModeValue, ...options });
  jar.set({ name: PREVIEW_PASS_COOKIE, value: issuePreviewPass(secret), ...options });
  return new Response(null, {
    status: 307,
    headers: { Location: sitePath(url.searchParams.get('path')), 'Cache-Control': 'no-store' },
  });
}

/**
 * Only a path on this site, written in printable ASCII (percent-encode anything else), so the
 * link cannot send anyone elsewhere or put what a header cannot carry into Location.
 */
function sitePath(target: string | null): string {
  return target && /^\/(?![/\\])[!-[\]-~]*$/.test(target) ? target : '/';
}
