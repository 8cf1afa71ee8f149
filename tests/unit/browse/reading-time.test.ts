import { describe, expect, it } from 'vitest';
import { readingMinutes } from '@/lib/browse/reading-time';

describe('readingMinutes', () => {
  it('gives reading times in whole minutes, at least one', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(1000)).toBe(5);
    expect(readingMinutes(1099)).toBe(5);
  });
});
