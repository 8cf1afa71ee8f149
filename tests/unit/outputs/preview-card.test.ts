import { twoEditions } from '../support/samples';
import { describe, expect, it } from 'vitest';
import { articleTextFile } from '@/lib/outputs/text-file';
import { articlePreview, clip } from '@/lib/outputs/preview-card';
import { testSite } from '../support/content-folder';

const site = testSite;

const editions = twoEditions();
const [newer, older] = editions;
const story = older?.articles[0];

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
      footer: 'The quarterly magazine of the Test Programme',
    });
    expect(newer?.number).toBe(8);
  });

  it('cuts long titles at a word to fit the card', () => {
    expect(clip('word '.repeat(60).trim(), 30)).toBe('word word word word word…');
    expect(clip('short')).toBe('short');
  });
});
