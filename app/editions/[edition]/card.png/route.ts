import { previewImageResponse } from '@/components/shared/preview-card';
import { getEdition, pictureDataUrl } from '@/lib/library/getters';
import { editionPreview } from '@/lib/outputs/preview-card';
import { notFoundResponse } from '@/lib/requests/responses';
import { editionParams } from '@/lib/requests/route-params';
import { site } from '@/lib/site/settings';
import { currentAudience } from '@/lib/requests/audience';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const revalidate = 60;
export const generateStaticParams = editionParams;

/** An edition's preview image, with its cover. */
export async function GET(
  _request: Request,
  { params }: RouteContext<'/editions/[edition]/card.png'>,
) {
  const key = (await params).edition;
  const audience = await currentAudience();
  const edition = getEdition(key, audience);
  if (!edition) return notFoundResponse();
  const src = edition.cover && (await pictureDataUrl(key, edition.cover, audience));
  const cover =
    edition.cover && src
      ? { src, width: edition.cover.width, height: edition.cover.height }
      : undefined;
  return previewImageResponse(editionPreview(edition, site, cover));
}
