import { HomeView } from '@/components/home-view';
import { getEditions } from '@/lib/content';
import { site } from '@/lib/site';
import { currentView } from '@/lib/view';

// Pages are regenerated at most a minute after a scheduled edition's date arrives.
export const revalidate = 60;

export default async function HomePage() {
  return <HomeView editions={getEditions(await currentView())} site={site} />;
}
