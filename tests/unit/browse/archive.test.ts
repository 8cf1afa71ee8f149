import { describe, expect, it } from 'vitest';
import { ARCHIVE_PAGE_SIZE, archivePage, archivePageCount } from '@/lib/browse/archive';
import { archivePagePath } from '@/lib/site/urls';
import type { Edition } from '@/lib/library/getters';

const editions = Array.from({ length: ARCHIVE_PAGE_SIZE * 2 + 3 }, (_, index) => ({
  number: 100 - index,
})) as unknown as Edition[];

describe('the archive in pages', () => {
  it('fills pages newest first and counts them', () => {
    expect(archivePageCount(editions.length)).toBe(3);
    expect(
      archivePage(editions, 1)
        ?.editions.map((edition) => edition.number)
        .slice(0, 2),
    ).toEqual([100, 99]);
    expect(archivePage(editions, 3)?.editions).toHaveLength(3);
    expect(archivePage(editions, 2)).toMatchObject({ number: 2, count: 3, total: editions.length });
  });

  it('has one page even when empty, and no page outside the range', () => {
    expect(archivePageCount(0)).toBe(1);
    expect(archivePage([], 1)?.editions).toEqual([]);
    for (const number of [0, 4, 1.5, Number.NaN])
      expect(archivePage(editions, number)).toBeUndefined();
  });

  it('puts the first page at the archive address', () => {
    expect(archivePagePath(1)).toBe('/editions');
    expect(archivePagePath(2)).toBe('/editions/page/2');
  });
});
