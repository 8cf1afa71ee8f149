import type { Metadata } from 'next';
import { TopicsView } from '@/components/topics-view';
import { getEditions } from '@/lib/content';
import { sitePageMetadata } from '@/lib/page-metadata';
import { site } from '@/lib/site';
import { sections, topics } from '@/lib/taxonomy';
import { topicsPath } from '@/lib/urls';
import { currentView } from '@/lib/view';

export const revalidate = 60;

export const metadata: Metadata = sitePageMetadata(site, topicsPath, 'Topics', `Every topic in ${site.name}, with its articles.`);

export default async function TopicsPage() {
  const editions = getEditions(await currentView());
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en-GB');
  return <TopicsView topics={[...topics(editions).values()].sort(byName)} sections={[...sections(editions).values()].sort(byName)} />;
}
