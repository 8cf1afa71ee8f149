import { getEdition } from '@/lib/content';
import { editionToPlainHtml } from '@/lib/plain-page';
import { editionRedirect } from '@/lib/redirects';
import { notFoundResponse, redirectResponse } from '@/lib/responses';
import { editionParams } from '@/lib/route-params';
import { site } from '@/lib/site';
import { currentView } from '@/lib/view';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const revalidate = 60;
export const generateStaticParams = editionParams;

/** The plain view: finished HTML with no scripts, so it works anywhere and weighs little. */
export async function GET(_request: Request, { params }: RouteContext<'/editions/[edition]/plain'>) {
  const key = (await params).edition;
  const view = await currentView();
  const edition = getEdition(key, view);
  if (!edition) {
    const moved = editionRedirect(key, view, '/plain');
    return moved ? redirectResponse(moved) : notFoundResponse();
  }
  return new Response(editionToPlainHtml(edition, site), {
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
}
