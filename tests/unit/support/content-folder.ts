import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import type { LoaderSettings } from '@/lib/content/types';
import { loadLibrary } from '@/lib/library/load';
import { ContentError, formatProblem } from '@/lib/content/problems';
import type { SiteSettings } from '@/lib/site/settings';

const made: string[] = [];

afterAll(() => {
  for (const folder of made.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

/** The test magazine's content/site.yml: testSite's identity. */
export const testSiteFile = [
  'name: Test Magazine',
  'publisher: The Test Programme',
  'description: A magazine for tests.',
  'language: en-GB',
  'timeZone: Europe/London',
  'emailDomains: [team.example.org]',
  'phoneNumbers: ["0113 496 0000"]',
  'accessibilityContact: access@mag.example.org',
  'emailReason: You receive this because you asked to.',
  '',
].join('\n');

/**
 * Writes a content folder for one test, e.g. `{ 'editions/a/edition.md': '---\n...' }`, and
 * returns its path; its site.yml is the test magazine's unless `files` gives one. Folders are
 * removed when the test file finishes.
 */
export function contentFolder(files: Record<string, string | Uint8Array>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'masthead-content-'));
  made.push(root);
  for (const [name, body] of Object.entries({ 'site.yml': testSiteFile, ...files })) {
    const target = path.join(root, name);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, body);
  }
  return root;
}

/** A minimal valid edition.md with the given number, plus optional extra lines. */
export function editionFile(number: number, extra = ''): string {
  return `---\nnumber: ${number}\ntitle: "Edition ${number}"\npublished: 2026-01-15\nsummary: "Summary of edition ${number}."\n${extra}---\n\nIntroduction to edition ${number}.\n`;
}

/** A minimal valid article with the given title, plus optional extra front matter and body. */
export function articleFile(title: string, extra = '', body = 'The article text.'): string {
  return `---\ntitle: ${JSON.stringify(title)}\n${extra}---\n\n${body}\n`;
}

/** A 2×1 pixel PNG, the smallest real image the loader can measure. */
export const tinyPng = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAD0lEQVQImWMwTptpnDYTAAeZAmUGcC4NAAAAAElFTkSuQmCC',
    'base64',
  ),
);

/** Loader settings for tests: a fixed address, one allowed email domain and phone number. */
export const settings: LoaderSettings = {
  baseUrl: 'https://mag.example.org',
  emailDomains: ['team.example.org'],
  phoneNumbers: ['0113 496 0000'],
  timeZone: 'Europe/London',
};

/** Site settings for tests: a fixed name, address and time zone. */
export const testSite: SiteSettings = {
  name: 'Test Magazine',
  publisher: 'The Test Programme',
  description: 'A magazine for tests.',
  baseUrl: 'https://mag.example.org',
  language: 'en-GB',
  timeZone: 'Europe/London',
  emailDomains: [],
  phoneNumbers: [],
  accessibilityContact: 'access@mag.example.org',
  emailReason: 'You receive this because you asked to.',
};

/**
 * The errors a content folder makes the loader report, each as `editions/…:line:col: error:
 * message` (the temporary folder's own path left out).
 */
export function errorsIn(folder: string): string[] {
  try {
    loadLibrary(folder, settings);
    return [];
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return error.problems
      .filter((problem) => problem.severity === 'error')
      .map((problem) => formatProblem(problem).slice(formatProblem(problem).indexOf('editions/')));
  }
}
