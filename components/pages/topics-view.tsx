import type { Collection } from '@/lib/browse/taxonomy';
import { sectionPath, topicPath } from '@/lib/site/urls';

/** Every topic with its number of articles, and every section. */
export function TopicsView({
  topics,
  sections,
}: {
  topics: readonly Collection[];
  sections: readonly Collection[];
}) {
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <h1 className="headline text-4xl sm:text-5xl">Topics</h1>
      <p className="mt-3 font-serif text-xl text-ink/85">Follow a subject through every edition.</p>
      <ul className="mt-8 flex flex-wrap gap-3 font-sans">
        {topics.map((topic) => (
          <li key={topic.slug}>
            <a
              href={topicPath(topic.slug)}
              className="inline-block rounded-sm border border-rule bg-surface px-3 py-1.5 no-underline hover:underline"
            >
              {topic.name} <span className="text-muted">({topic.entries.length})</span>
            </a>
          </li>
        ))}
      </ul>
      <h2 className="headline mt-12 text-3xl">Sections</h2>
      <ul className="mt-4 grid gap-2 font-sans sm:grid-cols-2">
        {sections.map((section) => (
          <li key={section.slug}>
            <a href={sectionPath(section.slug)}>Every {section.name} article</a>{' '}
            <span className="text-muted">({section.entries.length})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
