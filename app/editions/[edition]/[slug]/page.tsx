import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleView } from '@/components/article-view';
import { JsonLd } from '@/components/json-ld';
import { getArticle, getEditions, getLatestEdition } from '@/lib/content';
import { articleMetadata } from '@/lib/page-metadata';
import { today } from '@/lib/publishing';
import { articleRedirect } from '@/lib/redirects';
import { articleParams } from '@/lib/route-params';
import { site } from '@/lib/site';
import { articleStructuredData } from '@/lib/structured-data';
import { moreFromSection } from '@/lib/taxonomy';
import { currentView } from '@/lib/view';

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
