import { calendarEntries, calendarFile } from '@/lib/outputs/calendar';
import { currentAudience } from '@/lib/requests/audience';
import { lookupEdition } from '@/lib/requests/redirects';
import { lookupResponse } from '@/lib/requests/responses';
import { editionParams } from '@/lib/requests/route-params';
import { site } from '@/lib/content/site';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const revalidate = 60;
export const generateStaticParams = editionParams;

/**
 * Every event of an edition in one iCalendar file, for readers who want them all (a calendar
 * with no events when the edition lists none).
 */
export async function GET(
  _request: Request,
  { params }: RouteContext<'/editions/[edition]/calendar.ics'>,
) {
  const key = (await params).edition;
  const lookup = lookupEdition(key, await currentAudience(), '/calendar.ics');
  return lookupResponse(lookup, (edition) => {
    const entries = edition.articles.flatMap((article) => calendarEntries(article, edition, site));
    return new Response(calendarFile(entries, site), {
      headers: {
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': `attachment; filename="edition-${edition.number}-events.ics"`,
      },
    });
  });
}
