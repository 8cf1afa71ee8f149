import type { Article } from '@/lib/library/getters';
import { PublicationDate } from '../shared/publication-date';

/**
 * The notice at the top of a withdrawn article, as GOV.UK shows one: the article stays at its
 * address for the record, and says from the first line that it no longer stands, and why.
 */
export function WithdrawnNotice({ withdrawn }: { withdrawn: Article['withdrawn'] }) {
  if (!withdrawn) return null;
  return (
    <section
      aria-labelledby="withdrawn-heading"
      className="mt-6 border-l-4 border-accent bg-surface px-4 py-3 font-sans"
    >
      <h2 id="withdrawn-heading" className="text-lg font-bold">
        This article was withdrawn on <PublicationDate date={withdrawn.date} />
      </h2>
      <p className="mt-1">{withdrawn.reason}</p>
    </section>
  );
}
