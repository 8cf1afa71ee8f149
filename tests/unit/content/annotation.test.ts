import { describe, expect, it } from 'vitest';
import { annotation } from '@/lib/content/problems';

describe('a problem as a workflow annotation', () => {
  it('names the file, line and column, and escapes what would end the command early', () => {
    expect(
      annotation({
        file: 'content/editions/09-a,b/01-x.md',
        line: 4,
        column: 7,
        severity: 'warning',
        message: 'first line\nsecond: 100%',
      }),
    ).toBe(
      '::warning file=content/editions/09-a%2Cb/01-x.md,line=4,col=7,title=Content advice::first line%0Asecond: 100%25',
    );
  });

  it('shows a cleared item as a notice', () => {
    const note = { file: 'a.md', line: 1, column: 1, severity: 'note' as const, message: 'm' };
    expect(annotation(note)).toBe('::notice file=a.md,line=1,col=1,title=Content advice::m');
  });
});
