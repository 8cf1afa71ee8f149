import fs from 'node:fs/promises';
import { getMediaFile } from '@/lib/content';
import { mediaParams } from '@/lib/route-params';
import { notFoundResponse } from '@/lib/responses';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = mediaParams;

/**
 * An image from an edition's folder. The file is found in the map the loader built, never
 * by joining the address onto a path.
 */
export async function GET(_request: Request, { params }: RouteContext<'/editions/[edition]/media/[file]'>) {
  const { edition, file } = await params;
  const media = getMediaFile(edition, file);
  if (!media) return notFoundResponse();
  const headers: Record<string, string> = { 'Content-Type': media.contentType };
  // An SVG opened on its own is a document that could run script: forbid that outright.
  if (media.contentType === 'image/svg+xml') headers['Content-Security-Policy'] = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
  return new Response(new Uint8Array(await fs.readFile(media.path)), { headers });
}
