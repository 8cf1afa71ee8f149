import type { Edition } from '@/lib/library/getters';
import type { SiteSettings } from '@/lib/site/settings';
import { readingMinutes } from '@/lib/browse/reading-time';
import { ArticleCard } from '../article/article-card';
import { ContentsList } from '../edition/contents-list';
import { EditionCover } from '../edition/edition-cover';
import { EditionFormats } from '../edition/edition-formats';
import { EditionPager } from '../edition/edition-pager';
import { LeadStory } from '../edition/lead-story';
import { Prose } from '../article/prose';
import { EditionDate } from '../shared/edition-date';
import { drawnCoverContent } from '@/lib/outputs/drawn-cover';
import { StatusBadge } from '../shared/status-badge';

/** The magazine view of an edition: cover, editor's introduction, contents and its stories. */
export function MagazineView({
  edition,
  neighbours,
  site,
}: {
  edition: Edition;
  neighbours: {
    older?: Pick<Edition, 'number' | 'title'>;
    newer?: Pick<Edition, 'number' | 'title'>;
  };
  site: Pick<SiteSettings, 'name' | 'publisher'>;
}) {
  const [lead, ...rest] = edition.articles;
  const minutes = readingMinutes(
    edition.articles.reduce((sum, article) => sum + article.body.words, 0),
  );
  const hasEvents = edition.articles.some((article) => (article.events?.length ?? 0) > 0);
  return (
    <div className="mx-auto max-w-6xl px-4 sm:px-6">
      <header className="border-b border-rule py-8">
        <p className="kicker">
          {site.name} · Edition {edition.number}
        </p>
        <h1 className="headline mt-2 text-5xl leading-none sm:text-7xl">
          {edition.title}
          <StatusBadge
            draft={edition.draft}
            scheduledFor={edition.scheduled ? edition.published : undefined}
          />
        </h1>
        <p className="mt-3 font-sans text-muted">
          <EditionDate edition={edition} /> · {edition.articles.length}{' '}
          {edition.articles.length === 1 ? 'article' : 'articles'} · {minutes}{' '}
          {minutes === 1 ? 'minute' : 'minutes'} to read in all
        </p>
        <div className="mt-4">
          <EditionFormats edition={edition.number} current="magazine" hasEvents={hasEvents} />
        </div>
      </header>

      <div className="grid gap-10 py-10 md:grid-cols-[minmax(0,5fr)_minmax(0,7fr)] md:gap-12">
        <div className="mx-auto w-full max-w-sm md:max-w-none">
          <EditionCover cover={edition.cover} drawn={drawnCoverContent(edition, site)} priority />
        </div>
        <div>
          <section aria-labelledby="introduction">
            <h2 id="introduction" className="headline text-3xl">
              From the editor
            </h2>
            <p className="mt-3 font-serif text-xl leading-relaxed">{edition.summary}</p>
            <Prose html={edition.intro.html} className="article-body mt-4" />
          </section>
          <section aria-labelledby="contents" className="mt-10">
            <h2 id="contents" className="headline text-3xl">
              Contents
            </h2>
            <div className="mt-4">
              <ContentsList articles={edition.articles} headingId="contents" />
            </div>
          </section>
        </div>
      </div>

      {lead ? (
        <section aria-labelledby="stories">
          <h2 id="stories" className="sr-only">
            Stories in this edition
          </h2>
          <LeadStory article={lead} />
          {/* A card left alone on the last row takes the whole row rather than a third of it. */}
          <ul className="grid gap-x-10 gap-y-10 py-10 md:grid-cols-2 lg:grid-cols-3 md:max-lg:[&>li:last-child:nth-child(2n+1)]:col-span-2 lg:[&>li:last-child:nth-child(3n+1)]:col-span-3">
            {rest.map((article) => (
              <li key={article.slug}>
                <ArticleCard article={article} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <aside aria-label="Other formats" className="rounded-sm border border-rule bg-surface p-6">
        <h2 className="headline text-xl">Read this edition another way</h2>
        <p className="mt-2 max-w-2xl font-serif">
          The plain web page holds the whole edition on one page without pictures, for screen
          readers and slow connections. The text file is ready to paste into an email. The PDF is
          laid out on A4 to print, attach or forward.
        </p>
        <div className="mt-3">
          <EditionFormats edition={edition.number} current="magazine" hasEvents={hasEvents} />
        </div>
      </aside>

      <EditionPager older={neighbours.older} newer={neighbours.newer} />
    </div>
  );
}
