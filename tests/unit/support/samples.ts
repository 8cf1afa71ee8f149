import type { Edition } from '@/lib/library/getters';
import { loadLibrary } from '@/lib/library/load';
import { isArticleVisible } from '@/lib/content/publishing';
import { articleFile, contentFolder, editionFile, settings, tinyPng } from './content-folder';

/*
 * Small content folders that several test files share, each loaded by the real loader.
 */

/**
 * Two editions with sections, topics and a draft, for browsing and search: the library as
 * loaded, and the editions as the public sees them (drafts left out, as the getters do).
 */
export function browsingSample() {
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
  return { library, editions };
}

/** One edition with a cover, a chart, a byline and a quote, for the plain view and text file. */
export function sampleEdition(): Edition {
  const folder = contentFolder({
    'editions/a/edition.md': editionFile(7, 'cover: cover.png\ncoverAlt: "The cover"\n'),
    'editions/a/cover.png': tinyPng,
    'editions/a/chart.png': tinyPng,
    'editions/a/01-update.md': articleFile(
      'Strategic update',
      'section: "Strategic Update"\nauthor: "Ruth Okafor"\nrole: "Programme Director"\n',
      '## Where we are\n\nWe said we would, and we did.\n\n![Weekly users rising](chart.png)',
    ),
    'editions/a/02-news.md': articleFile(
      'Tom & "Jerry" <b>',
      '',
      '> Quoted words.\n>\n> — An Officer',
    ),
  });
  const edition = loadLibrary(folder, settings).editions[0];
  if (!edition) throw new Error('no edition loaded');
  return edition;
}

/** Two editions (7 and 8, published in January and April), edition 7 with a signed story. */
export function twoEditions(): readonly Edition[] {
  return loadLibrary(
    contentFolder({
      'editions/a/edition.md': editionFile(7),
      'editions/a/01-story.md': articleFile(
        'A story',
        'author: "Jane Doe"\nsection: "News"\n',
        'Body with [a link](/editions/7).',
      ),
      'editions/b/edition.md': editionFile(8).replace('2026-01-15', '2026-04-15'),
      'editions/b/01-later.md': articleFile('Later'),
    }),
    settings,
  ).editions;
}

/**
 * Three editions for the getters: edition 1 (once numbered 100) with a draft article and a
 * renamed one, a picture each for the first article and the draft and one nothing shows, edition 2 published on 1 March 2026 and edition 3 a draft. Returns the folder.
 */
export function publishingSample(): string {
  return contentFolder({
    'editions/a/edition.md': editionFile(1, 'aliases: [100]\n'),
    'editions/a/01-first.md': articleFile('First', '', 'Published.\n\n![A chart](chart.png)'),
    'editions/a/02-hidden.md': articleFile(
      'Hidden',
      'draft: true\n',
      'Embargoed.\n\n![The venue](venue.png)',
    ),
    'editions/a/chart.png': tinyPng,
    'editions/a/venue.png': tinyPng,
    'editions/a/unused.png': tinyPng,
    'editions/a/03-third.md': articleFile(
      'Third',
      'aliases: [old-third]\ncleared: [{ value: "07700 900123", reason: "Reviewed by the editor" }]\n',
      'The article text. Book on 07700 900123.',
    ),
    'editions/b/edition.md': editionFile(2).replace(
      'published: 2026-01-15',
      'published: 2026-03-01',
    ),
    'editions/b/01-spring.md': articleFile('Spring'),
    'editions/c/edition.md': editionFile(3, 'draft: true\n'),
    'editions/c/01-draft.md': articleFile('Draft edition article'),
  });
}

/** The sample edition with a roadshow event (with times, place and registration) on its first article. */
export function editionWithEvent(): Edition {
  const edition = sampleEdition();
  const roadshow = {
    title: 'Compass roadshow',
    date: '2026-12-03',
    start: '09:30',
    end: '13:00',
    place: 'City Hall, Bradford',
    registration: 'https://mag.example.org/book',
  };
  return {
    ...edition,
    articles: edition.articles.map((article, index) =>
      index === 0 ? { ...article, events: [roadshow] } : article,
    ),
  };
}
