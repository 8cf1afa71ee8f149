import { budgetedEditionEmail } from '@/lib/outputs/email';
import { currentAudience } from '@/lib/requests/audience';
import { lookupEdition } from '@/lib/requests/redirects';
import { lookupResponse } from '@/lib/requests/responses';
import { editionParams } from '@/lib/requests/route-params';
import { site } from '@/lib/content/site';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const revalidate = 60;
export const generateStaticParams = editionParams;

/** The edition as an HTML email, to paste or import into a mailing tool. */
export async function GET(
  _request: Request,
  { params }: RouteContext<'/editions/[edition]/email.html'>,
) {
  const lookup = lookupEdition((await params).edition, await currentAudience(), '/email.html');
  return lookupResponse(
    lookup,
    (edition) =>
      new Response(budgetedEditionEmail(edition, site).html, {
        headers: { 'Content-Type': 'text/html; charset=utf-8' },
      }),
  );
}
