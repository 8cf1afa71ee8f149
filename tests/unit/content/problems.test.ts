import { describe, expect, it } from 'vitest';
import { ContentError, formatProblem, ProblemList, sortProblems } from '@/lib/content/problems';

describe('ProblemList', () => {
  it('counts errors only: warnings and notes never stop publication', () => {
    const problems = new ProblemList();
    problems.warn('a.md', 3, 'a long sentence');
    problems.note('a.md', 4, 'a cleared phone number');
    expect(problems.errorCount).toBe(0);
    problems.add('a.md', 5, 'an unknown field');
    expect(problems.errorCount).toBe(1);
    expect(problems.items).toHaveLength(3);
  });
});

describe('messages', () => {
  it('are written file:line:col: severity: message, the form editors and CI read', () => {
    expect(
      formatProblem({ file: 'a.md', line: 2, column: 5, severity: 'error', message: 'fix it' }),
    ).toBe('a.md:2:5: error: fix it');
  });

  it('are sorted by file, then line, then column', () => {
    const at = (file: string, line: number, column: number) => ({
      file,
      line,
      column,
      severity: 'error' as const,
      message: '',
    });
    expect(
      sortProblems([at('b.md', 1, 1), at('a.md', 9, 1), at('a.md', 2, 7), at('a.md', 2, 3)]),
    ).toEqual([at('a.md', 2, 3), at('a.md', 2, 7), at('a.md', 9, 1), at('b.md', 1, 1)]);
  });

  it('a ContentError lists every error, not the warnings, in its message', () => {
    const problems = new ProblemList();
    problems.add('b.md', 1, 'second');
    problems.warn('a.md', 1, 'advice');
    problems.add('a.md', 1, 'first');
    const error = new ContentError(problems.items);
    expect(error.message).toBe(
      'The content has 2 problems to fix before it can be published:\na.md:1:1: error: first\nb.md:1:1: error: second',
    );
    expect(error.problems).toHaveLength(3);
  });
});
