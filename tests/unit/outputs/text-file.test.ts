import { describe, expect, it } from 'vitest';
import { editionTextFile } from '@/lib/outputs/text-file';
import { TEXT_WIDTH } from '@/lib/markdown/to-text';
import { editionWithEvent, sampleEdition } from '../support/samples';
import { testSite } from '../support/content-folder';

const siteSettings = testSite;

describe('editionTextFile', () => {
  const text = editionTextFile(sampleEdition(), siteSettings);

  it('opens with the magazine, edition and title underlined, then the date', () => {
    expect(text.split('\n').slice(0, 3)).toEqual([
      'Test Magazine · Edition 7 · Edition 7',
      '=====================================',
      'Published 15 January 2026 by the Test Programme',
    ]);
  });

  it('lists the contents and then every article with its title, byline and body', () => {
    expect(text).toContain('1. Strategic update (Strategic Update)\n2. Tom & "Jerry" <b>');
    expect(text).toContain(
      'STRATEGIC UPDATE\n\nStrategic update\n================\nBy Ruth Okafor, Programme Director\n',
    );
    expect(text).toContain('Online: https://mag.example.org/editions/7/update');
    expect(text).toContain('Where we are\n------------\n\nWe said we would, and we did.');
    expect(text).toContain('[Image: Weekly users rising]');
    expect(text).toContain('    Quoted words.\n\n    — An Officer');
  });

  it('wraps at 78 columns', () => {
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(TEXT_WIDTH);
  });
});

describe('events in the text file', () => {
  it('gives each event its title, then its day and times, place and registration on lines of their own', () => {
    expect(editionTextFile(editionWithEvent(), siteSettings)).toContain(
      [
        'Dates for your diary',
        '--------------------',
        '',
        '• Compass roadshow',
        '  Thursday 3 December 2026, 9:30am to 1pm',
        '  Place: City Hall, Bradford',
        '  Register: https://mag.example.org/book',
      ].join('\n'),
    );
  });
});
