import { describe, expect, it } from 'vitest';
import {
  parseQuery,
  SearchIndex,
  searchIndexFor,
  snippet,
  staticSearchData,
  staticSearcher,
} from '@/lib/browse/search';
import { browsingSample } from '../support/samples';

const { editions } = browsingSample();

describe('search', () => {
  const index = new SearchIndex(editions);

  it('finds words by their beginnings', () => {
    expect(index.search('transcrib').map(({ article }) => article.title)).toEqual([
      'Spring update',
    ]);
  });

  it('needs every word, and finds quoted phrases exactly', () => {
    expect(index.search('phone changed').map(({ article }) => article.title)).toEqual([
      'A harbour case',
    ]);
    expect(index.search('"one phone call"').map(({ article }) => article.title)).toEqual([
      'A harbour case',
    ]);
    expect(index.search('"phone call one"')).toEqual([]);
  });

  it('ranks a title match first, and searches sections, authors and tags', () => {
    expect(index.search('update').map(({ article }) => article.title)).toEqual([
      'Summer update',
      'Spring update',
    ]);
    expect(index.search('okafor').map(({ article }) => article.title)).toEqual(['Spring update']);
    expect(index.search('safeguarding').map(({ article }) => article.title)).toEqual([
      'A harbour case',
    ]);
  });

  it('never finds drafts it was not given', () => {
    expect(index.search('unpublished')).toEqual([]);
    expect(index.search('"phone call programme"')).toEqual([]);
  });

  it('returns nothing for an empty query', () => {
    expect(index.search('   ')).toEqual([]);
    expect(index.search('""')).toEqual([]);
  });
});

describe('search in a static copy', () => {
  // Sent through JSON, as the browser receives it.
  const data = JSON.parse(JSON.stringify(staticSearchData(editions))) as ReturnType<
    typeof staticSearchData
  >;
  const search = staticSearcher(data);
  const titles = (query: string) => search(query).map(({ article }) => article.title);

  it('ranks as the server does', () => {
    const server = new SearchIndex(editions);
    for (const query of ['update', 'transcrib', 'okafor', 'safeguarding strategy', 'phone']) {
      expect(titles(query), query).toEqual(
        server.search(query).map(({ article }) => article.title),
      );
    }
  });

  it('sends what a result shows, not the article text', () => {
    expect(data.entries.map(({ article }) => article.title)).toEqual([
      'Summer update',
      'Spring update',
      'A harbour case',
    ]);
    for (const entry of data.entries) {
      expect(Object.keys(entry).sort()).toEqual(['article', 'edition', 'summary']);
      expect(Object.keys(entry.article).sort()).toEqual(['section', 'slug', 'title']);
    }
  });

  it('matches a quoted phrase as its words, with nothing to check the phrase against', () => {
    expect(titles('"phone call one"')).toEqual(['A harbour case']);
  });

  it('finds nothing for an empty query, and never a draft', () => {
    expect(search('  ')).toEqual([]);
    expect(search('unpublished')).toEqual([]);
  });
});

describe('query parsing and snippets', () => {
  it('separates phrases from words', () => {
    expect(parseQuery('beacon "one  Phone call" Roll-out')).toEqual({
      phrases: ['one phone call'],
      terms: ['beacon', 'roll', 'out'],
    });
  });

  it('marks each match in a short extract around the first one', () => {
    const text = `${'Filler words here. '.repeat(20)}The call was transcribed and the Call log kept.`;
    const parts = snippet(text, [], ['transcrib', 'call']);
    expect(parts.filter((part) => part.match).map((part) => part.text)).toEqual([
      'call',
      'transcribed',
      'Call',
    ]);
    expect(parts[0]?.text).toBe('… ');
    expect(parts.map((part) => part.text).join('').length).toBeLessThan(260);
  });

  it('marks a phrase across spaces, and never a word inside another word', () => {
    expect(
      snippet('one  phone call, recall', ['one phone call'], ['call'])
        .filter((part) => part.match)
        .map((part) => part.text),
    ).toEqual(['one phone call']);
  });
});

describe('the search index kept for each audience', () => {
  it('is reused while the content is the same, for public and preview searches alike', () => {
    const publicIndex = searchIndexFor(editions, 'public', 1);
    const previewIndex = searchIndexFor(editions, 'preview', 1);
    expect(searchIndexFor(editions, 'public', 1)).toBe(publicIndex);
    expect(searchIndexFor(editions, 'preview', 1)).toBe(previewIndex);
  });

  it('is made again when the content is loaded again, even if no word count changed', () => {
    const before = searchIndexFor(editions, 'public', 1);
    expect(searchIndexFor(editions, 'public', 2)).not.toBe(before);
  });
});
