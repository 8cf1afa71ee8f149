import { eventFileName, eventToIcs } from '@/lib/outputs/calendar';
import { getArticle } from '@/lib/content/getters';
import { notFoundResponse } from '@/lib/site/responses';
import { calendarParams } from '@/lib/site/route-params';
import { site } from '@/lib/site/settings';
import { absoluteUrl, articlePath } from '@/lib/site/urls';
import { currentAudience } from '@/lib/site/audience';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const revalidate = 60;
export const generateStaticParams = calendarParams;

/** One event of an article as an iCalendar file, to add to a calendar. */
export async function GET(
  _request: Request,
  { params }: RouteContext<'/editions/[edition]/[slug]/calendar/[file]'>,
) {
  const { edition, slug, file } = await params;
  const found = getArticle(edition, slug, await currentAudience());
  const index =
    found?.article.events?.findIndex(
      (event, position) => eventFileName(event, position) === file,
    ) ?? -1;
  const event = found?.article.events?.[index];
  if (!found || !event) return notFoundResponse();
  const url = absoluteUrl(site.baseUrl, articlePath(found.edition.number, found.article.slug));
  const ics = eventToIcs(event, {
    uid: `${found.edition.number}-${found.article.slug}-${index + 1}@${new URL(site.baseUrl).hostname}`,
    url,
    published: found.edition.published,
    timeZone: site.timeZone,
    publisher: site.publisher,
  });
  return new Response(ics, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${file}"`,
    },
  });
}
