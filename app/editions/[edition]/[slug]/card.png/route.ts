import { previewImageResponse } from '@/components/shared/preview-card';
import { articlePreview } from '@/lib/outputs/preview-card';
import { lookupArticle } from '@/lib/requests/redirects';
import { lookupResponse } from '@/lib/requests/responses';
import { articleParams } from '@/lib/requests/route-params';
import { site } from '@/lib/content/site';
import { currentAudience } from '@/lib/requests/audience';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const revalidate = 60;
export const generateStaticParams = articleParams;

/** An article's preview image; at a former address, a redirect to the current one. */
export async function GET(
  _request: Request,
  { params }: RouteContext<'/editions/[edition]/[slug]/card.png'>,
) {
  const { edition, slug } = await params;
  const lookup = lookupArticle(edition, slug, await currentAudience(), '/card.png');
  return lookupResponse(lookup, (found) =>
    previewImageResponse(articlePreview(found.article, found.edition, site)),
  );
}
