import type { Edition } from '@/lib/library/getters';
import { formatDate } from '@/lib/site/dates';
import { archivePath, editionPath } from '@/lib/site/urls';

/**
 * The page at the address of an article taken down (answered 410 Gone): the site's own page,
 * as the 404 page is, since partners land here from old emails and PDFs. It says the article
 * was removed (and when, if the editor said), without its title or anything else it said, and leads to its edition (when
 * that edition is public) and to the archive.
 */
export function GoneView({
  edition,
  date,
}: {
  edition: Pick<Edition, 'number' | 'title'> | undefined;
  /** The day it was taken down, when the editor gave it. */
  date?: string;
}) {
  return (
    <div className="mx-auto max-w-3xl px-4 py-16 sm:px-6">
      <p className="kicker">Removed</p>
      <h1 className="headline mt-2 text-4xl sm:text-5xl">This article has been removed</h1>
      <p className="mt-5 font-serif text-xl leading-relaxed">
        The article that was published at this address has been taken down
        {date ? (
          <>
            {' '}
            on <time dateTime={date}>{formatDate(date)}</time>
          </>
        ) : null}{' '}
        and is no longer available. If you followed a link from an email or a PDF edition, the rest
        of that edition is still here.
      </p>
      <ul className="mt-6 list-disc space-y-2 pl-6 font-sans">
        {edition ? (
          <li>
            <a href={editionPath(edition.number)}>
              Read the rest of Edition {edition.number}: {edition.title}
            </a>
          </li>
        ) : null}
        <li>
          <a href={archivePath}>Browse every edition in the archive</a>
        </li>
        <li>
          <a href="/">Go to the home page</a>
        </li>
      </ul>
    </div>
  );
}
