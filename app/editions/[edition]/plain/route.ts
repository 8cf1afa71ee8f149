import { editionPlainView } from '@/lib/outputs/plain-view';
import { currentAudience } from '@/lib/requests/audience';
import { lookupEdition } from '@/lib/requests/redirects';
import { lookupResponse } from '@/lib/requests/responses';
import { editionParams } from '@/lib/requests/route-params';
import { site } from '@/lib/content/site';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const revalidate = 60;
export const generateStaticParams = editionParams;

/** The plain view: finished HTML with no scripts, so it works anywhere and weighs little. */
export async function GET(
  _request: Request,
  { params }: RouteContext<'/editions/[edition]/plain'>,
) {
  const lookup = lookupEdition((await params).edition, await currentAudience(), '/plain');
  return lookupResponse(
    lookup,
    (edition) =>
      new Response(editionPlainView(edition, site), {
        headers: { 'Content-Type': 'text/html; charset=utf-8' },
      }),
  );
}
