import { twoEditions } from '../support/samples';
import { describe, expect, it } from 'vitest';
import { articleMetadata, editionMetadata } from '@/lib/requests/page-metadata';
import { testSite } from '../support/content-folder';

const site = testSite;

const editions = twoEditions();
const [, older] = editions;
const story = older?.articles[0];

describe('page metadata', () => {
  it('gives an article an Open Graph article card with its date, section and author', () => {
    if (!older || !story) throw new Error('no sample');
    const metadata = articleMetadata({ edition: older, article: story }, site);
    expect(metadata.title).toBe('A story · Edition 7');
    expect(metadata.alternates?.canonical).toBe('https://mag.example.org/editions/7/story');
    expect(metadata.alternates?.types).toMatchObject({
      'text/plain': [{ url: '/editions/7/story/plain.txt' }],
    });
    expect(metadata.openGraph).toMatchObject({
      type: 'article',
      publishedTime: '2026-01-15',
      section: 'News',
      authors: ['Jane Doe'],
      images: [
        {
          url: '/editions/7/story/card.png',
          width: 1200,
          height: 630,
          alt: 'A story: Test Magazine edition 7',
        },
      ],
    });
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image' });
  });

  it('gives an edition its card and its text file', () => {
    if (!older) throw new Error('no sample');
    const metadata = editionMetadata(older, site);
    expect(metadata.alternates?.types).toMatchObject({
      'text/plain': [{ url: '/editions/7/plain.txt' }],
      'application/atom+xml': [{ url: '/feed.xml' }],
    });
  });
});
