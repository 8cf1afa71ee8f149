import { getEdition } from '@/lib/content';
import { editionToText } from '@/lib/edition-text';
import { editionRedirect } from '@/lib/redirects';
import { notFoundResponse, redirectResponse } from '@/lib/responses';
import { editionParams } from '@/lib/route-params';
import { site } from '@/lib/site';
import { currentView } from '@/lib/view';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const revalidate = 60;
export const generateStaticParams = editionParams;

/** The whole edition as a plain-text file, wrapped for email. */
export async function GET(_request: Request, { params }: RouteContext<'/editions/[edition]/plain.txt'>) {
  const key = (await params).edition;
  const view = await currentView();
  const edition = getEdition(key, view);
  if (!edition) {
    const moved = editionRedirect(key, view, '/plain.txt');
    return moved ? redirectResponse(moved) : notFoundResponse();
  }
  return new Response(editionToText(edition, site), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
