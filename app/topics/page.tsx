import type { Metadata } from 'next';
import { TopicsView } from '@/components/pages/topics-view';
import { getEditions } from '@/lib/library/getters';
import { sitePageMetadata } from '@/lib/requests/page-metadata';
import { site } from '@/lib/content/site';
import { sections, topics } from '@/lib/browse/taxonomy';
import { topicsPath } from '@/lib/site/urls';
import { currentAudience } from '@/lib/requests/audience';

export const revalidate = 60;

export const metadata: Metadata = sitePageMetadata(
  site,
  topicsPath,
  'Topics',
  `Every topic in ${site.name}, with its articles.`,
);

export default async function TopicsPage() {
  const editions = getEditions(await currentAudience());
  const byName = (a: { name: string }, b: { name: string }) =>
    a.name.localeCompare(b.name, 'en-GB');
  return (
    <TopicsView
      topics={[...topics(editions).values()].sort(byName)}
      sections={[...sections(editions).values()].sort(byName)}
    />
  );
}
