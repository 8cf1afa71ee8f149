import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Edition } from '@/lib/library/getters';
import { absoluteLinks, atomFeed, FEED_SIZE, feedEntries, jsonFeed } from '@/lib/outputs/feeds';
import { loadLibrary } from '@/lib/library/load';
import type { SiteSettings } from '@/lib/site/settings';
import {
  articleFile,
  contentFolder,
  editionFile,
  settings,
  tinyPng,
  testSite,
} from '../support/content-folder';

const site: SiteSettings = {
  ...testSite,
  name: 'Test <Magazine>',
  description: 'A magazine & more.',
};

function editions(): readonly Edition[] {
  const folder = contentFolder({
    'editions/a/edition.md': editionFile(1),
    'editions/a/01-old.md': articleFile('Older story'),
    'editions/b/edition.md': editionFile(2).replace('2026-01-15', '2026-04-15'),
    'editions/b/chart.png': tinyPng,
    'editions/b/01-first.md': articleFile(
      'Tricky ]]> <title> & "quotes"',
      'author: "Jane Doe"\nsection: "News"\n',
      'See [edition 1](/editions/1).\n\n![A chart](chart.png)',
    ),
    'editions/b/02-second.md': articleFile('Second story'),
  });
  return loadLibrary(folder, settings).editions;
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });

describe('atomFeed', () => {
  const xml = atomFeed(editions(), site);
  const feed = parser.parse(xml).feed;

  it('is valid XML even when a title holds ]]> and markup characters', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  const entries = [feed.entry].flat();

  it('is well-formed Atom with the site as its title and feed address', () => {
    expect(feed.title).toBe('Test <Magazine>');
    expect([feed.link].flat()).toContainEqual({
      rel: 'self',
      href: 'https://mag.example.org/feed.xml',
    });
  });

  it('lists articles newest edition first, in reading order, each with its address and edition', () => {
    expect(entries.map((entry) => entry.title['#text'] ?? entry.title)).toEqual([
      'Tricky ]]> <title> & "quotes"',
      'Second story',
      'Older story',
    ]);
    expect(entries[0].id).toBe('https://mag.example.org/editions/2/first');
    expect(entries[0].updated).toBe('2026-04-15T00:00:00.000Z');
    expect(
      [entries[0].category]
        .flat()
        .map((category: { label?: string; term: string }) => category.term),
    ).toContain('edition-2');
  });

  it('carries the full HTML with absolute addresses', () => {
    const content = String(entries[0].content['#text'] ?? entries[0].content);
    expect(content).toContain(
      'From Test &lt;Magazine&gt;, <a href="https://mag.example.org/editions/2">Edition 2: Edition 2</a>',
    );
    expect(content).toContain('<a href="https://mag.example.org/editions/1">edition 1</a>');
    expect(content).toContain('src="https://mag.example.org/_next/image?url=');
    expect(content).toContain('srcset="https://mag.example.org/_next/image?url=');
  });
});

describe('jsonFeed', () => {
  const feed = JSON.parse(jsonFeed(editions(), site));

  it('is JSON Feed 1.1', () => {
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.feed_url).toBe('https://mag.example.org/feed.json');
    expect(feed.language).toBe('en-GB');
  });

  it('has each article with its edition, summary, HTML, date and author', () => {
    const [first] = feed.items;
    expect(feed.items.map((item: { title: string }) => item.title)).toEqual([
      'Tricky ]]> <title> & "quotes"',
      'Second story',
      'Older story',
    ]);
    expect(first).toMatchObject({
      id: 'https://mag.example.org/editions/2/first',
      url: 'https://mag.example.org/editions/2/first',
      summary: 'See edition 1.',
      date_published: '2026-04-15T00:00:00.000Z',
      authors: [{ name: 'Jane Doe' }],
      _masthead: {
        edition: 2,
        edition_title: 'Edition 2',
        edition_url: 'https://mag.example.org/editions/2',
        section: 'News',
      },
    });
    expect(first.content_html).toContain('<a href="https://mag.example.org/editions/1">');
  });
});

describe('feedEntries', () => {
  it('stops at the feed size', () => {
    const many = Array.from({ length: 12 }, (_, index) => ({
      number: index + 1,
      articles: Array.from({ length: 6 }, (_, position) => ({ slug: `a${position}` })),
    })) as unknown as Edition[];
    expect(feedEntries(many)).toHaveLength(FEED_SIZE);
  });
});

describe('absoluteLinks', () => {
  it('prefixes site-relative addresses only', () => {
    expect(
      absoluteLinks(
        '<a href="/x">a</a><a href="//cdn.example/y">b</a><a href="https://z.example/">c</a><img src="/i.png" srcset="/a 1w, /b 2w">',
        'https://s.example',
      ),
    ).toBe(
      '<a href="https://s.example/x">a</a><a href="//cdn.example/y">b</a><a href="https://z.example/">c</a><img src="https://s.example/i.png" srcset="https://s.example/a 1w, https://s.example/b 2w">',
    );
  });
});
