import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleView } from '@/components/pages/article-view';
import { JsonLd } from '@/components/shared/json-ld';
import { getArticle, getEditions, getLatestEdition } from '@/lib/content/getters';
import { articleMetadata } from '@/lib/site/page-metadata';
import { today } from '@/lib/content/publishing';
import { articleRedirect } from '@/lib/site/redirects';
import { articleParams } from '@/lib/site/route-params';
import { site } from '@/lib/site/settings';
import { articleStructuredData } from '@/lib/outputs/structured-data';
import { moreFromSection } from '@/lib/browse/taxonomy';
import { currentView } from '@/lib/site/audience';

export const dynamicParams = false;
export const revalidate = 60;
export const generateStaticParams = articleParams;

export async function generateMetadata({ params }: PageProps<'/editions/[edition]/[slug]'>): Promise<Metadata> {
  const { edition, slug } = await params;
  const found = getArticle(edition, slug, await currentView());
  return found ? articleMetadata(found, site) : {};
}

export default async function ArticlePage({ params }: PageProps<'/editions/[edition]/[slug]'>) {
  const { edition, slug } = await params;
  const view = await currentView();
  const found = getArticle(edition, slug, view);
  if (!found) {
    const moved = articleRedirect(edition, slug, view);
    if (moved) permanentRedirect(moved);
    notFound();
  }
  return (
    <>
      <JsonLd data={articleStructuredData(found.article, found.edition, site)} />
      <ArticleView
        context={found}
        latest={getLatestEdition(view)}
        today={today(site.timeZone)}
        more={moreFromSection(getEditions(view), found)}
        site={site}
      />
    </>
  );
}
