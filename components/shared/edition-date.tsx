import type { Edition } from '@/lib/library/getters';
import { PublicationDate } from './publication-date';

/**
 * When an edition comes out, said as its state allows: "Published 14 October 2026" once it is
 * out, and in preview "Scheduled for 20 December 2026" or "Draft, planned for …", never
 * "Published" for something readers cannot yet see.
 */
export function EditionDate({
  edition,
}: {
  edition: Pick<Edition, 'published' | 'draft' | 'scheduled'>;
}) {
  const date = <PublicationDate date={edition.published} />;
  if (edition.draft) return <>Draft, planned for {date}</>;
  if (edition.scheduled) return <>Scheduled for {date}</>;
  return <>Published {date}</>;
}
