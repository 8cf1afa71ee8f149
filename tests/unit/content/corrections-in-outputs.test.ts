import { describe, expect, it } from 'vitest';
import { SearchIndex } from '@/lib/browse/search';
import { sections, topics } from '@/lib/browse/taxonomy';
import { loadLibrary } from '@/lib/library/load';
import { feedEntries, jsonFeed, atomFeed } from '@/lib/outputs/feeds';
import { editionPlainView } from '@/lib/outputs/plain-view';
import { sitemapEntries } from '@/lib/outputs/sitemap';
import { articleStructuredData } from '@/lib/outputs/structured-data';
import { articleTextFile, editionTextFile } from '@/lib/outputs/text-file';
import { articleMetadata } from '@/lib/requests/page-metadata';
import {
  articleFile,
  contentFolder,
  editionFile,
  settings,
  testSite,
} from '../support/content-folder';

/*
 * How a corrected article and a withdrawn one appear in every output: the corrected one
 * everywhere, with its modification date; the withdrawn one on its page and in its edition
 * (marked), and in no list that leads readers to it.
 */

const library = loadLibrary(
  contentFolder({
    'editions/a/edition.md': editionFile(1),
    'editions/a/01-corrected.md': articleFile(
      'Corrected story',
      'section: News\ntags: [beacon]\nchanges:\n  - date: 2026-02-01\n    note: "We corrected the number of forces."\n  - date: 2026-03-10\n    note: "We added the sentence."\n',
      'Kestrelwick officers met the team.',
    ),
    'editions/a/02-withdrawn.md': articleFile(
      'Withdrawn story',
      'section: News\ntags: [beacon]\nwithdrawn: { date: 2026-02-20, reason: "The pilot it describes has ended." }\n',
      'Larkspurton officers met the team.',
    ),
  }),
  settings,
);
const editions = library.editions;
const edition = editions[0]!;
const [corrected, withdrawn] = edition.articles as [
  (typeof edition.articles)[number],
  (typeof edition.articles)[number],
];

describe('a corrected article', () => {
  it('gives its newest correction as its modification date in JSON-LD, feeds and sitemap', () => {
    expect(articleStructuredData(corrected, edition, testSite)).toMatchObject({
      datePublished: '2026-01-15',
      dateModified: '2026-03-10',
    });
    const json = JSON.parse(jsonFeed(editions, testSite)) as {
      items: { title: string; date_modified?: string }[];
    };
    expect(json.items.find((item) => item.title === 'Corrected story')?.date_modified).toBe(
      '2026-03-10T00:00:00.000Z',
    );
    expect(atomFeed(editions, testSite)).toContain('<updated>2026-03-10T00:00:00.000Z</updated>');
    expect(
      sitemapEntries(editions, testSite).find((entry) => entry.url.endsWith('/1/corrected')),
    ).toMatchObject({ lastModified: '2026-03-10' });
    expect(articleMetadata({ edition, article: corrected }, testSite).openGraph).toMatchObject({
      modifiedTime: '2026-03-10',
    });
  });

  it('carries its corrections, newest first, in the plain view and the text files', () => {
    const text = articleTextFile(corrected, edition, testSite);
    expect(text).toContain('Updated 10 March 2026');
    expect(text).toMatch(
      /Corrections and updates\n-+\n\n10 March 2026: We added the sentence\.\n\n1 February 2026: We corrected/,
    );
    expect(editionTextFile(edition, testSite)).toContain('Corrections and updates');
    const plain = editionPlainView(edition, testSite);
    expect(plain).toContain('Updated <time datetime="2026-03-10">10 March 2026</time>');
    expect(plain.indexOf('We added the sentence.')).toBeLessThan(
      plain.indexOf('We corrected the number of forces.'),
    );
  });
});

describe('a withdrawn article', () => {
  it('is marked in its edition’s contents, plain view and text file, with its reason', () => {
    expect(editionTextFile(edition, testSite)).toContain('Withdrawn story [withdrawn] (News)');
    expect(articleTextFile(withdrawn, edition, testSite)).toContain(
      'WITHDRAWN on 20 February 2026: The pilot it describes has ended.',
    );
    const plain = editionPlainView(edition, testSite);
    expect(plain).toContain('Withdrawn story</a> (withdrawn)</li>');
    expect(plain).toContain('This article was withdrawn on');
  });

  it('asks search engines not to index its page', () => {
    expect(articleMetadata({ edition, article: withdrawn }, testSite).robots).toEqual({
      index: false,
    });
    expect(articleMetadata({ edition, article: corrected }, testSite).robots).toBeUndefined();
  });

  it('leaves the feeds, the sitemap, search, sections and topics', () => {
    expect(feedEntries(editions).map(({ article }) => article.title)).toEqual(['Corrected story']);
    expect(
      sitemapEntries(editions, testSite).some((entry) => entry.url.endsWith('/1/withdrawn')),
    ).toBe(false);
    expect(new SearchIndex(editions).search('Larkspurton')).toEqual([]);
    expect(new SearchIndex(editions).search('Kestrelwick')).toHaveLength(1);
    expect(
      sections(editions)
        .get('news')
        ?.entries.map(({ article }) => article.title),
    ).toEqual(['Corrected story']);
    expect(topics(editions).get('beacon')?.entries).toHaveLength(1);
  });
});
