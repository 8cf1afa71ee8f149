import { drawnCoverPng } from '@/components/shared/drawn-cover';
import { readMediaFile } from '@/lib/library/getters';
import { emailCover } from '@/lib/content/picture-metadata';
import { drawnCoverContent } from '@/lib/outputs/drawn-cover';
import { currentAudience } from '@/lib/requests/audience';
import { lookupEdition } from '@/lib/requests/redirects';
import { lookupResponse, notFoundResponse } from '@/lib/requests/responses';
import { editionParams } from '@/lib/requests/route-params';
import { site } from '@/lib/content/site';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const revalidate = 60;
export const generateStaticParams = editionParams;

/**
 * The edition's cover as a JPEG, for the email edition and the website snippet (mail programs
 * show no SVG): the uploaded cover, or the one drawn for an edition without one.
 */
export async function GET(
  _request: Request,
  { params }: RouteContext<'/editions/[edition]/cover.jpg'>,
) {
  const audience = await currentAudience();
  const lookup = lookupEdition((await params).edition, audience, '/cover.jpg');
  return lookupResponse(lookup, async (edition) => {
    const { cover, number } = edition;
    const bytes = cover
      ? (await readMediaFile(String(number), cover.url.split('/').pop() ?? '', audience))?.bytes
      : await drawnCoverPng(drawnCoverContent(edition, site));
    if (!bytes) return notFoundResponse();
    return new Response(await emailCover(bytes), {
      headers: { 'Content-Type': 'image/jpeg' },
    });
  });
}
