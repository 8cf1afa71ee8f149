import { getEdition } from '@/lib/content';
import { editionToText } from '@/lib/edition-text';
import { editionParams } from '@/lib/route-params';
import { notFoundResponse } from '@/lib/responses';
import { site } from '@/lib/site';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = editionParams;

/** The whole edition as a plain-text file, wrapped for email. */
export async function GET(_request: Request, { params }: RouteContext<'/editions/[edition]/plain.txt'>) {
  const edition = getEdition((await params).edition);
  if (!edition) return notFoundResponse();
  return new Response(editionToText(edition, site), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
