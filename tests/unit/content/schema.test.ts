import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '@/lib/content/front-matter';
import { formatProblem, ProblemList } from '@/lib/content/problems';
import {
  articleHelp,
  articleSchema,
  checkFrontMatter,
  editionHelp,
  editionSchema,
  isRealDate,
} from '@/lib/content/schema';

function check(kind: 'edition' | 'article', frontMatter: string) {
  const problems = new ProblemList();
  const split = splitFrontMatter(`---\n${frontMatter}---\n`, 'x.md', problems);
  if (!split) throw new Error(problems.items.map(formatProblem).join('\n'));
  const result =
    kind === 'edition'
      ? checkFrontMatter(editionSchema, editionHelp, split, 'x.md', problems)
      : checkFrontMatter(articleSchema, articleHelp, split, 'x.md', problems);
  return { result, messages: problems.items.map(formatProblem) };
}

const validEdition =
  'number: 9\ntitle: "Autumn"\npublished: 2026-10-14\nsummary: "What is in it."\n';

describe('edition front matter', () => {
  it('accepts a valid edition, with the date quoted or not', () => {
    expect(check('edition', validEdition).result).toEqual({
      number: 9,
      title: 'Autumn',
      published: '2026-10-14',
      summary: 'What is in it.',
    });
    expect(
      check('edition', validEdition.replace('2026-10-14', '"2026-10-14"')).result,
    ).toMatchObject({ published: '2026-10-14' });
  });

  it('names each missing field with an example line', () => {
    const { messages } = check('edition', 'title: "Autumn"\n');
    expect(messages).toEqual([
      'x.md:1:1: error: number is missing: add a line such as number: 9',
      'x.md:1:1: error: published is missing: add a line such as published: 2026-10-14',
      'x.md:1:1: error: summary is missing: add a line such as summary: "What this edition covers, in a sentence or two."',
    ]);
  });

  it('refuses a number that is not a positive whole number, at its line', () => {
    for (const bad of ['"9"', '9.5', '0', '-3']) {
      const { messages } = check('edition', validEdition.replace('number: 9', `number: ${bad}`));
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatch(
        /^x\.md:2:1: error: number must be a whole number above 0, without quotes/,
      );
    }
  });

  it('refuses impossible and malformed dates', () => {
    expect(check('edition', validEdition.replace('2026-10-14', '2025-02-30')).messages).toEqual([
      'x.md:4:1: error: published is 2025-02-30, which is not a real date: check the day and month',
    ]);
    expect(check('edition', validEdition.replace('2026-10-14', '14/10/2026')).messages[0]).toMatch(
      /^x\.md:4:1: error: published must be a date written YYYY-MM-DD, not "14\/10\/2026"/,
    );
  });

  it('requires alt text for a cover', () => {
    expect(check('edition', `${validEdition}cover: cover.png\n`).messages).toEqual([
      'x.md:6:1: error: a cover needs coverAlt: describe the picture for readers who cannot see it',
    ]);
  });

  it('names an unknown field and suggests the nearest known one', () => {
    expect(check('edition', `${validEdition}sumary: "typo"\n`).messages[0]).toMatch(
      /^x\.md:6:1: error: unknown field "sumary": did you mean "summary"\? The fields allowed here are number, title/,
    );
  });
});

