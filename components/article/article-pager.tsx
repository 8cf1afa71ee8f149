import type { Article } from '@/lib/library/getters';
import { articlePath } from '@/lib/site/urls';

type Neighbour = Pick<Article, 'slug' | 'title' | 'editionNumber'> | undefined;

/** Links to the previous and next articles in the edition's reading order. */
export function ArticlePager({ previous, next }: { previous: Neighbour; next: Neighbour }) {
  if (!previous && !next) return null;
  return (
    <nav
      aria-label="Previous and next article"
      className="mt-12 grid gap-4 border-t-2 border-ink pt-6 sm:grid-cols-2 print:hidden"
    >
      {previous ? (
        <a
          href={articlePath(previous.editionNumber, previous.slug)}
          rel="prev"
          className="group block no-underline"
        >
          <span className="block font-sans text-sm font-semibold text-muted">
            ← Previous article
          </span>
          <span className="headline block text-xl group-hover:underline">{previous.title}</span>
        </a>
      ) : (
        <span />
      )}
      {next ? (
        <a
          href={articlePath(next.editionNumber, next.slug)}
          rel="next"
          className="group block no-underline sm:text-right"
        >
          <span className="block font-sans text-sm font-semibold text-muted">Next article →</span>
          <span className="headline block text-xl group-hover:underline">{next.title}</span>
        </a>
      ) : null}
    </nav>
  );
}
