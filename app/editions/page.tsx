import type { Metadata } from 'next';
import { ArchiveView } from '@/components/archive-view';
import { getEditions } from '@/lib/content';
import { currentView } from '@/lib/view';

export const revalidate = 60;

export const metadata: Metadata = {
  title: 'All editions',
  description: 'Every edition of the magazine, newest first.',
};

export default async function ArchivePage() {
  return <ArchiveView editions={getEditions(await currentView())} />;
}
