import type { ListedEntry } from '@/lib/browse/taxonomy';
import { articlePath } from '@/lib/site/urls';
import { PublicationDate } from '../shared/publication-date';

/** An article in a list from many editions: its section, edition and date, then its linked title. */
export function ArticleEntryHeading({
  entry,
  headingLevel,
}: {
  entry: ListedEntry;
  headingLevel: 2 | 3;
}) {
  const { edition, article } = entry;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      <p className="font-sans text-sm text-muted">
        {article.section ? <span className="kicker mr-2">{article.section}</span> : null}
        Edition {edition.number}: {edition.title} · <PublicationDate date={edition.published} />
      </p>
      <Heading className="headline mt-1 text-2xl">
        <a
          href={articlePath(edition.number, article.slug)}
          className="text-ink no-underline hover:text-link hover:underline"
        >
          {article.title}
        </a>
      </Heading>
    </>
  );
}
