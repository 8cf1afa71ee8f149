import type { Metadata } from 'next';
import { ArchiveView } from '@/components/archive-view';
import { getEditions } from '@/lib/content';
import { archiveMetadata } from '@/lib/page-metadata';
import { site } from '@/lib/site';
import { currentView } from '@/lib/view';

export const revalidate = 60;

export const metadata: Metadata = archiveMetadata(site);

export default async function ArchivePage() {
  return <ArchiveView editions={getEditions(await currentView())} />;
}
