import { previewImageResponse } from '@/components/shared/preview-card';
import { getArticle } from '@/lib/content/getters';
import { articlePreview } from '@/lib/outputs/preview-card';
import { notFoundResponse } from '@/lib/site/responses';
import { articleParams } from '@/lib/site/route-params';
import { site } from '@/lib/site/settings';
import { currentAudience } from '@/lib/site/audience';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const revalidate = 60;
export const generateStaticParams = articleParams;

/** An article's preview image. */
export async function GET(
  _request: Request,
  { params }: RouteContext<'/editions/[edition]/[slug]/card.png'>,
) {
  const { edition, slug } = await params;
  const found = getArticle(edition, slug, await currentAudience());
  if (!found) return notFoundResponse();
  return previewImageResponse(articlePreview(found.article, found.edition, site));
}
