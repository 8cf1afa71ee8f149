import type { Article } from '@/lib/library/getters';
import { slugify } from '@/lib/site/slug';
import { topicPath } from '@/lib/site/urls';

/** The article's topics, each leading to every article with that topic. */
export function ArticleTopics({ tags }: { tags: Article['tags'] }) {
  if (!tags || tags.length === 0) return null;
  return (
    <nav aria-label="Topics" className="mt-8 font-sans">
      <h2 className="text-sm font-bold tracking-wide text-muted uppercase">Topics</h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        {tags.map((tag) => (
          <li key={tag}>
            <a
              href={topicPath(slugify(tag))}
              className="inline-block rounded-sm border border-rule px-2 py-1 text-sm"
            >
              {tag}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
