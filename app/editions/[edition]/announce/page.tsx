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
import { editionPreviewQuery, previewSecret } from '@/lib/requests/preview-pass';
import { previewPath } from '@/lib/site/urls';

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
      previewLink={await previewLinkFor(edition.number)}
    />
  );
}

/** How long a link made here lasts. */
const LINK_DAYS = 7;

/**
 * A preview link for a colleague, offered only to an editor who sees every draft: one who
 * holds a link for a single edition cannot make more. The development server has no secret
 * of the live site's, so it names the command instead.
 */
async function previewLinkFor(number: number) {
  if ((await currentAudience()) !== 'preview') return undefined;
  const secret = previewSecret();
  if (!secret) return { command: `npm run preview-link -- ${number}` };
  const query = editionPreviewQuery(secret, number, LINK_DAYS * 24);
  return { link: `${site.baseUrl}${previewPath}?${query}`, days: LINK_DAYS };
}
