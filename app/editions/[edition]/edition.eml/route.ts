import { budgetedEditionEmail } from '@/lib/outputs/email';
import { emailFile } from '@/lib/outputs/email-file';
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

/**
 * The edition as an email message file, downloaded: opened in Outlook or Apple Mail it becomes
 * a draft with the subject, text and HTML in place, to address and send.
 */
export async function GET(
  _request: Request,
  { params }: RouteContext<'/editions/[edition]/edition.eml'>,
) {
  const lookup = lookupEdition((await params).edition, await currentAudience(), '/edition.eml');
  return lookupResponse(
    lookup,
    async (edition) =>
      new Response(await emailFile(budgetedEditionEmail(edition, site), site), {
        headers: {
          'Content-Type': 'message/rfc822',
          'Content-Disposition': `attachment; filename="${slugify(site.name)}-edition-${edition.number}.eml"`,
        },
      }),
  );
}
