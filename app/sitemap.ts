import type { MetadataRoute } from 'next';
import { getEditions } from '@/lib/library/getters';
import { sitemapEntries } from '@/lib/outputs/sitemap';
import { site } from '@/lib/content/site';

export const revalidate = 60;

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries(getEditions(), site);
}
