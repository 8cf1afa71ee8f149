import type { Metadata } from 'next';
import { NotFoundView } from '@/components/pages/not-found-view';
import { getLatestEdition } from '@/lib/content/getters';
import { currentAudience } from '@/lib/site/audience';

export const metadata: Metadata = { title: 'Page not found' };

export default async function NotFound() {
  return <NotFoundView latest={getLatestEdition(await currentAudience())} />;
}
