import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { MagazineView } from '@/components/magazine-view';
import { getEdition } from '@/lib/content';
import { editionParams } from '@/lib/route-params';
import { site } from '@/lib/site';
import { textPath } from '@/lib/urls';

export const dynamicParams = false;
export const generateStaticParams = editionParams;

export async function generateMetadata({ params }: PageProps<'/editions/[edition]'>): Promise<Metadata> {
  const edition = getEdition((await params).edition);
  if (!edition) return {};
  return {
    title: `Edition ${edition.number}: ${edition.title}`,
    description: edition.summary,
    alternates: { types: { 'text/plain': textPath(edition.number) } },
  };
}

export default async function EditionPage({ params }: PageProps<'/editions/[edition]'>) {
  const edition = getEdition((await params).edition);
  if (!edition) notFound();
  return <MagazineView edition={edition} site={site} />;
}
