/*
 * How long an article takes to read, shown beside its byline.
 */

/** Reading speed used for reading times, in words a minute. */
const WORDS_PER_MINUTE = 200;

/** Minutes to read `words` words, at least one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
