import { withDrawnCover } from '@/components/shared/drawn-cover';
import { readMediaFile } from '@/lib/library/getters';
import { pdfFileName, type PictureReader } from '@/lib/outputs/pdf/edition-pdf';
import { keptEditionPdf } from '@/lib/outputs/pdf/kept-pdf';
import { currentAudience } from '@/lib/requests/audience';
import { lookupEdition } from '@/lib/requests/redirects';
import { lookupResponse } from '@/lib/requests/responses';
import { editionParams } from '@/lib/requests/route-params';
import { site } from '@/lib/content/site';
import { slugify } from '@/lib/site/slug';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const revalidate = 60;
export const generateStaticParams = editionParams;

/** The edition as an accessible PDF, to download, print and forward. */
export async function GET(
  _request: Request,
  { params }: RouteContext<'/editions/[edition]/edition.pdf'>,
) {
  const audience = await currentAudience();
  const lookup = lookupEdition((await params).edition, audience, '/edition.pdf');
  return lookupResponse(lookup, async (edition) => {
    const read: PictureReader = (name) => readMediaFile(String(edition.number), name, audience);
    const pdf = await keptEditionPdf(...(await withDrawnCover(edition, site, read)));
    return new Response(pdf as Uint8Array<ArrayBuffer>, {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `inline; filename="${pdfFileName(slugify(site.name), edition)}"`,
      },
    });
  });
}
