import { ARCHIVE_PAGE_SIZE, type ArchivePage } from '@/lib/browse/archive';
import { archivePagePath } from '@/lib/site/urls';
import { EditionCard } from '../edition/edition-card';

/** One page of the archive: editions newest first, with links to the pages either side. */
export function ArchiveView({ page }: { page: ArchivePage }) {
  const { editions, total, number, count } = page;
  const first = (number - 1) * ARCHIVE_PAGE_SIZE + 1;
  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
      <h1 className="headline text-4xl sm:text-5xl">
        All editions{count > 1 ? `, page ${number} of ${count}` : ''}
      </h1>
      <p className="mt-3 font-serif text-xl text-ink/85">
        {total === 0
          ? 'No editions have been published yet.'
          : count > 1
            ? `Editions ${first} to ${first + editions.length - 1} of ${total}, newest first.`
            : `${total} ${total === 1 ? 'edition' : 'editions'}, newest first.`}
      </p>
      <ol className="mt-8 grid gap-10">
        {editions.map((edition) => (
          <li key={edition.number} className="border-t border-rule pt-6">
            <EditionCard edition={edition} headingLevel={2} />
          </li>
        ))}
      </ol>
      {count > 1 ? (
        <nav
          aria-label="Archive pages"
          className="mt-10 flex flex-wrap justify-between gap-4 border-t-2 border-ink pt-6 font-sans font-semibold"
        >
          {number > 1 ? (
            <a href={archivePagePath(number - 1)} rel="prev">
              ← Newer editions
            </a>
          ) : (
            <span />
          )}
          {number < count ? (
            <a href={archivePagePath(number + 1)} rel="next">
              Older editions →
            </a>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
