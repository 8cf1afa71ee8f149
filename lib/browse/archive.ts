import type { Edition } from '../library/getters';

/*
 * The archive in pages, so that its HTML stays small however many editions there are: a
 * magazine that has run for 25 years has a hundred editions.
 */

/** Editions on each page of the archive. */
export const ARCHIVE_PAGE_SIZE = 24;

/** One page of the archive. */
export interface ArchivePage {
  /** 1-based. */
  number: number;
  count: number;
  editions: readonly Edition[];
  /** Editions in the whole archive. */
  total: number;
}

/** How many pages `total` editions fill (at least one, which may be empty). */
export function archivePageCount(total: number): number {
  return Math.max(1, Math.ceil(total / ARCHIVE_PAGE_SIZE));
}

/** Page `number` of the archive, or undefined when there is no such page. */
export function archivePage(editions: readonly Edition[], number: number): ArchivePage | undefined {
  const count = archivePageCount(editions.length);
  if (!Number.isInteger(number) || number < 1 || number > count) return undefined;
  const start = (number - 1) * ARCHIVE_PAGE_SIZE;
  return {
    number,
    count,
    editions: editions.slice(start, start + ARCHIVE_PAGE_SIZE),
    total: editions.length,
  };
}
