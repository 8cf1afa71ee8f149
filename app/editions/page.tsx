import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArchiveView } from '@/components/archive-view';
import { archivePage } from '@/lib/archive';
import { getEditions } from '@/lib/content';
import { archiveMetadata } from '@/lib/page-metadata';
import { site } from '@/lib/site';
import { currentView } from '@/lib/view';

export const revalidate = 60;

export const metadata: Metadata = archiveMetadata(site);

export default async function ArchivePage() {
  const page = archivePage(getEditions(await currentView()), 1);
  if (!page) notFound();
  return <ArchiveView page={page} />;
}
