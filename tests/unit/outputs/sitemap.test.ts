import { describe, expect, it } from 'vitest';
import { loadLibrary } from '@/lib/content/load';
import { sitemapEntries } from '@/lib/outputs/sitemap';
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
