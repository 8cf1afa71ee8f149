import { NextResponse, type NextRequest } from 'next/server';

/**
 * Answers 400 to an address with a malformed percent-encoding (`/editions/%E0%A4%A`), which
 * Next would otherwise answer with a 500.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse('Bad request: the address has a malformed %-encoding.\n', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  return NextResponse.next();
}

// Only an address with a % in it can be malformed. Running the proxy costs a third of the
// server's speed on every address it matches, so it matches no others.
export const config = {
  matcher: '/:path(.*%.*)',
};
