import { describe, expect, it } from 'vitest';
import { getEditions } from '@/lib/library/getters';
import { readAccessibilityReport } from '@/lib/site/accessibility-report';
import { accessibilityPages } from '../../support/accessibility-pages';

// The record the accessibility statement publishes is of the sample content in content/ (the
// folder the getters read when no other is named), so it is checked against that content.
describe('the recorded accessibility run', () => {
  const report = readAccessibilityReport();

  it('covers every page of the sample content, run npm run accessibility:report after adding pages', () => {
    expect(report?.pages.map((result) => result.path).sort()).toEqual(
      accessibilityPages(getEditions()).sort(),
    );
  });

  it('found no failures', () => {
    expect(report?.pages.every((result) => result.violations === 0)).toBe(true);
  });
});
