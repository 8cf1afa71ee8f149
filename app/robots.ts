import type { MetadataRoute } from 'next';
import { site } from '@/lib/content/site';
import { absoluteUrl, previewPath, sitemapPath } from '@/lib/site/urls';

// The same for every request; saying so lets the static export write it as a file.
export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: [previewPath] },
    sitemap: absoluteUrl(site.baseUrl, sitemapPath),
  };
}
