import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ProblemsView } from '@/components/pages/problems-view';
import { getLeftOut } from '@/lib/library/getters';

export const metadata: Metadata = { title: 'Problems to fix', robots: { index: false } };

/**
 * The development server's list of content problems. A built site has none to show (the build
 * stops at the first check that fails), so there it is not found like any other address.
 */
export default function ProblemsPage() {
  const leftOut = getLeftOut();
  if (leftOut.length === 0) notFound();
  return <ProblemsView leftOut={leftOut} />;
}
