import { previewImageResponse } from '@/components/preview-card';
import { getArticle } from '@/lib/content';
import { articlePreview } from '@/lib/preview-content';
import { notFoundResponse } from '@/lib/responses';
import { articleParams } from '@/lib/route-params';
import { site } from '@/lib/site';
import { currentView } from '@/lib/view';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const revalidate = 60;
export const generateStaticParams = articleParams;

/** An article's preview image. */
export async function GET(_request: Request, { params }: RouteContext<'/editions/[edition]/[slug]/card.png'>) {
  const { edition, slug } = await params;
  const found = getArticle(edition, slug, await currentView());
  if (!found) return notFoundResponse();
  return previewImageResponse(articlePreview(found.article, found.edition, site));
}
