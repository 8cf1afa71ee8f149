import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleView } from '@/components/article-view';
import { getArticle } from '@/lib/content';
import { articleRedirect } from '@/lib/redirects';
import { articleParams } from '@/lib/route-params';
import { site } from '@/lib/site';
import { currentView } from '@/lib/view';

export const dynamicParams = false;
export const revalidate = 60;
export const generateStaticParams = articleParams;

export async function generateMetadata({ params }: PageProps<'/editions/[edition]/[slug]'>): Promise<Metadata> {
  const { edition, slug } = await params;
  const found = getArticle(edition, slug, await currentView());
  if (!found) return {};
  return { title: `${found.article.title} · Edition ${found.edition.number}`, description: found.article.summary };
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
  return <ArticleView context={found} site={site} />;
}
