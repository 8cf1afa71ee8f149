import type { MetadataRoute } from 'next';
import { getEditions } from '@/lib/library/getters';
import { sitemapEntries } from '@/lib/outputs/sitemap';
import { site } from '@/lib/site/settings';

export const revalidate = 60;

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries(getEditions(), site);
}
