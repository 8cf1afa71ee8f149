import { describe, expect, it } from 'vitest';
import { checkContentDesign, firstSentence } from '@/lib/content/content-design';
import { parseMarkdown } from '@/lib/markdown/syntax';
import { formatProblem, ProblemList } from '@/lib/content/problems';

function check(markdown: string, approved?: string) {
  const problems = new ProblemList();
  checkContentDesign(parseMarkdown(markdown), { file: 'a.md', firstLine: 10, approved }, problems);
  return problems.items.map(formatProblem);
}

describe('content design warnings', () => {
  it('says nothing about plain, well-structured writing', () => {
    expect(
      check(
        '## Background\n\nA short sentence. Another one.\n\n### Detail\n\nSee [the referral guide](https://a.example/guide).\n',
      ),
    ).toEqual([]);
  });

  it('refuses an image without a description, and accepts one marked as decoration', () => {
    expect(check('![](chart.png)')).toEqual([
      expect.stringMatching(
        /^a\.md:10:1: error: this image has no description: .* or if it is only decoration write !\[decorative\]\(chart\.png\)$/,
      ),
    ]);
    expect(check('![decorative](rule.png)')).toEqual([]);
  });

  it('warns about vague link text and bare web addresses', () => {
    expect(
      check(
        'For details [click here](https://a.example). Or [here](https://b.example).\n\nSee https://c.example/page.',
      ),
    ).toEqual([
      expect.stringMatching(
        /^a\.md:10:13: warning: link text "click here" does not say where it goes/,
      ),
      expect.stringMatching(/^a\.md:10:49: warning: link text "here" does not say where it goes/),
      expect.stringMatching(
        /^a\.md:12:5: warning: "https:\/\/c\.example\/page" is a bare web address, shown as text rather than a link/,
      ),
    ]);
    expect(check('Also <https://d.example/x> and\nsee www.e.example.')).toEqual([
      expect.stringMatching(/^a\.md:10:6: warning: a bare web address as link text/),
      expect.stringMatching(/^a\.md:11:5: warning: "www\.e\.example" is a bare web address/),
    ]);
  });

  it('warns when heading levels skip', () => {
    expect(check('## One\n\nText.\n\n#### Too deep\n\nText.')).toEqual([
      expect.stringMatching(
        /^a\.md:14:1: warning: this heading jumps from level 2 to level 4: use ### here/,
      ),
    ]);
    expect(check('### Starts too deep\n\nText.')[0]).toMatch(
      /jumps from level 1 to level 3: use ## here/,
    );
  });

  it('warns about sentences over 30 words, naming their length', () => {
    const long = `${'word '.repeat(31).trim()}. Short one.`;
    expect(check(long)).toEqual([
      expect.stringMatching(/^a\.md:10:1: warning: a sentence of 31 words \("word word word/),
    ]);
    expect(check(`${'word '.repeat(30).trim()}.`)).toEqual([]);
  });

  it('says long sentences once, as a note, in wording someone signed off', () => {
    const long = `${'word '.repeat(31).trim()}.\n\n${'word '.repeat(40).trim()}. Short.`;
    expect(check(long, 'Approved by the Chief Constable, 2 March 2027')).toEqual([
      'a.md:10:1: note: 2 sentences are over 30 words, left as approved: Approved by the Chief Constable, 2 March 2027',
    ]);
  });

  it('warns about an empty section', () => {
    expect(check('## Empty\n\n## Full\n\nText.\n\n## Also empty')).toEqual([
      expect.stringMatching(/^a\.md:10:1: warning: the section "Empty" is empty/),
      expect.stringMatching(/^a\.md:16:1: warning: the section "Also empty" is empty/),
    ]);
  });
});

describe('the first sentence, for an article without a summary', () => {
  it('ends at the first full stop, question or exclamation mark', () => {
    expect(firstSentence('The tool is live in every force. Officers use it daily.')).toBe(
      'The tool is live in every force.',
    );
    expect(firstSentence('Who do you call? The helpline, always.')).toBe('Who do you call?');
    expect(firstSentence('“It works,” she said. “Every time.”')).toBe('“It works,” she said.');
  });

  it('runs on past titles, ranks and initials', () => {
    expect(
      firstSentence('Det. Insp. R. Shah met Dr. Okafor on No. 10 Quay Street. They talked.'),
    ).toBe('Det. Insp. R. Shah met Dr. Okafor on No. 10 Quay Street.');
    expect(firstSentence('Partners, e.g. councils, joined. Others followed.')).toBe(
      'Partners, e.g. councils, joined.',
    );
  });

  it('cuts a long approved sentence at a word near thirty, and says so', () => {
    const long =
      'Following extensive consultation with partner agencies across the region, including local authorities, health services, housing providers, voluntary organisations and community groups, the programme board has agreed a revised strategy for the coming year.';
    const cut = firstSentence(long);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.split(' ').length).toBeLessThanOrEqual(30);
    expect(cut.split(' ').length).toBeGreaterThan(18);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(cut).not.toMatch(/[,;:]…$/);
  });

  it('is the whole paragraph when it has one short sentence without a stop', () => {
    expect(firstSentence('Coming soon')).toBe('Coming soon');
  });
});
