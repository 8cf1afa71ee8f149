import type { Article } from '@/lib/library/getters';
import { articlePath } from '@/lib/site/urls';
import { Byline } from '../article/byline';
import { SectionLabel } from '../shared/section-label';
import { StatusBadge } from '../shared/status-badge';
import { WithdrawnMark } from '../article/withdrawn-mark';

/** The edition's first article, given the room of a magazine's lead story. */
export function LeadStory({ article }: { article: Article }) {
  const href = articlePath(article.editionNumber, article.slug);
  return (
    <article className="grid gap-6 border-y-4 border-double border-ink py-8 md:grid-cols-5">
      <div className="md:col-span-3">
        <p className="mb-3 font-sans text-sm font-semibold text-muted">Lead story</p>
        <SectionLabel section={article.section} />
        <h2 className="headline mt-2 text-3xl leading-tight sm:text-5xl">
          <a href={href} className="text-ink no-underline hover:text-link hover:underline">
            {article.title}
          </a>
          <StatusBadge draft={article.draft} />
        </h2>
        <div className="mt-2">
          <WithdrawnMark withdrawn={article.withdrawn} />
        </div>
        <Byline article={article} className="mt-4" />
      </div>
      <div className="md:col-span-2 md:border-l md:border-rule md:pl-6">
        <p className="font-serif text-xl leading-relaxed">{article.summary}</p>
        <p className="mt-4">
          <a href={href} className="font-sans font-semibold">
            Read the full story<span className="sr-only">: {article.title}</span>
          </a>
        </p>
      </div>
    </article>
  );
}
