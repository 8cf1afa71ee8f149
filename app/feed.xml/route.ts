import { getEditions } from '@/lib/content';
import { atomFeed } from '@/lib/feeds';
import { site } from '@/lib/site';

export const dynamic = 'force-static';
export const revalidate = 60;

/** The Atom feed of the newest articles. */
export async function GET() {
  return new Response(atomFeed(getEditions(), site), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
}
