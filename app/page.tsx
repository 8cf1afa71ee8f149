import type { Metadata } from 'next';
import { HomeView } from '@/components/home-view';
import { getEditions } from '@/lib/content';
import { sitePageMetadata } from '@/lib/page-metadata';
import { site } from '@/lib/site';
import { currentView } from '@/lib/view';

// Pages are regenerated at most a minute after a scheduled edition's date arrives.
export const revalidate = 60;

export const metadata: Metadata = sitePageMetadata(site, '/');

export default async function HomePage() {
  return <HomeView editions={getEditions(await currentView())} site={site} />;
}
