import type { Edition } from '@/lib/content';
import { EditionCard } from './edition-card';

/** Every edition, newest first. */
export function ArchiveView({ editions }: { editions: readonly Edition[] }) {
  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
      <h1 className="headline text-4xl sm:text-5xl">All editions</h1>
      <p className="mt-3 font-serif text-xl text-ink/85">
        {editions.length === 0
          ? 'No editions have been published yet.'
          : `${editions.length} ${editions.length === 1 ? 'edition' : 'editions'}, newest first.`}
      </p>
      <ol className="mt-8 grid gap-10">
        {editions.map((edition) => (
          <li key={edition.number} className="border-t border-rule pt-6">
            <EditionCard edition={edition} headingLevel={2} />
          </li>
        ))}
      </ol>
    </div>
  );
}
