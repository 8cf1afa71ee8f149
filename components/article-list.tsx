import Link from 'next/link';
import type { ArticleEntry } from '@/lib/taxonomy';
import { articlePath } from '@/lib/urls';
import { PublicationDate } from './publication-date';

/** A list of articles from any editions: title, edition and date, section and summary. */
export function ArticleList({ entries, headingLevel = 2 }: { entries: readonly ArticleEntry[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ol className="divide-y divide-rule border-y border-rule">
      {entries.map(({ edition, article }) => (
        <li key={`${edition.number}/${article.slug}`} className="py-5">
          <p className="font-sans text-sm text-muted">
            {article.section ? <span className="kicker mr-2">{article.section}</span> : null}
            Edition {edition.number} · <PublicationDate date={edition.published} />
          </p>
          <Heading className="headline mt-1 text-2xl">
            <Link href={articlePath(edition.number, article.slug)} className="text-ink no-underline hover:text-link hover:underline">
              {article.title}
            </Link>
          </Heading>
          <p className="mt-1 font-serif text-lg leading-relaxed text-ink/85">{article.summary}</p>
        </li>
      ))}
    </ol>
  );
}
