import type { Article } from '@/lib/library/getters';
import { PublicationDate } from '../shared/publication-date';

/**
 * Marks a withdrawn article wherever it is listed, as its own page does with WithdrawnNotice:
 * a reader choosing what to read learns before opening it that it no longer stands.
 */
export function WithdrawnMark({ withdrawn }: { withdrawn: Article['withdrawn'] }) {
  if (!withdrawn) return null;
  return (
    <p className="font-sans text-sm font-semibold text-accent">
      Withdrawn on <PublicationDate date={withdrawn.date} />
    </p>
  );
}
