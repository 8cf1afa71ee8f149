import type { ArticleEntry, ArticleInContext, Edition } from '@/lib/library/getters';
import type { SiteSettings } from '@/lib/site/settings';
import { ARTICLE_IMAGE_SIZES } from '@/lib/markdown/images';
import { slugify } from '@/lib/site/slug';
import { readingMinutes } from '@/lib/browse/reading-time';
import { absoluteUrl, articlePath, editionPath, plainViewPath } from '@/lib/site/urls';
import { ArticleChanges } from '../article/article-changes';
import { ArticlePager } from '../article/article-pager';
import { ArticleTopics } from '../article/article-topics';
import { WithdrawnNotice } from '../article/withdrawn-notice';
import { ContentImage } from '../article/content-image';
import { Byline } from '../article/byline';
import { EventList } from '../article/event-list';
import { MoreFromSection } from '../article/more-from-section';
import { NewerEditionNotice } from '../edition/newer-edition-notice';
import { PrintColophon } from '../article/print-colophon';
import { Prose } from '../article/prose';
import { EditionDate } from '../shared/edition-date';
import { PublicationDate } from '../shared/publication-date';
import { SectionLabel } from '../shared/section-label';
import { ShareTools } from '../article/share-tools';
import { StatusBadge } from '../shared/status-badge';

/**
 * An article page. It opens with which publication and edition it belongs to, because a
 * reader arriving from a shared link may know nothing else.
 */
export function ArticleView({
  context,
  latest,
  today,
  more,
  site,
}: {
  context: ArticleInContext;
  latest: Pick<Edition, 'number' | 'title'> | undefined;
  /** Today's date in the site's time zone, to mark past events. */
  today: string;
  /** Articles of the same section from other editions. */
  more: readonly ArticleEntry[];
  site: Pick<SiteSettings, 'name' | 'publisher' | 'baseUrl'>;
}) {
  const { edition, article, previous, next } = context;
  const url = absoluteUrl(site.baseUrl, articlePath(edition.number, article.slug));
  return (
    <div className="mx-auto max-w-3xl px-4 sm:px-6">
      <nav aria-label="Edition" className="border-b border-rule py-4 font-sans text-sm">
        <p>
          <a href={editionPath(edition.number)} className="font-semibold">
            {site.name}, Edition {edition.number}: {edition.title}
          </a>
          <span className="text-muted">
            {' '}
            · article {article.position} of {edition.articles.length}
          </span>
        </p>
        <NewerEditionNotice current={edition} latest={latest} />
      </nav>

      <article className="pt-8">
        <header>
          <SectionLabel section={article.section} linked />
          <h1 className="headline mt-2 text-4xl leading-tight sm:text-5xl">
            {article.title}
            <StatusBadge
              draft={article.draft || edition.draft}
              scheduledFor={edition.scheduled ? edition.published : undefined}
            />
          </h1>
          <WithdrawnNotice withdrawn={article.withdrawn} />
          {/* Only a summary the editor wrote: without one, the body's first paragraph opens the
              article, and showing it here too would say it twice. */}
          {article.standfirst ? (
            <p className="mt-4 font-serif text-xl leading-relaxed text-ink/85 sm:text-2xl">
              {article.standfirst}
            </p>
          ) : null}
          <div className="mt-5 border-y border-rule py-3">
            <Byline article={article} />
            <p className="font-sans text-sm text-muted">
              {site.name} Edition {edition.number} · <EditionDate edition={edition} />
              {article.updated ? (
                <>
                  {' '}
                  · Updated <PublicationDate date={article.updated} />
                </>
              ) : null}{' '}
              · {readingMinutes(article.body.words)} minute read
            </p>
          </div>
        </header>

        {article.image ? (
          <figure className="mt-8">
            <ContentImage
              picture={article.image}
              sizes={ARTICLE_IMAGE_SIZES}
              className="h-auto w-full rounded-sm border border-rule"
            />
          </figure>
        ) : null}

        <Prose html={article.body.html} className="article-body mt-8" />
        <EventList article={article} today={today} />
        <ArticleChanges changes={article.changes} />
        <ArticleTopics tags={article.tags} />
      </article>

      <ShareTools url={url} title={article.title} />

      {article.section ? (
        <MoreFromSection section={article.section} slug={slugify(article.section)} entries={more} />
      ) : null}

      <ArticlePager previous={previous} next={next} />

      <p className="mt-8 flex flex-wrap gap-x-6 gap-y-2 font-sans print:hidden">
        <a href={editionPath(edition.number)} className="font-semibold">
          Back to Edition {edition.number} contents
        </a>
        <a href={`${plainViewPath(edition.number)}#${article.slug}`}>Read this in the plain view</a>
      </p>

      <PrintColophon publication={site.name} edition={edition} url={url} />
    </div>
  );
}
