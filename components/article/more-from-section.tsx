import type { ArticleEntry } from '@/lib/library/getters';
import { sectionPath } from '@/lib/site/urls';
import { ArticleList } from './article-list';

/** Other articles of the same section from other editions, with a link to all of them. */
export function MoreFromSection({
  section,
  slug,
  entries,
}: {
  section: string;
  slug: string;
  entries: readonly ArticleEntry[];
}) {
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="more-heading" className="mt-12 print:hidden">
      <h2 id="more-heading" className="headline text-2xl">
        More {section} from other editions
      </h2>
      <div className="mt-4">
        <ArticleList entries={entries} headingLevel={3} />
      </div>
      <p className="mt-4 font-sans">
        <a href={sectionPath(slug)}>Every {section} article</a>
      </p>
    </section>
  );
}
