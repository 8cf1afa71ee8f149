import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CollectionView } from '@/components/pages/collection-view';
import { getEditions } from '@/lib/library/getters';
import { sitePageMetadata } from '@/lib/requests/page-metadata';
import { site } from '@/lib/content/site';
import { topics } from '@/lib/browse/taxonomy';
import { topicPath } from '@/lib/site/urls';
import { currentAudience } from '@/lib/requests/audience';

export const dynamicParams = false;
export const revalidate = 60;

export function generateStaticParams() {
  return [...topics(getEditions('preview')).keys()].map((tag) => ({ tag }));
}

export async function generateMetadata({ params }: PageProps<'/topics/[tag]'>): Promise<Metadata> {
  const slug = (await params).tag;
  const collection = topics(getEditions(await currentAudience())).get(slug);
  return collection
    ? sitePageMetadata(
        site,
        topicPath(slug),
        `Topic: ${collection.name}`,
        `Every article about ${collection.name} from ${site.name}.`,
      )
    : {};
}

export default async function TopicPage({ params }: PageProps<'/topics/[tag]'>) {
  const collection = topics(getEditions(await currentAudience())).get((await params).tag);
  if (!collection) notFound();
  return <CollectionView collection={collection} kind="topic" />;
}
