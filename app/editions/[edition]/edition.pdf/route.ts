import { drawnCoverPng } from '@/components/shared/drawn-cover';
import { readMediaFile, type Edition } from '@/lib/library/getters';
import { coverAsSent, drawnCoverContent } from '@/lib/outputs/drawn-cover';
import { pdfFileName, type PictureReader } from '@/lib/outputs/pdf/edition-pdf';
import { keptEditionPdf } from '@/lib/outputs/pdf/kept-pdf';
import { currentAudience } from '@/lib/requests/audience';
import { lookupEdition } from '@/lib/requests/redirects';
import { lookupResponse } from '@/lib/requests/responses';
import { editionParams } from '@/lib/requests/route-params';
import { site } from '@/lib/site/settings';
import { slugify } from '@/lib/site/slug';
import { mediaPath } from '@/lib/site/urls';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const revalidate = 60;
export const generateStaticParams = editionParams;

/**
 * The drawn cover's name among the edition's pictures: no file in an edition's folder can have
 * it (their names start with a letter or a digit).
 */
const DRAWN_COVER = '_drawn-cover.png';

/** The edition as an accessible PDF, to download, print and forward. */
export async function GET(
  _request: Request,
  { params }: RouteContext<'/editions/[edition]/edition.pdf'>,
) {
  const audience = await currentAudience();
  const lookup = lookupEdition((await params).edition, audience, '/edition.pdf');
  return lookupResponse(lookup, async (edition) => {
    const read: PictureReader = (name) => readMediaFile(String(edition.number), name, audience);
    const pdf = edition.cover
      ? await keptEditionPdf(edition, site, read)
      : await withDrawnCover(edition, read);
    return new Response(pdf as Uint8Array<ArrayBuffer>, {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `inline; filename="${pdfFileName(slugify(site.name), edition)}"`,
      },
    });
  });
}

/** The PDF of an edition without a cover, with the one drawn for it as its cover picture. */
async function withDrawnCover(edition: Edition, read: PictureReader) {
  const drawn = await drawnCoverPng(drawnCoverContent(edition, site));
  const { width, height, alt } = coverAsSent(edition, site);
  const cover = {
    url: mediaPath(edition.number, DRAWN_COVER),
    alt,
    width,
    height,
    optimise: false,
  };
  return keptEditionPdf({ ...edition, cover }, site, async (name) =>
    name === DRAWN_COVER ? { bytes: drawn, contentType: 'image/png' } : read(name),
  );
}
