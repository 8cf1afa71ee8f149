import type { ArticleEntry } from '@/lib/library/getters';
import { ArticleEntryHeading } from './article-entry-heading';
import { WithdrawnMark } from './withdrawn-mark';

/** A list of articles from any editions: section, edition and date, title and summary. */
export function ArticleList({
  entries,
  headingLevel = 2,
}: {
  entries: readonly ArticleEntry[];
  headingLevel?: 2 | 3;
}) {
  return (
    <ol className="divide-y divide-rule border-y border-rule">
      {entries.map((entry) => (
        <li key={`${entry.edition.number}/${entry.article.slug}`} className="py-5">
          <ArticleEntryHeading entry={entry} headingLevel={headingLevel} />
          <WithdrawnMark withdrawn={entry.article.withdrawn} />
          <p className="mt-1 font-serif text-lg leading-relaxed text-ink/85">
            {entry.article.summary}
          </p>
        </li>
      ))}
    </ol>
  );
}
