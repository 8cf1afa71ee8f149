import { editionTextFile } from '@/lib/outputs/text-file';
import { currentAudience } from '@/lib/requests/audience';
import { lookupEdition } from '@/lib/requests/redirects';
import { lookupResponse } from '@/lib/requests/responses';
import { editionParams } from '@/lib/requests/route-params';
import { site } from '@/lib/content/site';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const revalidate = 60;
export const generateStaticParams = editionParams;

/** The whole edition as a plain-text file, wrapped for email. */
export async function GET(
  _request: Request,
  { params }: RouteContext<'/editions/[edition]/plain.txt'>,
) {
  const lookup = lookupEdition((await params).edition, await currentAudience(), '/plain.txt');
  return lookupResponse(
    lookup,
    (edition) =>
      new Response(editionTextFile(edition, site), {
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      }),
  );
}
