import type { Edition } from '@/lib/library/getters';
import { archivePath, editionPath } from '@/lib/site/urls';

/** The 404 page: says plainly what happened and offers the ways back in. */
export function NotFoundView({
  latest,
}: {
  latest: Pick<Edition, 'number' | 'title'> | undefined;
}) {
  return (
    <div className="mx-auto max-w-3xl px-4 py-16 sm:px-6">
      <p className="kicker">Error 404</p>
      <h1 className="headline mt-2 text-4xl sm:text-5xl">Page not found</h1>
      <p className="mt-5 font-serif text-xl leading-relaxed">
        There is no page at this address. If you typed it, check the spelling. If you followed a
        link, the article may have moved to another edition.
      </p>
      <ul className="mt-6 list-disc space-y-2 pl-6 font-sans">
        <li>
          <a href={archivePath}>Browse every edition in the archive</a>
        </li>
        {latest ? (
          <li>
            <a href={editionPath(latest.number)}>Read the latest edition: {latest.title}</a>
          </li>
        ) : null}
        <li>
          <a href="/">Go to the home page</a>
        </li>
      </ul>
    </div>
  );
}
