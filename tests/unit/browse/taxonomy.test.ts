import { describe, expect, it } from 'vitest';
import { moreFromSection, neighbouringEditions, sections, topics } from '@/lib/browse/taxonomy';
import { browsingSample } from '../support/samples';

const { editions } = browsingSample();

describe('sections and topics', () => {
  it('gather a section across editions, newest first', () => {
    const section = sections(editions).get('strategic-update');
    expect(section?.name).toBe('Strategic Update');
    expect(section?.entries.map(({ article }) => article.title)).toEqual([
      'Summer update',
      'Spring update',
    ]);
  });

  it('count each topic', () => {
    const all = topics(editions);
    expect(all.get('strategy')?.entries).toHaveLength(3);
    expect(all.get('safeguarding')?.entries.map(({ article }) => article.title)).toEqual([
      'A harbour case',
    ]);
  });

  it('offer more from the same section from other editions only', () => {
    const [newer] = editions;
    const current = { edition: newer!, article: newer!.articles[0]! };
    expect(moreFromSection(editions, current).map(({ article }) => article.title)).toEqual([
      'Spring update',
    ]);
  });

  it('find the editions either side', () => {
    expect(neighbouringEditions(editions, { number: 2 })).toMatchObject({
      newer: undefined,
      older: { number: 1 },
    });
    expect(neighbouringEditions(editions, { number: 1 })).toMatchObject({
      newer: { number: 2 },
      older: undefined,
    });
  });
});
