import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { JsonLd } from '@/components/shared/json-ld';
import { MagazineView } from '@/components/pages/magazine-view';
import { getEdition, getEditions } from '@/lib/content/getters';
import { editionMetadata } from '@/lib/site/page-metadata';
import { editionRedirect } from '@/lib/site/redirects';
import { editionParams } from '@/lib/site/route-params';
import { site } from '@/lib/site/settings';
import { editionStructuredData } from '@/lib/outputs/structured-data';
import { neighbouringEditions } from '@/lib/browse/taxonomy';
import { currentView } from '@/lib/site/audience';

export const dynamicParams = false;
export const revalidate = 60;
export const generateStaticParams = editionParams;

export async function generateMetadata({ params }: PageProps<'/editions/[edition]'>): Promise<Metadata> {
  const edition = getEdition((await params).edition, await currentView());
  return edition ? editionMetadata(edition, site) : {};
}

export default async function EditionPage({ params }: PageProps<'/editions/[edition]'>) {
  const key = (await params).edition;
  const view = await currentView();
  const edition = getEdition(key, view);
  if (!edition) {
    const moved = editionRedirect(key, view);
    if (moved) permanentRedirect(moved);
    notFound();
  }
  return (
    <>
      <JsonLd data={editionStructuredData(edition, site)} />
      <MagazineView edition={edition} neighbours={neighbouringEditions(getEditions(view), edition)} site={site} />
    </>
  );
}
