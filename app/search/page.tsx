import type { Metadata } from 'next';
import { SearchView } from '@/components/search-view';
import { getEditions } from '@/lib/content';
import { MAX_QUERY, searchIndexFor } from '@/lib/search';
import { site } from '@/lib/site';
import { currentView } from '@/lib/view';

export const metadata: Metadata = { title: 'Search', description: `Search every edition of ${site.name}.`, robots: { index: false } };

/** Results are rendered on the server from the query in the address, so search works without JavaScript. */
export default async function SearchPage({ searchParams }: PageProps<'/search'>) {
  const raw = (await searchParams).q;
  const query = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, MAX_QUERY).trim() ?? '';
  const results = query ? searchIndexFor(getEditions(await currentView())).search(query) : [];
  return <SearchView query={query} results={results} />;
}
