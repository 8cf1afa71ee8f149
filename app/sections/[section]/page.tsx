import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CollectionView } from '@/components/pages/collection-view';
import { getEditions } from '@/lib/library/getters';
import { sitePageMetadata } from '@/lib/requests/page-metadata';
import { site } from '@/lib/content/site';
import { sections } from '@/lib/browse/taxonomy';
import { sectionPath } from '@/lib/site/urls';
import { currentAudience } from '@/lib/requests/audience';

export const dynamicParams = false;
export const revalidate = 60;

export function generateStaticParams() {
  // Every section any edition uses, drafts included; the page decides what a reader may see.
  return [...sections(getEditions('preview')).keys()].map((section) => ({ section }));
}

export async function generateMetadata({
  params,
}: PageProps<'/sections/[section]'>): Promise<Metadata> {
  const slug = (await params).section;
  const collection = sections(getEditions(await currentAudience())).get(slug);
  return collection
    ? sitePageMetadata(
        site,
        sectionPath(slug),
        collection.name,
        `Every ${collection.name} article from ${site.name}, newest first.`,
      )
    : {};
}

export default async function SectionPage({ params }: PageProps<'/sections/[section]'>) {
  const collection = sections(getEditions(await currentAudience())).get((await params).section);
  if (!collection) notFound();
  return <CollectionView collection={collection} kind="section" />;
}
