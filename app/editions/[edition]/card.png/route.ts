import { drawnCoverPng } from '@/components/shared/drawn-cover';
import { previewImageResponse } from '@/components/shared/preview-card';
import { coverAsSent, drawnCoverContent } from '@/lib/outputs/drawn-cover';
import { getEdition, pictureDataUrl } from '@/lib/library/getters';
import { editionPreview } from '@/lib/outputs/preview-card';
import { notFoundResponse } from '@/lib/requests/responses';
import { editionParams } from '@/lib/requests/route-params';
import { site } from '@/lib/content/site';
import { currentAudience } from '@/lib/requests/audience';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const revalidate = 60;
export const generateStaticParams = editionParams;

/** An edition's preview image, with its cover (drawn, for an edition without one). */
export async function GET(
  _request: Request,
  { params }: RouteContext<'/editions/[edition]/card.png'>,
) {
  const key = (await params).edition;
  const audience = await currentAudience();
  const edition = getEdition(key, audience);
  if (!edition) return notFoundResponse();
  // The uploaded cover, or the one drawn for an edition without one.
  const src = edition.cover
    ? await pictureDataUrl(key, edition.cover, audience)
    : `data:image/png;base64,${Buffer.from(await drawnCoverPng(drawnCoverContent(edition, site))).toString('base64')}`;
  const { width, height } = coverAsSent(edition, site);
  const cover = src ? { src, width, height } : undefined;
  return previewImageResponse(editionPreview(edition, site, cover));
}
