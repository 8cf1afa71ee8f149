import type { MetadataRoute } from 'next';
import { site } from '@/lib/site';
import { absoluteUrl } from '@/lib/urls';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/preview'] },
    sitemap: absoluteUrl(site.baseUrl, '/sitemap.xml'),
  };
}
