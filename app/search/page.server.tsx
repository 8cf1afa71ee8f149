import { SearchView } from '@/components/pages/search-view';
import { contentRevision, getEditions } from '@/lib/library/getters';
import { searchMetadata } from '@/lib/requests/page-metadata';
import { searchIndexFor } from '@/lib/browse/search';
import { searchQuery } from '@/lib/browse/search-query';
import { site } from '@/lib/content/site';
import { currentAudience } from '@/lib/requests/audience';

export const metadata = searchMetadata(site);

/**
 * Results are rendered on the server from the query in the address, so search works without
 * JavaScript. (Props are typed by hand: the static export leaves this page out, so Next's
 * generated PageProps<'/search'> does not always exist.)
 */
export default async function SearchPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const raw = (await searchParams).q;
  const query = searchQuery(raw);
  const audience = await currentAudience();
  const results = query
    ? searchIndexFor(getEditions(audience), audience, contentRevision()).search(query)
    : [];
  return <SearchView query={query} results={results} />;
}
