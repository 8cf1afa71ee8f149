import type { ReactNode } from 'react';
import type { SearchHit } from '@/lib/browse/search';
import { ArticleEntryHeading } from '../article/article-entry-heading';
import { SearchBox } from '../chrome/search-box';

/** The search page: its heading and help, then the form and results given. */
export function SearchFrame({ help, children }: { help: ReactNode; children: ReactNode }) {
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <h1 className="headline text-4xl sm:text-5xl">Search</h1>
      <p className="mt-3 font-serif text-lg text-ink/85">{help}</p>
      {children}
    </div>
  );
}

/** The search form and its results, as the server renders them. */
export function SearchView({ query, results }: { query: string; results: readonly SearchHit[] }) {
  return (
    <SearchFrame
      help={
        <>
          Search every edition by title, section, author, topic or text. Words match their
          beginnings (&ldquo;transcrib&rdquo; finds &ldquo;transcribed&rdquo;); put a phrase in
          double quotes to find it exactly.
        </>
      }
    >
      <SearchBox query={query} />
      <SearchResults query={query} results={results} refreshable />
    </SearchFrame>
  );
}

/** How many results there are for the query, then each with a snippet showing where it matched. */
export function SearchResults({
  query,
  results,
  refreshable = false,
}: {
  query: string;
  results: readonly SearchHit[];
  /** Whether the server's page for another query has them (not in the static copy). */
  refreshable?: boolean;
}) {
  return (
    <section
      aria-labelledby="results-heading"
      className="mt-8"
      // The reading script (lib/reading/reading.ts) puts the server's results for the new
      // query here as the reader types.
      data-search-results={refreshable ? '' : undefined}
    >
      <h2 id="results-heading" className="font-sans text-base font-semibold" aria-live="polite">
        {query
          ? `${results.length} ${results.length === 1 ? 'result' : 'results'} for “${query}”`
          : 'Type a word or phrase to search'}
      </h2>
      {results.length > 0 ? (
        <ol className="mt-4 divide-y divide-rule border-y border-rule">
          {results.map(({ edition, article, snippet }) => (
            <li key={`${edition.number}/${article.slug}`} className="py-5">
              <ArticleEntryHeading entry={{ edition, article }} headingLevel={3} />
              <p className="mt-1 font-serif text-lg leading-relaxed">
                {snippet.map((part, index) =>
                  part.match ? (
                    <mark key={index} className="rounded-sm bg-gold px-0.5 text-on-gold">
                      {part.text}
                    </mark>
                  ) : (
                    <span key={index}>{part.text}</span>
                  ),
                )}
              </p>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
