import { cookies, draftMode } from 'next/headers';
import { notFoundResponse } from '@/lib/requests/responses';
import {
  DRAFT_MODE_COOKIE,
  issuePreviewPass,
  PREVIEW_PASS_COOKIE,
  previewSecret,
  readEditionPreviewQuery,
  sameText,
} from '@/lib/requests/preview-pass';
import { editionPath } from '@/lib/site/urls';

/**
 * `/preview?secret=…&path=/editions/10` (whoever runs the site) or
 * `/preview?edition=10&until=…&sig=…` (a link made for one edition by npm run preview-link):
 * switches on draft mode for this browser with a signed preview pass (lib/requests/preview-pass.ts)
 * and goes to `path`, or to the edition. The pass lasts a working day, or until the link ends;
 * one from an edition's link shows that edition's drafts and nothing else unpublished. Without
 * MASTHEAD_PREVIEW_SECRET set, or with a wrong secret or signature, it answers 404 and nothing
 * changes.
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const secret = previewSecret();
  if (!secret) return notFoundResponse();
  const now = Date.now();
  const link = readEditionPreviewQuery(url.searchParams, secret, now);
  const siteWide = !link && sameText(url.searchParams.get('secret') ?? '', secret);
  if (!link && !siteWide) return notFoundResponse();
  const pass = link
    ? issuePreviewPass(secret, now, link.edition, link.until)
    : issuePreviewPass(secret, now);

  (await draftMode()).enable();
  const jar = await cookies();
  // Both cookies are SameSite=Lax (Next's own is SameSite=None), so no other site can send
  // them, or end the preview, from its pages; both end with the pass.
  const options = {
    httpOnly: true,
    secure: true,
    sameSite: 'lax' as const,
    path: '/',
    maxAge: Number(pass.split('.')[0]) - Math.floor(now / 1000),
  };
  const draftModeValue = jar.get(DRAFT_MODE_COOKIE)?.value ?? '';
  jar.set({ name: DRAFT_MODE_COOKIE, value: draftModeValue, ...options });
  jar.set({ name: PREVIEW_PASS_COOKIE, value: pass, ...options });
  const target = link ? editionPath(link.edition) : sitePath(url.searchParams.get('path'));
  return new Response(null, {
    status: 307,
    headers: { Location: target, 'Cache-Control': 'no-store' },
  });
}

/**
 * Only a path on this site, written in printable ASCII (percent-encode anything else), so the
 * link cannot send anyone elsewhere or put what a header cannot carry into Location.
 */
function sitePath(target: string | null): string {
  return target && /^\/(?![/\\])[!-[\]-~]*$/.test(target) ? target : '/';
}
