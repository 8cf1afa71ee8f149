import { HomeView } from '@/components/home-view';
import { getEditions } from '@/lib/content';
import { site } from '@/lib/site';

export default function HomePage() {
  return <HomeView editions={getEditions()} site={site} />;
}
