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

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-02-01T12:00:00Z'));
});
afterAll(() => {
  vi.useRealTimers();
});

describe('what the public sees', () => {
  it('lists published editions only, newest first', () => {
    expect(content.getEditions().map((edition) => edition.number)).toEqual([1]);
    expect(content.getLatestEdition()?.number).toBe(1);
  });

  it('leaves out draft articles and renumbers the rest', () => {
    const edition = content.getEdition('1');
    expect(edition?.articles.map((article) => [article.slug, article.position])).toEqual([
      ['first', 1],
      ['third', 2],
    ]);
    expect(content.getArticle('1', 'hidden')).toBeUndefined();
    expect(content.getArticle('1', 'first')?.next?.slug).toBe('third');
  });

  it('hides a scheduled edition until its date in the site time zone, then shows it', () => {
    expect(content.getEdition('2')).toBeUndefined();
    vi.setSystemTime(new Date('2026-03-01T00:30:00Z'));
    expect(content.getEdition('2')?.title).toBe('Edition 2');
    expect(content.getEditions().map((edition) => edition.number)).toEqual([2, 1]);
    vi.setSystemTime(new Date('2026-02-01T12:00:00Z'));
  });

  it('never shows a draft edition or its articles', () => {
    expect(content.getEdition('3')).toBeUndefined();
    expect(content.getArticle('3', 'draft')).toBeUndefined();
  });

  it('is served only the pictures published content shows', async () => {
    expect(await content.readMediaFile('1', 'chart.png')).toBeDefined();
    expect(await content.readMediaFile('1', 'venue.png')).toBeUndefined();
    expect(await content.readMediaFile('1', 'unused.png')).toBeUndefined();
    expect(await content.readMediaFile('1', 'venue.png', 'preview')).toBeDefined();
    expect(await content.readMediaFile('1', 'unused.png', 'preview')).toBeUndefined();
  });

  it('never carries the clearance note', () => {
    expect(JSON.stringify(content.getEdition('1'))).not.toContain('Reviewed by the editor');
  });
});

describe('what an editor previewing sees', () => {
  it('sees drafts and scheduled editions, marked', () => {
    const editions = content.getEditions('preview');
    expect(editions.map((edition) => [edition.number, edition.draft, edition.scheduled])).toEqual([
      [3, true, false],
      [2, false, true],
      [1, false, false],
    ]);
    expect(content.getArticle('1', 'hidden', 'preview')?.article.draft).toBe(true);
  });
});
