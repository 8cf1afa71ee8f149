import { editionToText } from '@/lib/outputs/text-file';
import { editionResponse } from '@/lib/site/responses';
import { editionParams } from '@/lib/site/route-params';
import { site } from '@/lib/site/settings';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const revalidate = 60;
export const generateStaticParams = editionParams;

/** The whole edition as a plain-text file, wrapped for email. */
export async function GET(_request: Request, { params }: RouteContext<'/editions/[edition]/plain.txt'>) {
  return editionResponse((await params).edition, '/plain.txt', (edition) =>
    new Response(editionToText(edition, site), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } }),
  );
}
