import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArchiveView } from '@/components/pages/archive-view';
import { archivePage, archivePageCount } from '@/lib/browse/archive';
import { archivePagePath } from '@/lib/site/urls';
import { getEditions } from '@/lib/library/getters';
import { archiveMetadata } from '@/lib/requests/page-metadata';
import { site } from '@/lib/content/site';
import { currentAudience } from '@/lib/requests/audience';

export const dynamicParams = false;
export const revalidate = 60;

export function generateStaticParams() {
  // Every page the archive could have, counting drafts and scheduled editions too.
  const count = archivePageCount(getEditions('preview').length);
  return Array.from({ length: count }, (_, index) => ({ page: String(index + 1) }));
}

export async function generateMetadata({
  params,
}: PageProps<'/editions/page/[page]'>): Promise<Metadata> {
  return archiveMetadata(site, Number((await params).page));
}

export default async function ArchivePageNumber({ params }: PageProps<'/editions/page/[page]'>) {
  const number = Number((await params).page);
  // Page 1 lives at /editions.
  if (number === 1) permanentRedirect(archivePagePath(1));
  const page = archivePage(getEditions(await currentAudience()), number);
  if (!page) notFound();
  return <ArchiveView page={page} />;
}
