import { twoEditions } from '../support/samples';
import { describe, expect, it } from 'vitest';
import { sitemapEntries } from '@/lib/outputs/sitemap';
import { testSite } from '../support/content-folder';

const site = testSite;

const editions = twoEditions();

describe('the sitemap', () => {
  it('lists the home page, the archive, every edition, article, section and topic given, with their dates, and the statements', () => {
    expect(sitemapEntries(editions, site)).toEqual([
      { url: 'https://mag.example.org/', lastModified: '2026-04-15' },
      { url: 'https://mag.example.org/editions', lastModified: '2026-04-15' },
      { url: 'https://mag.example.org/editions/8', lastModified: '2026-04-15' },
      { url: 'https://mag.example.org/editions/7', lastModified: '2026-01-15' },
      { url: 'https://mag.example.org/editions/8/later', lastModified: '2026-04-15' },
      { url: 'https://mag.example.org/editions/7/story', lastModified: '2026-01-15' },
      { url: 'https://mag.example.org/sections/news', lastModified: '2026-01-15' },
      { url: 'https://mag.example.org/topics', lastModified: '2026-04-15' },
      { url: 'https://mag.example.org/accessibility' },
      { url: 'https://mag.example.org/privacy' },
    ]);
  });
});
