import { MAX_QUERY } from '@/lib/browse/search-query';
import { searchPath } from '@/lib/site/urls';

/**
 * The search form. It is an ordinary GET form, so it works without JavaScript; with it,
 * the reading script (lib/reading/reading.ts) makes the results follow the query as the
 * reader types (after a short pause), without a full reload.
 */
export function SearchBox({ query }: { query: string }) {
  return (
    <form role="search" action={searchPath} method="get" className="mt-6 flex flex-wrap gap-3">
      <label htmlFor="search-query" className="w-full font-sans font-semibold">
        Search the magazine
      </label>
      <input
        id="search-query"
        name="q"
        type="search"
        defaultValue={query}
        data-search-as-you-type=""
        maxLength={MAX_QUERY}
        autoComplete="off"
        className="min-w-0 flex-1 rounded-sm border-2 border-ink bg-surface px-3 py-2 font-sans text-lg text-ink"
      />
      <button type="submit" className="button-primary">
        Search
      </button>
    </form>
  );
}
