import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { publishingSample } from '../support/samples';

/*
 * The getters in lib/library/getters.ts read the folder named by MASTHEAD_CONTENT_DIR once per process;
 * vitest gives each test file its own module registry, so this file loads its own folder.
 */

const folder = publishingSample();

// Imported after the folder is chosen; the folder is kept until the end of the file.
process.env.MASTHEAD_CONTENT_DIR = folder;
const content = await import('@/lib/library/getters');
const redirects = await import('@/lib/requests/redirects');

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-02-01T12:00:00Z'));
});
afterAll(() => {
  vi.useRealTimers();
});

describe('looking up an address', () => {
  it('finds what the reader may see', () => {
    const edition = redirects.lookupEdition('1', 'public');
    expect(edition.kind === 'found' && edition.value.number).toBe(1);
    const article = redirects.lookupArticle('1', 'third', 'public');
    expect(article.kind === 'found' && article.value.article.title).toBe('Third');
  });

  it('leads a former address, with the view asked for, to where it lives now', () => {
    expect(redirects.lookupEdition('100', 'public', '/plain.txt')).toEqual({
      kind: 'moved',
      location: '/editions/1/plain.txt',
    });
    expect(redirects.lookupArticle('100', 'old-third', 'public', '/plain.txt')).toEqual({
      kind: 'moved',
      location: '/editions/1/third/plain.txt',
    });
  });

  it('finds nothing where the reader may not look, or where nothing ever was', () => {
    expect(redirects.lookupArticle('1', 'hidden', 'public')).toEqual({ kind: 'missing' });
    expect(redirects.lookupEdition('3', 'public')).toEqual({ kind: 'missing' });
    expect(redirects.lookupEdition('99', 'preview')).toEqual({ kind: 'missing' });
    expect(redirects.lookupArticle('1', 'hidden', 'preview').kind).toBe('found');
  });
});

describe('former addresses', () => {
  it('leads an old edition number and an old slug to the current address', () => {
    expect(redirects.editionRedirect('100', 'public')).toBe('/editions/1');
    expect(redirects.editionRedirect('100', 'public', '/plain')).toBe('/editions/1/plain');
    expect(redirects.articleRedirect('1', 'old-third', 'public')).toBe('/editions/1/third');
    expect(redirects.articleRedirect('100', 'first', 'public')).toBe('/editions/1/first');
    expect(redirects.articleRedirect('100', 'old-third', 'public')).toBe('/editions/1/third');
  });

  it('does not redirect current addresses or addresses the reader may not see', () => {
    expect(redirects.articleRedirect('1', 'first', 'public')).toBeUndefined();
    expect(redirects.articleRedirect('1', 'hidden', 'public')).toBeUndefined();
    expect(redirects.editionRedirect('1', 'public')).toBeUndefined();
  });

  it('lists every address for prerendering, drafts and former addresses included', () => {
    const { editions, articles } = content.getAllAddresses();
    expect(editions.sort()).toEqual(['1', '100', '2', '3']);
    expect(articles).toContainEqual({ edition: '1', slug: 'hidden' });
    expect(articles).toContainEqual({ edition: '100', slug: 'old-third' });
  });

  it('lists every former address of public content for the static copy, and where each leads', () => {
    const moved = redirects.formerAddresses();
    expect(moved).toContainEqual({ from: '/editions/100', to: '/editions/1' });
    expect(moved).toContainEqual({ from: '/editions/1/old-third', to: '/editions/1/third' });
    expect(moved).toContainEqual({ from: '/editions/100/first', to: '/editions/1/first' });
    expect(moved).toContainEqual({ from: '/editions/100/old-third', to: '/editions/1/third' });
    // Current addresses, drafts and the draft edition are not former addresses.
    expect(moved.map(({ from }) => from)).not.toContain('/editions/1/first');
    expect(
      moved
        .map(({ from }) => from)
        .filter((from) => from.includes('hidden') || from.startsWith('/editions/3')),
    ).toEqual([]);
    expect(moved).toHaveLength(5);
  });
});
