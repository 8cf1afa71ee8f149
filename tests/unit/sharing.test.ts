import { describe, expect, it } from 'vitest';
import { articleTextFile } from '@/lib/outputs/text-file';
import { loadLibrary } from '@/lib/content/load';
import { articleMetadata, editionMetadata } from '@/lib/site/page-metadata';
import { articlePreview, clip } from '@/lib/outputs/preview-card';
import { redirectPage } from '@/lib/outputs/redirect-page';
import { sitemapEntries } from '@/lib/outputs/sitemap';
import {
  articleFile,
  contentFolder,
  editionFile,
  settings,
  testSite,
} from './support/content-folder';

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
const [newer, older] = editions;
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

describe('the sitemap', () => {
  it('lists the home page, the archive, every edition, article, section and topic given, with their dates', () => {
    expect(sitemapEntries(editions, site)).toEqual([
      { url: 'https://mag.example.org/', lastModified: '2026-04-15' },
      { url: 'https://mag.example.org/editions', lastModified: '2026-04-15' },
      { url: 'https://mag.example.org/editions/8', lastModified: '2026-04-15' },
      { url: 'https://mag.example.org/editions/8/later', lastModified: '2026-04-15' },
      { url: 'https://mag.example.org/editions/7', lastModified: '2026-01-15' },
      { url: 'https://mag.example.org/editions/7/story', lastModified: '2026-01-15' },
      { url: 'https://mag.example.org/sections/news', lastModified: '2026-01-15' },
      { url: 'https://mag.example.org/topics', lastModified: '2026-04-15' },
      { url: 'https://mag.example.org/accessibility' },
    ]);
  });
});

describe('an article on its own', () => {
  it('is a text file that says which publication and edition it is from', () => {
    if (!older || !story) throw new Error('no sample');
    const text = articleTextFile(story, older, site);
    expect(text.split('\n').slice(0, 2)).toEqual([
      'Test Magazine · Edition 7 · Edition 7 · Published 15 January 2026',
      'The whole edition: https://mag.example.org/editions/7',
    ]);
    expect(text).toContain('A story\n=======\nBy Jane Doe\n');
    expect(text).toContain('Body with a link (https://mag.example.org/editions/7).');
  });

  it('has a preview card naming its edition, date and section', () => {
    if (!older || !story) throw new Error('no sample');
    expect(articlePreview(story, older, site)).toEqual({
      name: 'Test Magazine',
      meta: 'Edition 7 · 15 January 2026',
      kicker: 'News',
      title: 'A story',
      footer: 'The quarterly magazine of The Test Programme',
    });
    expect(newer?.number).toBe(8);
  });

  it('cuts long titles at a word to fit the card', () => {
    expect(clip('word '.repeat(60).trim(), 30)).toBe('word word word word word…');
    expect(clip('short')).toBe('short');
  });
});

describe('a redirect page for a former address in the static copy', () => {
  it('sends browsers on at once, names the new address as canonical, and links to it', () => {
    const html = redirectPage('/editions/9/beacon-roll-out', site);
    expect(html).toContain(
      '<meta http-equiv="refresh" content="0; url=/editions/9/beacon-roll-out">',
    );
    expect(html).toContain(
      `<link rel="canonical" href="${site.baseUrl}/editions/9/beacon-roll-out">`,
    );
    expect(html).toContain('<a href="/editions/9/beacon-roll-out">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).not.toContain('<script');
  });
});
