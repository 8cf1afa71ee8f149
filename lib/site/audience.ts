import { cookies, draftMode } from 'next/headers';
import type { Audience } from '../content/publishing';
import { isValidPreviewPass, PREVIEW_PASS_COOKIE, previewSecret } from './preview-pass';

/**
 * Who is looking at this request: editors see drafts in the development server and in
 * draft mode (switched on by the preview link) while their preview pass holds; everyone else
 * sees what is published. Draft mode without a valid pass (expired, or signed with a secret
 * since changed or unset) is shown what the public sees.
 */
export async function currentAudience(): Promise<Audience> {
  if (process.env.NODE_ENV === 'development') return 'preview';
  // Asked first, so a page built ahead of time never reads cookies (which would make it
  // render on every request).
  if (!(await draftMode()).isEnabled) return 'public';
  const pass = (await cookies()).get(PREVIEW_PASS_COOKIE)?.value;
  return isValidPreviewPass(pass, previewSecret()) ? 'preview' : 'public';
}
