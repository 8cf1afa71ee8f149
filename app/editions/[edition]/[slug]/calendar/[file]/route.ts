import { calendarEntries, calendarFile } from '@/lib/outputs/calendar';
import { eventFileName } from '@/lib/site/urls';
import { currentAudience } from '@/lib/requests/audience';
import { lookupArticle } from '@/lib/requests/redirects';
import { lookupResponse, notFoundResponse } from '@/lib/requests/responses';
import { calendarParams } from '@/lib/requests/route-params';
import { site } from '@/lib/content/site';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const revalidate = 60;
export const generateStaticParams = calendarParams;

/**
 * One event of an article as an iCalendar file, to add to a calendar; at the article's former
 * address, a redirect to the current one.
 */
export async function GET(
  _request: Request,
  { params }: RouteContext<'/editions/[edition]/[slug]/calendar/[file]'>,
) {
  const { edition, slug, file } = await params;
  const lookup = lookupArticle(edition, slug, await currentAudience(), `/calendar/${file}`);
  return lookupResponse(lookup, (found) => {
    const index =
      found.article.events?.findIndex(
        (event, position) => eventFileName(event, position) === file,
      ) ?? -1;
    const entry = calendarEntries(found.article, found.edition, site)[index];
    if (!entry) return notFoundResponse();
    return new Response(calendarFile([entry], site), {
      headers: {
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': `attachment; filename="${file}"`,
      },
    });
  });
}
