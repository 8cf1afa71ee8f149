import type { Edition } from '@/lib/library/getters';
import { editionPath } from '@/lib/site/urls';

type Neighbour = Pick<Edition, 'number' | 'title'> | undefined;

/** Links to the editions before and after this one. */
export function EditionPager({ older, newer }: { older: Neighbour; newer: Neighbour }) {
  if (!older && !newer) return null;
  return (
    <nav
      aria-label="Other editions"
      className="mt-12 grid gap-4 border-t-2 border-ink pt-6 font-sans sm:grid-cols-2 print:hidden"
    >
      {older ? (
        <a href={editionPath(older.number)} rel="prev" className="group block no-underline">
          <span className="block text-sm font-semibold text-muted">← Previous edition</span>
          <span className="headline block text-xl group-hover:underline">
            Edition {older.number}: {older.title}
          </span>
        </a>
      ) : (
        <span />
      )}
      {newer ? (
        <a
          href={editionPath(newer.number)}
          rel="next"
          className="group block no-underline sm:text-right"
        >
          <span className="block text-sm font-semibold text-muted">Next edition →</span>
          <span className="headline block text-xl group-hover:underline">
            Edition {newer.number}: {newer.title}
          </span>
        </a>
      ) : null}
    </nav>
  );
}
