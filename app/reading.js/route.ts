import { readingScript } from '@/lib/outputs/reading-script';

export const dynamic = 'force-static';

/** The reading pages' one script (lib/reading/reading.ts), as the build bundled it. */
export function GET() {
  return new Response(readingScript(), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
}
