import { describe, expect, it } from 'vitest';
import { MAX_QUERY, searchQuery } from '@/lib/browse/search-query';

describe('searchQuery', () => {
  it('takes the first value of a repeated parameter, trimmed', () => {
    expect(searchQuery(['  beacon ', 'other'])).toBe('beacon');
    expect(searchQuery('county lines')).toBe('county lines');
  });

  it('treats a missing query as empty', () => {
    expect(searchQuery(undefined)).toBe('');
    expect(searchQuery(null)).toBe('');
    expect(searchQuery([])).toBe('');
  });

  it('cuts a long query to the limit', () => {
    expect(searchQuery('a'.repeat(MAX_QUERY + 50))).toHaveLength(MAX_QUERY);
  });
});
