import { getEdition } from '@/lib/content';
import { editionParams } from '@/lib/route-params';
import { editionToPlainHtml } from '@/lib/plain-page';
import { notFoundResponse } from '@/lib/responses';
import { site } from '@/lib/site';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = editionParams;

/** The plain view: finished HTML with no scripts, so it works anywhere and weighs little. */
export async function GET(_request: Request, { params }: RouteContext<'/editions/[edition]/plain'>) {
  const edition = getEdition((await params).edition);
  if (!edition) return notFoundResponse();
  return new Response(editionToPlainHtml(edition, site), {
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
}
