import type { Metadata } from 'next';
import { JsonLd } from '@/components/shared/json-ld';
import { MagazineView } from '@/components/pages/magazine-view';
import { getEdition, getEditions } from '@/lib/library/getters';
import { editionMetadata } from '@/lib/requests/page-metadata';
import { lookupEdition } from '@/lib/requests/redirects';
import { foundOrLeave } from '@/lib/requests/responses';
import { editionParams } from '@/lib/requests/route-params';
import { site } from '@/lib/content/site';
import { editionStructuredData } from '@/lib/outputs/structured-data';
import { neighbouringEditions } from '@/lib/browse/taxonomy';
import { currentAudience } from '@/lib/requests/audience';

export const dynamicParams = false;
export const revalidate = 60;
export const generateStaticParams = editionParams;

export async function generateMetadata({
  params,
}: PageProps<'/editions/[edition]'>): Promise<Metadata> {
  const edition = getEdition((await params).edition, await currentAudience());
  return edition ? editionMetadata(edition, site) : {};
}

export default async function EditionPage({ params }: PageProps<'/editions/[edition]'>) {
  const key = (await params).edition;
  const audience = await currentAudience();
  const edition = foundOrLeave(lookupEdition(key, audience));
  return (
    <>
      <JsonLd data={editionStructuredData(edition, site)} />
      <MagazineView
        edition={edition}
        neighbours={neighbouringEditions(getEditions(audience), edition)}
        site={site}
      />
    </>
  );
}
