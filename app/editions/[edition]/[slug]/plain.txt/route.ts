import { articleTextFile } from '@/lib/outputs/text-file';
import { lookupArticle } from '@/lib/requests/redirects';
import { lookupResponse } from '@/lib/requests/responses';
import { articleParams } from '@/lib/requests/route-params';
import { site } from '@/lib/content/site';
import { currentAudience } from '@/lib/requests/audience';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const revalidate = 60;
export const generateStaticParams = articleParams;

/** One article as a plain-text file, in the same form as the edition's text file. */
export async function GET(
  _request: Request,
  { params }: RouteContext<'/editions/[edition]/[slug]/plain.txt'>,
) {
  const { edition, slug } = await params;
  const lookup = lookupArticle(edition, slug, await currentAudience(), '/plain.txt');
  return lookupResponse(
    lookup,
    (found) =>
      new Response(articleTextFile(found.article, found.edition, site), {
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      }),
  );
}
