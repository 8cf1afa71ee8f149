import type { Metadata } from 'next';
import { HomeView } from '@/components/pages/home-view';
import { getEditions } from '@/lib/library/getters';
import { sitePageMetadata } from '@/lib/requests/page-metadata';
import { site } from '@/lib/content/site';
import { currentAudience } from '@/lib/requests/audience';

// Pages are regenerated at most a minute after a scheduled edition's date arrives.
export const revalidate = 60;

export const metadata: Metadata = sitePageMetadata(site, '/');

export default async function HomePage() {
  return <HomeView editions={getEditions(await currentAudience())} site={site} />;
}
