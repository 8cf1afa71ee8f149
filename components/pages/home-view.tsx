import type { Edition } from '@/lib/library/getters';
import type { SiteSettings } from '@/lib/site/settings';
import { archivePath, editionPath, plainViewPath } from '@/lib/site/urls';
import { ContentsList } from '../edition/contents-list';
import { EditionCard } from '../edition/edition-card';
import { EditionCover } from '../edition/edition-cover';
import { drawnCoverContent } from '@/lib/outputs/drawn-cover';
import { EditionDate } from '../shared/edition-date';

/** The home page: the newest edition given the front page, then the ones before it. */
export function HomeView({
  editions,
  site,
}: {
  editions: readonly Edition[];
  site: Pick<SiteSettings, 'name' | 'description' | 'publisher'>;
}) {
  const [latest, ...earlier] = editions;
  if (!latest) {
    return (
      <div className="mx-auto max-w-3xl px-4 py-16 sm:px-6">
        <h1 className="headline text-4xl">{site.name}</h1>
        <p className="mt-4 font-serif text-xl">{site.description}</p>
        <p className="mt-4">No editions have been published yet.</p>
      </div>
    );
  }
  const shown = earlier.slice(0, 6);
  return (
    <div className="mx-auto max-w-6xl px-4 sm:px-6">
      <h1 className="sr-only">{site.name}: latest edition</h1>
      <section
        aria-labelledby="latest-heading"
        className="grid items-start gap-8 py-10 md:grid-cols-[minmax(0,5fr)_minmax(0,7fr)] md:gap-12"
      >
        <a
          href={editionPath(latest.number)}
          tabIndex={-1}
          aria-hidden="true"
          className="mx-auto block w-full max-w-sm md:max-w-none"
        >
          <EditionCover
            cover={latest.cover ? { ...latest.cover, alt: '' } : undefined}
            drawn={drawnCoverContent(latest, site)}
            priority
          />
        </a>
        <div>
          <p className="kicker">Latest edition · No. {latest.number}</p>
          <h2 id="latest-heading" className="headline mt-2 text-4xl leading-tight sm:text-6xl">
            {latest.title}
          </h2>
          <p className="mt-3 font-sans text-muted">
            <EditionDate edition={latest} />
          </p>
          <p className="mt-5 font-serif text-xl leading-relaxed sm:text-2xl">{latest.summary}</p>
          <div className="mt-6 flex flex-wrap gap-3">
            <a href={editionPath(latest.number)} className="button-primary">
              Read edition {latest.number}
            </a>
            <a href={plainViewPath(latest.number)} className="button-secondary">
              Plain view
            </a>
          </div>
          <h3 id="latest-contents" className="headline mt-10 text-2xl">
            In this edition
          </h3>
          <div className="mt-3">
            <ContentsList articles={latest.articles} headingId="latest-contents" />
          </div>
        </div>
      </section>

      {shown.length > 0 ? (
        <section aria-labelledby="earlier-heading" className="border-t-2 border-ink py-10">
          <div className="flex flex-wrap items-baseline justify-between gap-4">
            <h2 id="earlier-heading" className="headline text-3xl">
              Earlier editions
            </h2>
            <a href={archivePath} className="font-sans font-semibold">
              See all {editions.length} editions
            </a>
          </div>
          <ul className="mt-6 grid gap-8 md:grid-cols-2">
            {shown.map((edition) => (
              <li key={edition.number}>
                <EditionCard edition={edition} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
