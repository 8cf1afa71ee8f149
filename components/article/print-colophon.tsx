import type { Edition } from '@/lib/library/getters';
import { EditionDate } from '../shared/edition-date';

/**
 * Printed at the end of a page, so a paper copy says where it came from: the publication,
 * the edition, its date (said as its state allows) and the page's address. Hidden on screen.
 */
export function PrintColophon({
  publication,
  edition,
  url,
}: {
  publication: string;
  edition: Pick<Edition, 'number' | 'title' | 'published' | 'draft' | 'scheduled'>;
  url: string;
}) {
  return (
    <div className="mt-10 hidden border-t-2 border-ink pt-4 font-sans text-sm print:block">
      <p>
        {publication}, Edition {edition.number}: {edition.title}. <EditionDate edition={edition} />.
      </p>
      <p>This page: {url}</p>
    </div>
  );
}
