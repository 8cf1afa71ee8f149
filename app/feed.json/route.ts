import { getEditions } from '@/lib/library/getters';
import { jsonFeed } from '@/lib/outputs/feeds';
import { site } from '@/lib/content/site';

export const dynamic = 'force-static';
export const revalidate = 60;

/** The JSON Feed of the newest articles. */
export async function GET() {
  return new Response(jsonFeed(getEditions(), site), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
}
