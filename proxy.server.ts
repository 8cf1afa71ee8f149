import { NextResponse, type NextRequest } from 'next/server';
import { mayShowPublic } from '@/lib/requests/addresses';
import {
  DRAFT_MODE_COOKIE,
  isValidPreviewPass,
  PREVIEW_PASS_COOKIE,
  previewSecret,
} from '@/lib/requests/preview-pass';
import { previewPath, searchPath } from '@/lib/site/urls';

/*
 * Every request meets this first, before Next looks for a page, so what it refuses can never
 * be rendered, regenerated or stored. nginx.conf does much of the same in production; this
 * holds when the server is reached without it.
 */

/** Methods every address allows; POST only leaves draft preview. */
const READ_METHODS = new Set(['GET', 'HEAD']);
const LEAVE_PREVIEW = `${previewPath}/exit`;

/** Where a hidden address is sent: a path no route can have (folders starting `_` are private). */
const NOWHERE = '/_nowhere';

export function proxy(request: NextRequest) {
  const { method, nextUrl } = request;
  const path = decodedPath(nextUrl.pathname);

  // A POST (or PUT, DELETE…) to a page or file that is due to be regenerated would make Next
  // store its 405 as the page: refused here, never stored by anyone.
  if (!READ_METHODS.has(method) && !(method === 'POST' && path === LEAVE_PREVIEW))
    return plain(405, 'Method not allowed: this site is read with GET and HEAD.', {
      Allow: 'GET, HEAD',
    });

  // Next would answer a malformed %-encoding (/editions/%E0%A4%A) with a 500.
  if (path === undefined) return plain(400, 'Bad request: the address has a malformed %-encoding.');

  // Draft mode without a valid preview pass (expired, or signed with a secret since changed
  // or unset) is switched off for this request and its cookie cleared. The pass is checked here,
  // on every request, because routes built ahead of time cannot read cookies themselves.
  const hasDraftMode = request.cookies.has(DRAFT_MODE_COOKIE);
  const preview = process.env.NODE_ENV === 'development' || (hasDraftMode && hasValidPass(request));
  const revoked = hasDraftMode && !preview;
  if (revoked) request.cookies.delete(DRAFT_MODE_COOKIE);

  const onward = revoked ? { request: { headers: request.headers } } : undefined;
  const response =
    !preview && !mayShowPublic(path)
      ? NextResponse.rewrite(nowhere(request), onward)
      : (redirectWithoutQuery(request) ?? NextResponse.next(onward));
  // (The preview link sets a new one, which this must not clear.)
  if (revoked && path !== previewPath) response.cookies.delete(DRAFT_MODE_COOKIE);
  return response;
}

/**
 * Where an address the public may not see goes: a draft's or a scheduled edition's address
 * answers exactly as one that never existed, because both are sent to the same not-found page
 * by the same route.
 */
function nowhere(request: NextRequest): URL {
  return new URL(NOWHERE, request.url);
}

/**
 * A redirect to the page's address without the query parameters pages do not take (a
 * newsletter's `?utm_source=…`), or undefined when there are none. A page regenerated on a
 * request keeps that request's address, query string and all, in the copy every reader then
 * gets, so a page is never rendered for an address with one. Files (a name with a dot) are
 * served as they are: they do not show their address. Search, the preview link and Next's own
 * addresses take their queries. Next's `_rsc` is no exception: no page the server sends runs
 * Next's router, which is what asks with it. Behind nginx the server never sees such a query:
 * nginx drops it.
 */
function redirectWithoutQuery(request: NextRequest): NextResponse | undefined {
  const { pathname, search } = request.nextUrl;
  if (!search || pathname.startsWith('/_next/') || pathname === searchPath) return undefined;
  if (pathname === previewPath || /\.[^/]*$/.test(pathname)) return undefined;
  const clean = new URL(request.url);
  clean.search = '';
  const response = NextResponse.redirect(clean, 308);
  response.headers.set('Cache-Control', 'no-store');
  return response;
}

function decodedPath(pathname: string): string | undefined {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
}

/** Whether the request carries a preview pass signed with the server's secret, unexpired. */
function hasValidPass(request: NextRequest): boolean {
  return isValidPreviewPass(request.cookies.get(PREVIEW_PASS_COOKIE)?.value, previewSecret());
}

function plain(status: number, message: string, headers: Record<string, string> = {}) {
  return new NextResponse(`${message}\n`, {
    status,
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
      ...headers,
    },
  });
}

// Every address but Next's own content-named files, which are never regenerated.
export const config = {
  matcher: '/((?!_next/static/).*)',
};
