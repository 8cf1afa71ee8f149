import { Suspense } from 'react';
import { SearchFrame } from '@/components/pages/search-view';
import { StaticSearch } from '@/components/pages/static-search';
import { searchMetadata } from '@/lib/requests/page-metadata';
import { site } from '@/lib/content/site';
import { archivePath, topicsPath } from '@/lib/site/urls';

export const metadata = searchMetadata(site);

/**
 * The search page of the static export (see next.config.ts). With no server to search, the
 * reader's browser loads the index and searches it; without JavaScript the page says so and
 * offers the other ways in.
 */
export default function StaticSearchPage() {
  return (
    <SearchFrame help="Search every edition by title, section, author, topic or text. Words match their beginnings (“transcrib” finds “transcribed”).">
      <Suspense
        fallback={
          <p className="mt-6 font-serif text-lg">
            Search in this copy of the magazine runs in your browser, so it needs JavaScript.
            Without it, find articles by <a href={topicsPath}>topic</a> or browse{' '}
            <a href={archivePath}>every edition</a>.
          </p>
        }
      >
        <StaticSearch />
      </Suspense>
    </SearchFrame>
  );
}
