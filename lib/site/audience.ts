import { draftMode } from 'next/headers';
import type { View } from '../content/publishing';

/**
 * Who is looking at this request: editors see drafts in the development server and in
 * draft mode (switched on by the preview link); everyone else sees what is published.
 */
export async function currentView(): Promise<View> {
  if (process.env.NODE_ENV === 'development') return 'preview';
  return (await draftMode()).isEnabled ? 'preview' : 'public';
}
