import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import {
  REPORT_FILE,
  type AccessibilityReport,
  type PageResult,
} from '@/lib/site/accessibility-report';
import { getEditions } from '@/lib/library/getters';
import { today } from '@/lib/content/publishing';
import { site } from '@/lib/content/site';
import { accessibilityPages } from '../support/accessibility-pages';

/*
 * axe, with the WCAG 2.2 A and AA rules, on every page of the site in the light and the dark
 * theme. With MASTHEAD_WRITE_ACCESSIBILITY_REPORT=1 (npm run accessibility:report) the run
 * is recorded in docs/accessibility-report.json, which the accessibility statement publishes
 * (that script serves the sample content; tests/unit/site/accessibility-report.test.ts checks
 * the record still covers every page of it).
 */

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const THEMES = ['light', 'dark'] as const;

// From the getters, not ./support/site: npm run accessibility:report runs this file alone on the
// sample content, which lacks the features the other browser tests require by name.
const pages = accessibilityPages(getEditions());

test('every page has no accessibility failures, in both themes', async ({ browser }) => {
  // About a hundred pages, twice: 7.5 minutes on the two-core build machine, with room for a
  // busier one.
  test.setTimeout(900_000);
  const results: PageResult[] = [];
  const failures: string[] = [];
  for (const theme of THEMES) {
    const context = await browser.newContext({ colorScheme: theme });
    const page = await context.newPage();
    for (const path of pages) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      const entry = results.find((result) => result.path === path) ?? { path, violations: 0 };
      entry.violations += violations.length;
      if (!results.includes(entry)) results.push(entry);
      for (const violation of violations)
        failures.push(
          `${theme} ${path}: ${violation.id} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
        );
    }
    await context.close();
  }

  if (process.env.MASTHEAD_WRITE_ACCESSIBILITY_REPORT) {
    const axeVersion = (
      JSON.parse(fs.readFileSync('node_modules/axe-core/package.json', 'utf8')) as {
        version: string;
      }
    ).version;
    const report: AccessibilityReport = {
      standard: 'WCAG 2.2 AA',
      tool: `axe-core ${axeVersion}`,
      date: today(site.timeZone),
      themes: [...THEMES],
      pages: results,
    };
    fs.writeFileSync(REPORT_FILE, `${JSON.stringify(report, null, 2)}\n`);
  }
  expect(failures).toEqual([]);
});

test('the accessibility statement publishes the recorded run', async ({ page }) => {
  const report = JSON.parse(fs.readFileSync(REPORT_FILE, 'utf8')) as AccessibilityReport;
  await page.goto('/accessibility');
  await expect(page.locator('h1')).toHaveText(`Accessibility statement for ${site.name}`);
  await expect(page.getByText(`Every page was tested: ${report.pages.length} pages`)).toBeVisible();
  await expect(page.getByRole('link', { name: site.accessibilityContact }).first()).toHaveAttribute(
    'href',
    `mailto:${site.accessibilityContact}`,
  );
});
