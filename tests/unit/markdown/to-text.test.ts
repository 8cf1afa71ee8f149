import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '@/lib/markdown/syntax';
import {
  linkAddressShown,
  markdownToText,
  TEXT_WIDTH,
  underline,
  wrap,
} from '@/lib/markdown/to-text';

const fixtures = path.join(import.meta.dirname, '..', '..', 'fixtures', 'plain-text');
const parse = parseMarkdown;
const toText = (markdown: string) =>
  markdownToText(parse(markdown), { baseUrl: 'https://mag.example.org' });

describe('markdownToText against fixtures', () => {
  for (const name of fs.readdirSync(fixtures).filter((file) => file.endsWith('.md'))) {
    it(`renders ${name} as expected`, () => {
      const markdown = fs.readFileSync(path.join(fixtures, name), 'utf8');
      const expected = fs.readFileSync(path.join(fixtures, name.replace(/\.md$/, '.txt')), 'utf8');
      expect(`${toText(markdown)}\n`).toBe(expected);
    });
  }
});

describe('markdownToText', () => {
  it('leaves no Markdown or HTML syntax behind', () => {
    const text = toText(
      '## Title\n\nSome **bold**, _italic_, `code` and ~~struck~~ text with a [link](https://a.example).\n\n<b>raw</b> <!-- note -->\n\n- item\n',
    );
    expect(text).not.toMatch(/\*\*|__|~~|`|\]\(|<\/?[a-z]|<!--|^#/m);
    expect(text).toContain(
      'Some bold, italic, code and struck text with a link (https://a.example).',
    );
  });

  it('keeps an HTML comment out of the text', () => {
    expect(toText('Before.\n\n<!-- private: check with legal -->\n\nAfter.')).toBe(
      'Before.\n\nAfter.',
    );
  });

  it('makes site links absolute and does not repeat a link that is its own text', () => {
    expect(toText('[Edition 8](/editions/8) and <https://a.example/x>')).toBe(
      'Edition 8 (https://mag.example.org/editions/8) and https://a.example/x',
    );
  });

  it('wraps every line at 78 columns unless a single word is longer', () => {
    const markdown =
      fs.readFileSync(path.join(fixtures, 'long-url.md'), 'utf8') + '\n\n' + 'word '.repeat(100);
    for (const line of toText(markdown).split('\n')) {
      if (line.length > TEXT_WIDTH) expect(line).not.toContain(' ');
    }
  });

  it('numbers footnotes and lists them at the end', () => {
    const text = toText('A claim.[^src]\n\n[^src]: The source.\n');
    expect(text).toBe('A claim.[1]\n\nNotes\n-----\n\n[1] The source.');
  });
});

describe('wrap and underline', () => {
  it('wraps at spaces and keeps hard line breaks', () => {
    expect(wrap('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrap('one\ntwo', 78)).toEqual(['one', 'two']);
  });

  it('underlines a title to its length', () => {
    expect(underline('Contents', '=')).toEqual(['Contents', '========']);
  });
});

describe('the address printed after a link’s words', () => {
  it('is left out when the words already are the address, or name its site', () => {
    for (const [label, url] of [
      ['jo@example.org', 'mailto:jo@example.org'],
      ['https://example.org/guide', 'https://example.org/guide'],
      ['www.example.org', 'https://www.example.org/'],
      ['example.org/guide', 'https://example.org/guide'],
      ['Northlight.example.org', 'https://northlight.example.org/'],
    ])
      expect(linkAddressShown(label!, url!), label).toBeUndefined();
  });

  it('is printed when the words say something else, or name a site but not the page', () => {
    expect(linkAddressShown('the referral guide', 'https://example.org/guide')).toBe(
      'https://example.org/guide',
    );
    expect(linkAddressShown('example.org', 'https://example.org/guide')).toBe(
      'https://example.org/guide',
    );
  });
});
