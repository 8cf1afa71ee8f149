import type { Article } from '@/lib/library/getters';
import { articlePath } from '@/lib/site/urls';
import { Byline } from './byline';
import { SectionLabel } from '../shared/section-label';
import { StatusBadge } from '../shared/status-badge';
import { WithdrawnMark } from './withdrawn-mark';

/** A story in an edition's layout: section, headline, summary and byline. */
export function ArticleCard({
  article,
  headingLevel = 3,
}: {
  article: Article;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="rule-top flex flex-col gap-2">
      <SectionLabel section={article.section} />
      <Heading className="headline text-2xl leading-tight">
        <a
          href={articlePath(article.editionNumber, article.slug)}
          className="text-ink no-underline hover:text-link hover:underline"
        >
          {article.title}
        </a>
        <StatusBadge draft={article.draft} />
      </Heading>
      <WithdrawnMark withdrawn={article.withdrawn} />
      <p className="font-serif text-lg leading-relaxed text-ink/85">{article.summary}</p>
      <Byline article={article} />
    </article>
  );
}
