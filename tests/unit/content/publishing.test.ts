import { describe, expect, it } from 'vitest';
import { isArticleVisible, isEditionVisible, isScheduled, today } from '@/lib/content/publishing';

describe('today', () => {
  it('gives the date in the site time zone, where publication days begin', () => {
    // 23:30 UTC on 30 June is already 1 July in London (British Summer Time).
    const lateJune = new Date('2026-06-30T23:30:00Z');
    expect(today('Europe/London', lateJune)).toBe('2026-07-01');
    expect(today('UTC', lateJune)).toBe('2026-06-30');
    // In winter London is on UTC.
    expect(today('Europe/London', new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });
});

describe('the publishing rule', () => {
  const published = { number: 10, draft: false, published: '2026-10-14' };

  it('shows the public a published edition from its date onwards', () => {
    expect(isEditionVisible(published, 'public', '2026-10-13')).toBe(false);
    expect(isEditionVisible(published, 'public', '2026-10-14')).toBe(true);
    expect(isScheduled(published, '2026-10-13')).toBe(true);
    expect(isScheduled(published, '2026-10-14')).toBe(false);
  });

  it('never shows the public a draft edition or article', () => {
    expect(isEditionVisible({ ...published, draft: true }, 'public', '2030-01-01')).toBe(false);
    expect(isArticleVisible({ draft: true, editionNumber: 10 }, 'public')).toBe(false);
    expect(isArticleVisible({ draft: false, editionNumber: 10 }, 'public')).toBe(true);
  });

  it('shows an editor previewing everything', () => {
    expect(isEditionVisible({ ...published, draft: true }, 'preview', '2026-01-01')).toBe(true);
    expect(isArticleVisible({ draft: true, editionNumber: 10 }, 'preview')).toBe(true);
  });

  it('shows a preview link’s holder its edition as an editor sees it, and no other draft', () => {
    const link = { preview: 10 };
    expect(isEditionVisible({ ...published, draft: true }, link, '2026-01-01')).toBe(true);
    expect(isArticleVisible({ draft: true, editionNumber: 10 }, link)).toBe(true);
    const other = { ...published, number: 11, draft: true };
    expect(isEditionVisible(other, link, '2030-01-01')).toBe(false);
    expect(isArticleVisible({ draft: true, editionNumber: 9 }, link)).toBe(false);
    // What the public sees, it sees too.
    expect(isEditionVisible({ ...published, number: 9 }, link, '2026-10-14')).toBe(true);
  });
});
