import type { Metadata } from 'next';
import { NotFoundView } from '@/components/not-found-view';
import { getLatestEdition } from '@/lib/content';
import { currentView } from '@/lib/view';

export const metadata: Metadata = { title: 'Page not found' };

export default async function NotFound() {
  return <NotFoundView latest={getLatestEdition(await currentView())} />;
}
