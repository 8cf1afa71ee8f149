import fs from 'node:fs';
import path from 'node:path';

/*
 * The record of the last accessibility test run, which the accessibility statement
 * publishes. `npm run accessibility:report` runs axe over every page and writes it to
 * docs/accessibility-report.json; the test suite checks that it is current.
 */

/** The result for one page. */
export interface PageResult {
  path: string;
  /** Failures found, light and dark theme together. */
  violations: number;
}

/** One run of the automated accessibility tests. */
export interface AccessibilityReport {
  standard: string;
  tool: string;
  /** The day of the run, YYYY-MM-DD. */
  date: string;
  themes: string[];
  pages: PageResult[];
}

export const REPORT_FILE = path.join('docs', 'accessibility-report.json');

/** The address tested to check the page-not-found page (it answers 404 on purpose). */
export const NOT_FOUND_EXAMPLE = '/no-such-page';

function isReport(value: unknown): value is AccessibilityReport {
  if (typeof value !== 'object' || value === null) return false;
  const report = value as Record<string, unknown>;
  return (
    typeof report.standard === 'string' &&
    typeof report.tool === 'string' &&
    typeof report.date === 'string' &&
    Array.isArray(report.themes) &&
    Array.isArray(report.pages) &&
    report.pages.every(
      (page) => typeof page?.path === 'string' && typeof page?.violations === 'number',
    )
  );
}

/** The last report, or undefined when there is none (or it cannot be read). */
export function readAccessibilityReport(): AccessibilityReport | undefined {
  try {
    const parsed: unknown = JSON.parse(
      fs.readFileSync(path.join(/* turbopackIgnore: true */ process.cwd(), REPORT_FILE), 'utf8'),
    );
    return isReport(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}
