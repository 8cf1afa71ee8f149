import type { Metadata } from 'next';
import { AnnounceView } from '@/components/pages/announce-view';
import { getEdition } from '@/lib/library/getters';
import { socialPost, websiteSnippet } from '@/lib/outputs/announcement';
import { budgetedEditionEmail } from '@/lib/outputs/email';
import { currentAudience } from '@/lib/requests/audience';
import { announceMetadata } from '@/lib/requests/page-metadata';
import { lookupEdition } from '@/lib/requests/redirects';
import { foundOrLeave } from '@/lib/requests/responses';
import { editionParams } from '@/lib/requests/route-params';
import { site } from '@/lib/content/site';

export const dynamicParams = false;
export const revalidate = 60;
export const generateStaticParams = editionParams;

export async function generateMetadata({
  params,
}: PageProps<'/editions/[edition]/announce'>): Promise<Metadata> {
  const edition = getEdition((await params).edition, await currentAudience());
  return edition ? announceMetadata(edition) : {};
}

/** The kit an editor announces an edition with. */
export default async function AnnouncePage({ params }: PageProps<'/editions/[edition]/announce'>) {
  const edition = foundOrLeave(
    lookupEdition((await params).edition, await currentAudience(), '/announce'),
  );
  return (
    <AnnounceView
      edition={edition}
      email={budgetedEditionEmail(edition, site)}
      post={socialPost(edition, site)}
      snippet={websiteSnippet(edition, site)}
    />
  );
}
