'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { MAX_QUERY } from '@/lib/browse/search-query';
import { searchPath } from '@/lib/site/urls';

/**
 * The search form. It is an ordinary GET form, so it works without JavaScript; with it, the
 * results follow the query as the reader types (after a short pause), without a full reload.
 */
export function SearchBox({ query }: { query: string }) {
  const router = useRouter();
  const [value, setValue] = useState(query);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  function update(next: string) {
    setValue(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const address = next.trim()
        ? `${searchPath}?q=${encodeURIComponent(next.trim())}`
        : searchPath;
      router.replace(address, { scroll: false });
    }, 250);
  }

  return (
    <form role="search" action={searchPath} method="get" className="mt-6 flex flex-wrap gap-3">
      <label htmlFor="search-query" className="w-full font-sans font-semibold">
        Search the magazine
      </label>
      <input
        id="search-query"
        name="q"
        type="search"
        value={value}
        onChange={(event) => update(event.target.value)}
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
