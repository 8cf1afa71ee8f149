import { previewImageResponse } from '@/components/preview-card';
import { getLatestEdition } from '@/lib/content';
import { sitePreview } from '@/lib/preview-content';
import { site } from '@/lib/site';

export const dynamic = 'force-static';
export const revalidate = 60;

/** The site's preview image, for the home page and the archive. */
export async function GET() {
  return previewImageResponse(sitePreview(site, getLatestEdition()));
}
