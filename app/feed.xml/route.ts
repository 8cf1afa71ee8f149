import { getEditions } from '@/lib/library/getters';
import { atomFeed } from '@/lib/outputs/feeds';
import { site } from '@/lib/content/site';

export const dynamic = 'force-static';
export const revalidate = 60;

/** The Atom feed of the newest articles. */
export async function GET() {
  return new Response(atomFeed(getEditions(), site), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
}
