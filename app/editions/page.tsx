import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArchiveView } from '@/components/pages/archive-view';
import { archivePage } from '@/lib/browse/archive';
import { getEditions } from '@/lib/library/getters';
import { archiveMetadata } from '@/lib/requests/page-metadata';
import { site } from '@/lib/content/site';
import { currentAudience } from '@/lib/requests/audience';

export const revalidate = 60;

export const metadata: Metadata = archiveMetadata(site);

export default async function ArchivePage() {
  const page = archivePage(getEditions(await currentAudience()), 1);
  if (!page) notFound();
  return <ArchiveView page={page} />;
}
