import { draftMode } from 'next/headers';
import type { Audience } from '../content/publishing';

/**
 * Who is looking at this request: editors see drafts in the development server and in
 * draft mode (switched on by the preview link); everyone else sees what is published. Draft
 * mode reaches a page only with a valid preview pass: the front door (front-door.ts) switches
 * it off for any request without one.
 */
export async function currentAudience(): Promise<Audience> {
  if (process.env.NODE_ENV === 'development') return 'preview';
  return (await draftMode()).isEnabled ? 'preview' : 'public';
}
