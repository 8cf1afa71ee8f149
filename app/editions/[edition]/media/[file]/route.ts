import { readMediaFile } from '@/lib/library/getters';
import { notFoundResponse } from '@/lib/requests/responses';
import { mediaParams } from '@/lib/requests/route-params';
import { currentAudience } from '@/lib/requests/audience';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const revalidate = 60;
export const generateStaticParams = mediaParams;

/** An image from an edition's folder, once that edition is public. */
export async function GET(
  _request: Request,
  { params }: RouteContext<'/editions/[edition]/media/[file]'>,
) {
  const { edition, file } = await params;
  const media = await readMediaFile(edition, file, await currentAudience());
  if (!media) return notFoundResponse();
  // An SVG opened on its own is a document that could run script: next.config.ts gives every
  // image here a policy under which nothing runs.
  return new Response(media.bytes, { headers: { 'Content-Type': media.contentType } });
}
