import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { GoneView } from '@/components/pages/gone-view';
import { getEdition, getRemovedAddresses, getRemovedFrom } from '@/lib/library/getters';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const revalidate = 60;
export const generateStaticParams = getRemovedAddresses;

export const metadata: Metadata = {
  title: 'This article has been removed',
  robots: { index: false },
};

/**
 * An article taken down: its page, text file, preview image and calendar files all lead here
 * (next.config.ts rewrites them), and the front door answers them 410 Gone
 * (lib/requests/front-door.ts), so caches and search engines let it go.
 */
// Parameters typed by hand: the static copy leaves this route out, so Next's generated
// PageProps for it does not always exist.
export default async function Removed({
  params,
}: {
  params: Promise<{ edition: string; slug: string }>;
}) {
  const { edition: key, slug } = await params;
  const removed = getRemovedFrom(key, slug);
  if (!removed) notFound();
  return (
    <GoneView edition={getEdition(String(removed.edition.number))} date={removed.takedown.date} />
  );
}
