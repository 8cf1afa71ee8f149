import { describe, expect, it } from 'vitest';
import { loadLibrary } from '@/lib/content/load';
import { articleMetadata, editionMetadata } from '@/lib/site/page-metadata';
import {
  articleFile,
  contentFolder,
  editionFile,
  settings,
  testSite,
} from '../support/content-folder';

const site = testSite;

const editions = loadLibrary(
  contentFolder({
    'editions/a/edition.md': editionFile(7),
    'editions/a/01-story.md': articleFile(
      'A story',
      'author: "Jane Doe"\nsection: "News"\n',
      'Body with [a link](/editions/7).',
    ),
    'editions/b/edition.md': editionFile(8).replace('2026-01-15', '2026-04-15'),
    'editions/b/01-later.md': articleFile('Later'),
  }),
  settings,
).editions;
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
