import { readMediaFile } from '@/lib/library/getters';
import { emailCover } from '@/lib/content/picture-metadata';
import { currentAudience } from '@/lib/requests/audience';
import { lookupEdition } from '@/lib/requests/redirects';
import { lookupResponse, notFoundResponse } from '@/lib/requests/responses';
import { editionParams } from '@/lib/requests/route-params';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const revalidate = 60;
export const generateStaticParams = editionParams;

/** The edition's cover as a JPEG, for the email edition: email clients show no SVG. */
export async function GET(
  _request: Request,
  { params }: RouteContext<'/editions/[edition]/cover.jpg'>,
) {
  const audience = await currentAudience();
  const lookup = lookupEdition((await params).edition, audience, '/cover.jpg');
  return lookupResponse(lookup, async ({ cover, number }) => {
    const name = cover?.url.split('/').pop() ?? '';
    const media = cover && (await readMediaFile(String(number), name, audience));
    if (!media) return notFoundResponse();
    return new Response(await emailCover(media.bytes), {
      headers: { 'Content-Type': 'image/jpeg' },
    });
  });
}
