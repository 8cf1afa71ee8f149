import { readMediaFile } from '@/lib/content/getters';
import { pdfFileName } from '@/lib/outputs/pdf/edition-pdf';
import { keptEditionPdf } from '@/lib/outputs/pdf/kept-pdf';
import { currentAudience } from '@/lib/site/audience';
import { lookupEdition } from '@/lib/site/redirects';
import { lookupResponse } from '@/lib/site/responses';
import { editionParams } from '@/lib/site/route-params';
import { site } from '@/lib/site/settings';
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
    const pdf = await keptEditionPdf(edition, site, (name) =>
      readMediaFile(String(edition.number), name, audience),
    );
    return new Response(pdf as Uint8Array<ArrayBuffer>, {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `inline; filename="${pdfFileName(slugify(site.name), edition)}"`,
      },
    });
  });
}
