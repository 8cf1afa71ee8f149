import type { Edition } from '@/lib/library/getters';
import { drawnCoverContent } from '@/lib/outputs/drawn-cover';
import { site } from '@/lib/content/site';
import { editionPath } from '@/lib/site/urls';
import { EditionCover } from './edition-cover';
import { EditionDate } from '../shared/edition-date';
import { StatusBadge } from '../shared/status-badge';

/** An edition in a list of editions: cover, number, title, date and summary. */
export function EditionCard({
  edition,
  headingLevel = 3,
}: {
  edition: Edition;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="grid grid-cols-[6rem_1fr] gap-4 sm:grid-cols-[8rem_1fr]">
      <a href={editionPath(edition.number)} tabIndex={-1} aria-hidden="true" className="block">
        <EditionCover
          cover={edition.cover ? { ...edition.cover, alt: '' } : undefined}
          drawn={drawnCoverContent(edition, site)}
        />
      </a>
      <div>
        <p className="kicker">Edition {edition.number}</p>
        <Heading className="headline mt-1 text-2xl">
          <a
            href={editionPath(edition.number)}
            className="text-ink no-underline hover:text-link hover:underline"
          >
            {edition.title}
          </a>
          <StatusBadge
            draft={edition.draft}
            scheduledFor={edition.scheduled ? edition.published : undefined}
          />
        </Heading>
        <p className="mt-1 font-sans text-sm text-muted">
          <EditionDate edition={edition} />
        </p>
        <p className="mt-2 font-serif text-base leading-relaxed">{edition.summary}</p>
      </div>
    </article>
  );
}