describe('article front matter', () => {
  it('accepts a full article', () => {
    const { result, messages } = check(
      'article',
      'title: "T"\nsummary: "S"\nauthor: "Jane Doe"\nrole: "Director"\nsection: "News"\ntags: [a, b]\nimage: a.png\nimageAlt: "A picture"\nslug: my-article\n',
    );
    expect(messages).toEqual([]);
    expect(result).toMatchObject({ tags: ['a', 'b'] });
  });

  it('requires a title', () => {
    expect(check('article', 'summary: "S"\n').messages).toEqual([
      'x.md:1:1: error: title is missing: add a line such as title: "Rolling out the new tool"',
    ]);
  });

  it('refuses an empty title and a title with a direction override', () => {
    expect(check('article', 'title: "  "\n').messages[0]).toMatch(
      /^x\.md:2:1: error: title must be text/,
    );
    // Written as a YAML escape, which no scan of the line can see.
    expect(check('article', 'title: "abc\\u202Edef"\n').messages[0]).toContain(
      'contains a control or text-direction character',
    );
  });

  it('refuses slugs that could not be an address', () => {
    for (const slug of ['"../etc"', 'Upper-Case', 'two--hyphens', '"with space"']) {
      expect(check('article', `title: "T"\nslug: ${slug}\n`).messages[0]).toMatch(
        /^x\.md:3:1: error: slug must be lower-case letters/,
      );
    }
  });

  it('refuses a role without an author and an image without alt text', () => {
    expect(check('article', 'title: "T"\nrole: "Director"\nimage: a.png\n').messages).toEqual([
      'x.md:3:1: error: role is set but there is no author: add author or remove role',
      'x.md:4:1: error: an image needs imageAlt: describe the picture for readers who cannot see it',
    ]);
  });

  it('refuses tags that are not a list of text', () => {
    expect(check('article', 'title: "T"\ntags: "one, two"\n').messages[0]).toMatch(
      /^x\.md:3:1: error: tags must be a list/,
    );
  });
});

describe('events in article front matter', () => {
  it('accepts events and names a wrong value by its item and line', () => {
    const good =
      'title: "T"\nevents:\n  - title: "Day"\n    date: 2026-12-03\n    start: "10:00"\n    end: "16:00"\n';
    expect(check('article', good).messages).toEqual([]);
    expect(check('article', good.replace('2026-12-03', '2026-12-32')).messages).toEqual([
      'x.md:5:1: error: events, item 1: date is not a real date: check the day and month',
    ]);
    expect(check('article', good.replace('"16:00"', '"09:00"')).messages).toEqual([
      'x.md:7:1: error: events, item 1: the end time must be after the start time',
    ]);
    expect(check('article', `${good}    room: "B"\n`).messages[0]).toMatch(
      /^x\.md:\d+:1: error: events, item 1: unknown field "room"/,
    );
  });
});

describe('one mistake, one message', () => {
  it('reports a misspelt field once, not again as the field a rule needs', () => {
    expect(check('article', 'title: "T"\nautor: "Jane Holt"\nrole: "Editor"\n').messages).toEqual([
      expect.stringMatching(/^x\.md:3:1: error: unknown field "autor": did you mean "author"\?/),
    ]);
    expect(
      check('edition', `${validEdition}cover: cover.svg\ncovrAlt: "A lighthouse"\n`).messages,
    ).toEqual([
      expect.stringMatching(
        /^x\.md:7:1: error: unknown field "covrAlt": did you mean "coverAlt"\?/,
      ),
    ]);
  });

  it('reports a misspelt required field once, not again as missing', () => {
    expect(check('article', 'titel: "Beacon is live"\n').messages).toEqual([
      expect.stringMatching(/^x\.md:2:1: error: unknown field "titel": did you mean "title"\?/),
    ]);
    expect(check('article', 'summary: "S"\n').messages).toEqual([
      expect.stringMatching(/^x\.md:1:1: error: title is missing/),
    ]);
  });

  it('still says a rule is broken when nothing was misspelt', () => {
    expect(check('article', 'title: "T"\nrole: "Editor"\n').messages).toEqual([
      'x.md:3:1: error: role is set but there is no author: add author or remove role',
    ]);
  });

  it('reports a time that is not a time, without comparing it with the other', () => {
    const event =
      'title: "T"\nevents:\n  - title: "Day"\n    date: 2026-12-03\n    start: "1pm"\n    end: "16:00"\n';
    expect(check('article', event).messages).toEqual([
      expect.stringMatching(
        /^x\.md:6:1: error: events, item 1: start must be a time written HH:MM/,
      ),
    ]);
  });
});

describe('isRealDate', () => {
  it('knows leap years', () => {
    expect(isRealDate('2028-02-29')).toBe(true);
    expect(isRealDate('2026-02-29')).toBe(false);
    expect(isRealDate('2026-13-01')).toBe(false);
  });
});
