import type { Collection } from '@/lib/browse/taxonomy';
import { topicsPath } from '@/lib/site/urls';
import { ArticleList } from '../article/article-list';

/** Every article of a section or topic across editions, newest first. */
export function CollectionView({
  collection,
  kind,
}: {
  collection: Collection;
  kind: 'section' | 'topic';
}) {
  const count = collection.entries.length;
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <p className="kicker">{kind === 'section' ? 'Section' : 'Topic'}</p>
      <h1 className="headline mt-2 text-4xl sm:text-5xl">{collection.name}</h1>
      <p className="mt-3 font-serif text-xl text-ink/85">
        {kind === 'section'
          ? `Every ${collection.name} article`
          : `Every article about ${collection.name}`}
        , newest first: {count} {count === 1 ? 'article' : 'articles'}.
      </p>
      <div className="mt-8">
        <ArticleList entries={collection.entries} />
      </div>
      {kind === 'topic' ? (
        <p className="mt-8 font-sans">
          <a href={topicsPath}>All topics</a>
        </p>
      ) : null}
    </div>
  );
}
