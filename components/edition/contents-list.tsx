import type { Article } from '@/lib/library/getters';
import { articlePath } from '@/lib/site/urls';
import { StatusBadge } from '../shared/status-badge';

type Entry = Pick<
  Article,
  'slug' | 'title' | 'section' | 'position' | 'editionNumber' | 'draft' | 'withdrawn'
>;

/** An edition's numbered table of contents. */
export function ContentsList({
  articles,
  headingId,
}: {
  articles: readonly Entry[];
  headingId: string;
}) {
  return (
    <ol className="divide-y divide-rule border-y border-rule" aria-labelledby={headingId}>
      {articles.map((article) => (
        <li key={article.slug} className="flex gap-4 py-3">
          <span
            className="w-6 shrink-0 font-serif text-2xl leading-none font-bold text-accent"
            aria-hidden="true"
          >
            {article.position}
          </span>
          <div>
            {article.section ? <p className="kicker">{article.section}</p> : null}
            <a
              href={articlePath(article.editionNumber, article.slug)}
              className="font-serif text-lg font-semibold text-ink no-underline hover:text-link hover:underline"
            >
              {article.title}
            </a>
            <StatusBadge draft={article.draft} />
            {article.withdrawn ? (
              <span className="ml-2 font-sans text-sm text-muted">(withdrawn)</span>
            ) : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
