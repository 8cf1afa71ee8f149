import type { Metadata } from 'next';
import { NotFoundView } from '@/components/pages/not-found-view';
import { ProblemsView } from '@/components/pages/problems-view';
import { getLatestEdition, getLeftOut } from '@/lib/library/getters';
import { currentAudience } from '@/lib/requests/audience';

export const metadata: Metadata = { title: 'Page not found' };

export default async function NotFound() {
  // In the development server an address is most often missing because its edition was left
  // out for a problem: the editor is shown what to fix rather than a bare "not found".
  const leftOut = getLeftOut();
  if (leftOut.length > 0) return <ProblemsView leftOut={leftOut} />;
  return <NotFoundView latest={getLatestEdition(await currentAudience())} />;
}
