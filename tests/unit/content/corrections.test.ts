import { describe, expect, it } from 'vitest';
import { loadLibrary } from '@/lib/library/load';
import {
  articleFile,
  contentFolder,
  editionFile,
  settings,
  errorsIn,
} from '../support/content-folder';

/*
 * Corrections (`changes:`), withdrawal (`withdrawn:`) and takedown (`removed:` in edition.md)
 * as the loader reads and checks them. editionFile() publishes on 2026-01-15.
 */

function errorsOf(files: Record<string, string>): string[] {
  return errorsIn(contentFolder(files));
}

describe('corrections', () => {
  it('are kept newest first, and the newest date is the article’s modification date', () => {
    const library = loadLibrary(
      contentFolder({
        'editions/a/edition.md': editionFile(1),
        'editions/a/01-story.md': articleFile(
          'Story',
          'changes:\n  - date: 2026-02-01\n    note: "We corrected the date of the day of action."\n  - date: 2026-03-10\n    note: "We added the court’s sentence."\n',
        ),
      }),
      settings,
    );
    const article = library.editions[0]?.articles[0];
    expect(article?.changes.map((change) => change.date)).toEqual(['2026-03-10', '2026-02-01']);
    expect(article?.updated).toBe('2026-03-10');
  });

  it('must be dated between the edition’s publication and today, at the line of the date', () => {
    expect(
      errorsOf({
        'editions/a/edition.md': editionFile(1),
        'editions/a/01-story.md': articleFile(
          'Story',
          'changes:\n  - date: 2025-12-01\n    note: "Too early."\n  - date: 2999-01-01\n    note: "Too late."\n',
        ),
      }),
    ).toEqual([
      'editions/a/01-story.md:4:1: error: the date of change 1, 2025-12-01, is before the edition was published (2026-01-15): write the date the change was made',
      'editions/a/01-story.md:6:1: error: the date of change 2, 2999-01-01, is in the future: write the date the change was made, today at the latest',
    ]);
  });

  it('name the field an editor mistyped inside a change', () => {
    expect(
      errorsOf({
        'editions/a/edition.md': editionFile(1),
        'editions/a/01-story.md': articleFile(
          'Story',
          'changes:\n  - date: 2026-02-01\n    text: "Wrong field name."\n',
        ),
      }),
    ).toEqual([
      'editions/a/01-story.md:4:1: error: changes, item 1: note is missing',
      'editions/a/01-story.md:4:1: error: changes, item 1: unknown field "text". A change can have date, note',
    ]);
  });
});

describe('withdrawal', () => {
  it('keeps the article with its date and reason', () => {
    const library = loadLibrary(
      contentFolder({
        'editions/a/edition.md': editionFile(1),
        'editions/a/01-story.md': articleFile(
          'Story',
          'withdrawn: { date: 2026-02-01, reason: "The pilot has ended." }\n',
        ),
      }),
      settings,
    );
    expect(library.editions[0]?.articles[0]?.withdrawn).toEqual({
      date: '2026-02-01',
      reason: 'The pilot has ended.',
    });
  });

  it('needs a reason, and a date in range', () => {
    expect(
      errorsOf({
        'editions/a/edition.md': editionFile(1),
        'editions/a/01-story.md': articleFile('Story', 'withdrawn: { date: 2026-02-01 }\n'),
      }),
    ).toEqual(['editions/a/01-story.md:3:1: error: withdrawn: reason is missing']);
    expect(
      errorsOf({
        'editions/a/edition.md': editionFile(1),
        'editions/a/01-story.md': articleFile(
          'Story',
          'withdrawn: { date: 2020-02-01, reason: "Old." }\n',
        ),
      }),
    ).toEqual([
      'editions/a/01-story.md:3:1: error: the date of the withdrawal, 2020-02-01, is before the edition was published (2026-01-15): write the date the article was withdrawn',
    ]);
  });
});

describe('takedown', () => {
  it('lists the removed slugs on the edition', () => {
    const library = loadLibrary(
      contentFolder({
        'editions/a/edition.md': editionFile(1, 'removed: [old-story]\n'),
        'editions/a/01-story.md': articleFile('Story'),
      }),
      settings,
    );
    expect(library.editions[0]?.removed).toEqual([{ slug: 'old-story' }]);
  });

  it('keeps the day an article was taken down, when the editor gives it', () => {
    const library = loadLibrary(
      contentFolder({
        'editions/a/edition.md': editionFile(
          1,
          'removed:\n  - old-story\n  - slug: pulled\n    date: 2026-02-03\n',
        ),
        'editions/a/01-story.md': articleFile('Story'),
      }),
      settings,
    );
    expect(library.editions[0]?.removed).toEqual([
      { slug: 'old-story' },
      { slug: 'pulled', date: '2026-02-03' },
    ]);
  });

  it('refuses a takedown day before the edition or in the future, at its line', () => {
    expect(
      errorsOf({
        'editions/a/edition.md': editionFile(
          1,
          'removed:\n  - slug: early\n    date: 2020-01-01\n  - slug: late\n    date: 2999-01-01\n',
        ),
        'editions/a/01-story.md': articleFile('Story'),
      }),
    ).toEqual([
      expect.stringMatching(
        /^editions\/a\/edition\.md:\d+:1: error: the day "early" was taken down, 2020-01-01, is before the edition was published/,
      ),
      expect.stringMatching(
        /^editions\/a\/edition\.md:\d+:1: error: the day "late" was taken down, 2999-01-01, is in the future/,
      ),
    ]);
  });

  it('warns at each line of the edition that still names or links to the article taken down', () => {
    const library = loadLibrary(
      contentFolder({
        'editions/a/edition.md': editionFile(1, 'removed: [harbour-town-case]\n').replace(
          'Introduction to edition 1.',
          'Inside: the Harbour Town case, and more.\n\nRead [the case](/editions/1/harbour-town-case).',
        ),
        'editions/a/01-story.md': articleFile(
          'Story',
          '',
          'As our [earlier story](harbour-town-case) said.\n\nA harbour town, and a case.',
        ),
      }),
      settings,
    );
    expect(
      library.findings
        .filter((finding) => finding.message.includes('taken down from this edition'))
        .map(
          (finding) =>
            `${finding.file.slice(finding.file.indexOf('editions/'))}:${finding.line}: ${finding.message.split(':')[0]}`,
        )
        .sort(),
    ).toEqual([
      'editions/a/01-story.md:5: this line links to "harbour-town-case", an article taken down from this edition',
      'editions/a/edition.md:11: this line links to "harbour-town-case", an article taken down from this edition',
      'editions/a/edition.md:9: this line still names "harbour town case", an article taken down from this edition',
    ]);
  });

  it('refuses a removed slug that an article still has, as its slug or an alias', () => {
    expect(
      errorsOf({
        'editions/a/edition.md': editionFile(1, 'removed: [story, older]\n'),
        'editions/a/01-story.md': articleFile('Story'),
        'editions/a/02-other.md': articleFile('Other', 'aliases: [older]\n'),
      }),
    ).toEqual([
      'editions/a/01-story.md:1:1: error: the slug "story" is listed under removed in edition.md: to take this article down, delete this file; to keep it, take "story" out of removed',
      'editions/a/02-other.md:3:1: error: the alias "older" is listed under removed in edition.md: to take this article down, delete this file; to keep it, take "older" out of removed',
    ]);
  });
});
