import { formatDate } from '@/lib/site/dates';

/**
 * Printed at the end of a page, so a paper copy says where it came from: the publication,
 * the edition, its date and the page's address. Hidden on screen.
 */
export function PrintColophon({
  publication,
  edition,
  published,
  url,
}: {
  publication: string;
  edition: string;
  published: string;
  url: string;
}) {
  return (
    <div className="mt-10 hidden border-t-2 border-ink pt-4 font-sans text-sm print:block">
      <p>
        {publication}, {edition}, published {formatDate(published)}.
      </p>
      <p>This page: {url}</p>
    </div>
  );
}
