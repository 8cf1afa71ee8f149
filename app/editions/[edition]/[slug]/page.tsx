import type { Metadata } from 'next';
import { ArticleView } from '@/components/pages/article-view';
import { JsonLd } from '@/components/shared/json-ld';
import { getArticle, getEditions, getLatestEdition } from '@/lib/library/getters';
import { articleMetadata } from '@/lib/requests/page-metadata';
import { today } from '@/lib/content/publishing';
import { lookupArticle } from '@/lib/requests/redirects';
import { foundOrLeave } from '@/lib/requests/responses';
import { articleParams } from '@/lib/requests/route-params';
import { site } from '@/lib/content/site';
import { articleStructuredData } from '@/lib/outputs/structured-data';
import { moreFromSection } from '@/lib/browse/taxonomy';
import { currentAudience } from '@/lib/requests/audience';

export const dynamicParams = false;
export const revalidate = 60;
export const generateStaticParams = articleParams;

export async function generateMetadata({
  params,
}: PageProps<'/editions/[edition]/[slug]'>): Promise<Metadata> {
  const { edition, slug } = await params;
  const found = getArticle(edition, slug, await currentAudience());
  return found ? articleMetadata(found, site) : {};
}

export default async function ArticlePage({ params }: PageProps<'/editions/[edition]/[slug]'>) {
  const { edition, slug } = await params;
  const audience = await currentAudience();
  const found = foundOrLeave(lookupArticle(edition, slug, audience));
  return (
    <>
      <JsonLd data={articleStructuredData(found.article, found.edition, site)} />
      <ArticleView
        context={found}
        latest={getLatestEdition(audience)}
        today={today(site.timeZone)}
        more={moreFromSection(getEditions(audience), found)}
        site={site}
      />
    </>
  );
}
