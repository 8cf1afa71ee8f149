import { getEdition, getRemovedAddresses, getRemovedFrom } from '@/lib/library/getters';
import { gonePage } from '@/lib/outputs/gone-page';
import { notFoundResponse } from '@/lib/requests/responses';
import { site } from '@/lib/site/settings';
import { editionPath } from '@/lib/site/urls';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const revalidate = 60;
export const generateStaticParams = getRemovedAddresses;

/**
 * An article taken down: its page, text file, preview image and calendar files all answer
 * 410 Gone here (next.config.ts rewrites them), so caches and search engines let it go.
 */
// Parameters typed by hand: the static copy leaves this route out, so Next's generated
// RouteContext for it does not always exist.
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ edition: string; slug: string }> },
) {
  const { edition: key, slug } = await params;
  const edition = getRemovedFrom(key, slug);
  if (!edition) return notFoundResponse();
  const shown = getEdition(String(edition.number));
  const link = shown && {
    path: editionPath(shown.number),
    label: `Edition ${shown.number}: ${shown.title}`,
  };
  return new Response(gonePage(site, link), {
    status: 410,
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
}
