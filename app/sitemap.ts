import type { MetadataRoute } from 'next';
import { getEditions } from '@/lib/content';
import { sitemapEntries } from '@/lib/sitemap';
import { site } from '@/lib/site';

export const revalidate = 60;

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries(getEditions(), site);
}
