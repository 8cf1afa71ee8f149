import type { Metadata } from 'next';
import { NotFoundView } from '@/components/not-found-view';
import { getLatestEdition } from '@/lib/content';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return <NotFoundView latest={getLatestEdition()} />;
}
