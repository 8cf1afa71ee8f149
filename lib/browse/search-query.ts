/*
 * The rule for what is searched, kept apart from the index so the search form (which runs in
 * the browser) can share it without carrying the search library.
 */

/** The longest query searched; longer input is cut. */
export const MAX_QUERY = 200;

/** The query as searched: the first value given, cut to MAX_QUERY characters and trimmed. */
export function searchQuery(raw: string | readonly string[] | null | undefined): string {
  const first = typeof raw === 'string' ? raw : raw?.[0];
  return (first ?? '').slice(0, MAX_QUERY).trim();
}
