import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/article-view';
import { getArticle } from '@/lib/content';
import { articleParams } from '@/lib/route-params';
import { site } from '@/lib/site';

export const dynamicParams = false;
export const generateStaticParams = articleParams;

export async function generateMetadata({ params }: PageProps<'/editions/[edition]/[slug]'>): Promise<Metadata> {
  const { edition, slug } = await params;
  const found = getArticle(edition, slug);
  if (!found) return {};
  return { title: `${found.article.title} · Edition ${found.edition.number}`, description: found.article.summary };
}

export default async function ArticlePage({ params }: PageProps<'/editions/[edition]/[slug]'>) {
  const { edition, slug } = await params;
  const found = getArticle(edition, slug);
  if (!found) notFound();
  return <ArticleView context={found} site={site} />;
}
