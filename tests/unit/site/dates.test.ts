import { describe, expect, it } from 'vitest';
import { formatDate } from '@/lib/site/dates';

describe('formatDate', () => {
  it('formats calendar dates without shifting them by time zone', () => {
    expect(formatDate('2026-10-14')).toBe('14 October 2026');
    expect(formatDate('2026-01-01')).toBe('1 January 2026');
  });
});
