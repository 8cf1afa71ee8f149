import { describe, expect, it } from 'vitest';
import { decodeText, splitFrontMatter } from '@/lib/content/front-matter';
import { formatProblem, ProblemList } from '@/lib/content/problems';

function split(text: string) {
  const problems = new ProblemList();
  const result = splitFrontMatter(text, 'a.md', problems);
  return { result, messages: problems.items.map(formatProblem) };
}

describe('splitFrontMatter', () => {
  it('reads fields, their lines, and where the body starts', () => {
    const { result, messages } = split('---\ntitle: "Hello"\nnumber: 3\n---\n\nBody text.\n');
    expect(messages).toEqual([]);
    expect(result?.data).toEqual({ title: 'Hello', number: 3 });
    expect(result?.fields.get('number')).toEqual({ line: 3, column: 1 });
    expect(result?.bodyLine).toBe(5);
    expect(result?.body).toBe('\nBody text.\n');
  });

  it('reads values with YAML 1.2 rules, so dates, times and "no" stay as written', () => {
    const { result } = split('---\npublished: 2025-02-30\ntime: 10:30\ndraft: no\n---\n');
    expect(result?.data).toEqual({ published: '2025-02-30', time: '10:30', draft: 'no' });
  });

  it('refuses JavaScript front matter without running it', () => {
    const marker = '__mastheadFrontMatterRan';
    for (const opening of ['---js', '---javascript', '--- js', '---JS']) {
      const { result, messages } = split(
        `${opening}\n{ title: (globalThis.${marker} = true, "x") }\n---\nBody\n`,
      );
      expect(result).toBeUndefined();
      expect(messages[0]).toMatch(
        /^a\.md:1:1: error: front matter must open with a line of exactly ---/,
      );
    }
    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
  });

  it('reports front matter that is never closed instead of swallowing the body', () => {
    const { result, messages } = split('---\ntitle: "Open"\n\nA body that happens to be text.\n');
    expect(result).toBeUndefined();
    expect(messages).toEqual([
      'a.md:1:1: error: the front matter opened on line 1 is never closed: add a line with just --- after the last field',
    ]);
  });

  it('reports blank lines above the front matter', () => {
    const { messages } = split('\n---\ntitle: "x"\n---\n');
    expect(messages[0]).toContain('remove the blank lines above the front matter');
  });

  it('reports a file without front matter', () => {
    const { messages } = split('# Just a heading\n');
    expect(messages[0]).toContain('the file must start with front matter');
  });

  it('reports YAML syntax errors at the line of the file', () => {
    const { result, messages } = split('---\ntitle: "ok"\nsummary: Update: the roll-out\n---\n');
    expect(result).toBeUndefined();
    expect(messages[0]).toMatch(
      /^a\.md:3:\d+: error: a value on this line holds ": " .* put the whole value in double quotes/,
    );
  });

  it('says what to change in an editor’s words, never the parser’s', () => {
    for (const [front, advice] of [
      ['title: "unclosed\nsummary: "x"\n', /a quote or bracket is opened and never closed/],
      ['\ttitle: "x"\n', /indented with a tab: use spaces/],
      ['title: @home\n', /starts with a character that must be quoted/],
      ['tags: [a, b\n', /close every \[ with \]/],
      ["title: 'it's'\n", /more on this line than one value/],
    ] as const) {
      const { messages } = split(`---\n${front}---\n`);
      expect(messages[0], front).toMatch(advice);
      expect(messages.join('\n'), front).not.toMatch(
        /mapping|scalar|implicit key|flow sequence|block collection|YAML/i,
      );
    }
  });

  it('reports a field written twice', () => {
    const { messages } = split('---\ntitle: "a"\ntitle: "b"\n---\n');
    expect(messages[0]).toMatch(/^a\.md:3:\d+: error: this field is written twice/);
  });

  it('refuses YAML aliases, which can expand into huge documents', () => {
    const { result, messages } = split('---\nlist: &a [1, 2]\nagain: *a\n---\n');
    expect(result).toBeUndefined();
    expect(messages[0]).toMatch(/^a\.md:3:\d+: error: YAML aliases/);
  });

  it('reports a title cut short by " #", which YAML reads as a comment', () => {
    const { messages } = split('---\ntitle: Issue #3 update\n---\n');
    expect(messages).toEqual([
      'a.md:2:1: error: the value of title stops at " #": YAML reads the rest as a comment. Put the whole value in double quotes',
    ]);
  });

  it('refuses numbers with a leading zero, which YAML versions read differently', () => {
    const { messages } = split('---\nnumber: 012\n---\n');
    expect(messages).toEqual(['a.md:2:1: error: write number without a leading zero, e.g. 12']);
  });

  it('accepts empty front matter', () => {
    const { result } = split('---\n---\nBody\n');
    expect(result?.data).toEqual({});
    expect(result?.bodyLine).toBe(3);
  });
});

describe('decodeText', () => {
  it('drops a byte-order mark and turns CRLF and CR line endings into LF', () => {
    const problems = new ProblemList();
    const bytes = new TextEncoder().encode('\uFEFF---\r\ntitle: "x"\r\n---\rBody\r\n');
    expect(decodeText(bytes, 'a.md', problems)).toBe('---\ntitle: "x"\n---\nBody\n');
    expect(problems.errorCount).toBe(0);
  });

  it('refuses bytes that are not UTF-8, naming the line', () => {
    const problems = new ProblemList();
    const bytes = Uint8Array.from([
      ...new TextEncoder().encode('---\ntitle: "caf'),
      0xe9,
      ...new TextEncoder().encode('"\n---\n'),
    ]);
    expect(decodeText(bytes, 'a.md', problems)).toBeUndefined();
    expect(problems.items.map(formatProblem)).toEqual([
      'a.md:2:1: error: this file is not valid UTF-8 text: save it again with UTF-8 encoding',
    ]);
  });

  it('refuses NUL characters', () => {
    const problems = new ProblemList();
    expect(decodeText(new TextEncoder().encode('---\n\u0000\n'), 'a.md', problems)).toBeUndefined();
    expect(problems.items[0]?.line).toBe(2);
  });
});
