import { draftMode } from 'next/headers';

/** Leaves draft mode and returns to the home page. */
export async function POST() {
  (await draftMode()).disable();
  return new Response(null, {
    status: 303,
    headers: { Location: '/', 'Cache-Control': 'no-store' },
  });
}
