import { previewImageResponse } from '@/components/shared/preview-card';
import { getLatestEdition } from '@/lib/library/getters';
import { sitePreview } from '@/lib/outputs/preview-card';
import { site } from '@/lib/content/site';

export const dynamic = 'force-static';
export const revalidate = 60;

/** The site's preview image, for the home page and the archive. */
export async function GET() {
  return previewImageResponse(sitePreview(site, getLatestEdition()));
}
