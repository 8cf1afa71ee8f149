import { describe, expect, it } from 'vitest';
import type { Edition } from '@/lib/content/getters';
import { loadLibrary } from '@/lib/content/load';
import { isArticleVisible } from '@/lib/content/publishing';
import { moreFromSection, neighbouringEditions, sections, topics } from '@/lib/browse/taxonomy';
import { articleFile, contentFolder, editionFile, settings } from '../support/content-folder';

const library = loadLibrary(
  contentFolder({
    'editions/a/edition.md': editionFile(1),
    'editions/a/01-update.md': articleFile(
      'Spring update',
      'section: "Strategic Update"\ntags: [strategy]\nauthor: "Ruth Okafor"\n',
      'The first interview was transcribed in full.',
    ),
    'editions/a/02-case.md': articleFile(
      'A harbour case',
      'section: "Case Study"\ntags: [safeguarding, strategy]\n',
      'She made one phone call to the police, and it changed everything.',
    ),
    'editions/b/edition.md': editionFile(2).replace('2026-01-15', '2026-04-15'),
    'editions/b/01-update.md': articleFile(
      'Summer update',
      'section: "Strategic Update"\ntags: [strategy]\n',
      'Training reached a thousand people.',
    ),
    'editions/b/02-secret.md': articleFile(
      'Unpublished plans',
      'section: "Strategic Update"\ndraft: true\n',
      'A draft about the phone call programme.',
    ),
  }),
  settings,
);
// What the public sees: the drafts left out, as the getters do.
const editions: Edition[] = library.editions.map((edition) => ({
  ...edition,
  articles: edition.articles.filter((article) => isArticleVisible(article, 'public')),
}));

describe('sections and topics', () => {
  it('gather a section across editions, newest first', () => {
    const section = sections(editions).get('strategic-update');
    expect(section?.name).toBe('Strategic Update');
    expect(section?.entries.map(({ article }) => article.title)).toEqual([
      'Summer update',
      'Spring update',
    ]);
  });

  it('count each topic', () => {
    const all = topics(editions);
    expect(all.get('strategy')?.entries).toHaveLength(3);
    expect(all.get('safeguarding')?.entries.map(({ article }) => article.title)).toEqual([
      'A harbour case',
    ]);
  });

  it('offer more from the same section from other editions only', () => {
    const [newer] = editions;
    const current = { edition: newer!, article: newer!.articles[0]! };
    expect(moreFromSection(editions, current).map(({ article }) => article.title)).toEqual([
      'Spring update',
    ]);
  });

  it('find the editions either side', () => {
    expect(neighbouringEditions(editions, { number: 2 })).toMatchObject({
      newer: undefined,
      older: { number: 1 },
    });
    expect(neighbouringEditions(editions, { number: 1 })).toMatchObject({
      newer: { number: 2 },
      older: undefined,
    });
  });
});
