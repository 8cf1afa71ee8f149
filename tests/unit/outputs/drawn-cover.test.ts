import { describe, expect, it } from 'vitest';
import { coverAsSent, drawnCoverContent } from '@/lib/outputs/drawn-cover';
import { editionWithEvent, sampleEdition } from '../support/samples';
import { testSite } from '../support/content-folder';

describe('the drawn cover', () => {
  it('says the magazine, the edition, its title, its lead story and what else is inside', () => {
    const edition = sampleEdition();
    const drawn = drawnCoverContent(edition, testSite);
    expect(drawn).toEqual({
      name: 'Test Magazine',
      edition: 'Edition 7',
      title: edition.title,
      date: '15 January 2026',
      lead: { section: 'Strategic Update', title: 'Strategic update' },
      sections: [],
      publisher: 'The quarterly magazine of the Test Programme',
    });
  });

  it('leaves a withdrawn story out of the lead, and cuts a long approved title', () => {
    const edition = editionWithEvent();
    const [first, ...rest] = edition.articles;
    const withdrawn = {
      ...edition,
      title: `${'A very long approved edition title that goes on '.repeat(3)}and on`,
      articles: [{ ...first!, withdrawn: { date: '2026-02-01', reason: 'Ended.' } }, ...rest],
    };
    const drawn = drawnCoverContent(withdrawn, testSite);
    expect(drawn.lead?.title).not.toBe(first!.title);
    expect(drawn.title.length).toBeLessThanOrEqual(80);
    expect(drawn.title.endsWith('…')).toBe(true);
  });

  it('is what mail programs are sent for an edition without a cover: 4:5, described', () => {
    const edition = { ...sampleEdition(), cover: undefined };
    expect(coverAsSent(edition, testSite)).toEqual({
      width: 1200,
      height: 1500,
      alt: `The cover of Test Magazine, Edition 7: ${edition.title}`,
    });
    const covered = sampleEdition();
    expect(coverAsSent(covered, testSite).alt).toBe('The cover');
  });
});
