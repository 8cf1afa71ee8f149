import type { Metadata } from 'next';
import { ArchiveView } from '@/components/archive-view';
import { getEditions } from '@/lib/content';

export const metadata: Metadata = {
  title: 'All editions',
  description: 'Every edition of the magazine, newest first.',
};

export default function ArchivePage() {
  return <ArchiveView editions={getEditions()} />;
}
