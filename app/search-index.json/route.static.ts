import { getEditions } from '@/lib/library/getters';
import { staticSearchData } from '@/lib/browse/search';

// Only in the static export (see next.config.ts): there, search runs in the reader's browser.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(staticSearchData(getEditions('public')));
}
