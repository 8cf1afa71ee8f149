import type { Article } from '@/lib/library/getters';
import { PublicationDate } from '../shared/publication-date';

/** Corrections and updates to an article, newest first, at its end. */
export function ArticleChanges({ changes }: { changes: Article['changes'] }) {
  if (changes.length === 0) return null;
  return (
    <section aria-labelledby="changes-heading" className="mt-10 border-t border-rule pt-6">
      <h2 id="changes-heading" className="headline text-2xl">
        Corrections and updates
      </h2>
      <ul className="mt-3 space-y-3 font-sans">
        {changes.map((change) => (
          <li key={`${change.date}:${change.note}`}>
            <p className="font-semibold">
              <PublicationDate date={change.date} />
            </p>
            <p>{change.note}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
