'use client';

import { useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';
import { staticSearcher, type SearchHit, type StaticSearchData } from '@/lib/browse/search';
import { searchIndexPath } from '@/lib/site/urls';
import { searchQuery } from '@/lib/browse/search-query';
import { SearchBox } from '../chrome/search-box';
import { SearchResults } from './search-view';

type Searcher = (query: string) => SearchHit[];

/**
 * Search in a static copy of the site: loads the index once, then searches it in the browser
 * for the query in the address, which the search box keeps up to date as the reader types.
 */
export function StaticSearch() {
  const query = searchQuery(useSearchParams().get('q'));
  const [searcher, setSearcher] = useState<Searcher | 'failed' | undefined>(undefined);

  useEffect(() => {
    let current = true;
    fetch(searchIndexPath)
      .then((response) =>
        response.ok
          ? (response.json() as Promise<StaticSearchData>)
          : Promise.reject(new Error(String(response.status))),
      )
      .then((data) => current && setSearcher(() => staticSearcher(data)))
      .catch(() => current && setSearcher('failed'));
    return () => {
      current = false;
    };
  }, []);

  return (
    <>
      <SearchBox query={query} />
      {searcher === 'failed' ? (
        <p role="alert" className="mt-8 font-serif text-lg">
          The search index could not be loaded. Check your connection and reload the page.
        </p>
      ) : searcher ? (
        <SearchResults query={query} results={searcher(query)} />
      ) : (
        <p className="mt-8 font-sans text-base text-muted">Loading the search index…</p>
      )}
    </>
  );
}
