import { cookies, draftMode } from 'next/headers';
import type { Audience } from '../content/publishing';
import { PREVIEW_PASS_COOKIE, previewPassScope, previewSecret } from './preview-pass';

/**
 * Who is looking at this request: editors see drafts in the development server and in draft
 * mode (switched on by a preview link), every draft or one edition's as their pass says;
 * everyone else sees what is published. Draft mode reaches a page only with a valid preview
 * pass: the front door (front-door.ts) switches it off for any request without one.
 */
export async function currentAudience(): Promise<Audience> {
  if (process.env.NODE_ENV === 'development') return 'preview';
  if (!(await draftMode()).isEnabled) return 'public';
  // What the pass shows: every draft, or one edition's (a link made for that edition). The
  // front door has checked it and keeps draft mode for a one-edition pass to that edition's
  // addresses; a file route prerendered as static reads no cookies, and is under that edition.
  const pass = (await cookies()).get(PREVIEW_PASS_COOKIE)?.value;
  if (pass === undefined) return 'preview';
  const scope = previewPassScope(pass, previewSecret());
  if (scope === undefined) return 'public';
  return scope === 'all' ? 'preview' : { preview: scope };
}
