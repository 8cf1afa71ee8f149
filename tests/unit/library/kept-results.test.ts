import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codeVersion, KeptResults } from '@/lib/library/kept-results';
import type { LoaderSettings } from '@/lib/content/types';
import { loadLibrary, type LoadOptions } from '@/lib/library/load';
import { ContentError, type ContentProblem } from '@/lib/content/problems';
import { site } from '@/lib/content/site';
import {
  articleFile,
  contentFolder,
  editionFile,
  settings,
  tinyPng,
} from '../support/content-folder';

/*
 * Each edition's result is kept under a hash of what it was made from, so `npm run check`
 * after one changed file parses one edition. A kept result must never stand in for a changed
 * one: a changed file, setting or version of the code each makes it again.
 */

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'masthead-kept-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));
let folders = 0;
const keptFolder = () => path.join(scratch, `kept-${(folders += 1)}`);

/** The findings of a load, thrown or returned. */
function findingsOf(
  folder: string,
  loaderSettings: LoaderSettings,
  options: LoadOptions,
): ContentProblem[] {
  try {
    // The notes (an edition without a cover) are the same either way; these tests are about
    // what the settings and files change.
    return loadLibrary(folder, loaderSettings, options).findings.filter(
      (finding) => finding.severity !== 'note',
    );
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return [...error.problems];
  }
}

describe("the loader's kept results", () => {
  it('give the same library as loading afresh, rendered or checked', () => {
    const fixture = path.resolve('tests/fixtures/site');
    for (const render of [true, false]) {
      const kept = new KeptResults(keptFolder(), 'v1');
      const fresh = loadLibrary(fixture, site, { render });
      const first = loadLibrary(fixture, site, { render, kept });
      const again = loadLibrary(fixture, site, { render, kept });
      expect(kept.misses).toBe(fresh.editions.length);
      expect(kept.hits).toBe(fresh.editions.length);
      expect(first).toEqual(fresh);
      expect(again).toEqual(fresh);
      expect(again.editions[0]?.articles[0]?.body.html.length ?? 0).toBeGreaterThan(
        render ? 100 : -1,
      );
    }
  });

  it('keep warnings and errors, and report them again without parsing', () => {
    const folder = contentFolder({
      'editions/a/edition.md': editionFile(1),
      'editions/a/01-story.md': articleFile('Story', '', '# A second title\n\nText.'),
      'editions/b/edition.md': editionFile(2),
      'editions/b/01-story.md': articleFile('Story', '', 'See https://example.org/x here.'),
    });
    const kept = new KeptResults(keptFolder(), 'v1');
    const fresh = findingsOf(folder, settings, {});
    expect(fresh.some((finding) => finding.severity === 'error')).toBe(true);
    findingsOf(folder, settings, { kept });
    expect(findingsOf(folder, settings, { kept })).toEqual(fresh);
    expect(kept.hits).toBe(2);
  });

  it('make again only the edition whose file changed, and drop its old result', () => {
    const folder = contentFolder({
      'editions/a/edition.md': editionFile(1),
      'editions/a/01-story.md': articleFile('Beacon goes south'),
      'editions/b/edition.md': editionFile(2),
      'editions/b/01-story.md': articleFile('Training dates'),
    });
    const kept = new KeptResults(keptFolder(), 'v1');
    loadLibrary(folder, settings, { kept });
    fs.writeFileSync(path.join(folder, 'editions/a/01-story.md'), articleFile('Beacon goes north'));
    const changed = loadLibrary(folder, settings, { kept });
    expect(changed.byKey.get('1')?.articles[0]?.title).toBe('Beacon goes north');
    expect(kept.misses).toBe(3);
    expect(kept.hits).toBe(1);
    expect(fs.readdirSync(kept.folder)).toHaveLength(2);
  });

  it('make again after a picture is added to the folder', () => {
    const folder = contentFolder({
      'editions/a/edition.md': editionFile(1),
      'editions/a/01-story.md': articleFile('Story', 'summary: "A story."\n', '![A map](map.png)'),
    });
    const kept = new KeptResults(keptFolder(), 'v1');
    const missing = findingsOf(folder, settings, { kept });
    expect(missing.map((finding) => finding.message).join()).toMatch(/map\.png/);
    fs.writeFileSync(path.join(folder, 'editions/a/map.png'), tinyPng);
    expect(findingsOf(folder, settings, { kept })).toEqual([]);
    expect(kept.hits).toBe(0);
  });

  it('are shared by a check and a preview that leaves broken editions out', () => {
    const folder = contentFolder({
      'editions/a/edition.md': editionFile(1),
      'editions/a/01-story.md': articleFile('Story'),
    });
    const kept = new KeptResults(keptFolder(), 'v1');
    loadLibrary(folder, settings, { render: false, kept });
    loadLibrary(folder, settings, { render: false, leaveOutBroken: false, kept });
    loadLibrary(folder, settings, { render: false, leaveOutBroken: true, kept });
    expect(kept.misses).toBe(1);
    expect(kept.hits).toBe(2);
  });

  it('make again after a changed setting', () => {
    const folder = contentFolder({
      'editions/a/edition.md': editionFile(1),
      'editions/a/01-story.md': articleFile(
        'Story',
        'summary: "A story."\n',
        'Write to jo@partner.example.org.',
      ),
    });
    const kept = new KeptResults(keptFolder(), 'v1');
    const refused = findingsOf(folder, settings, { kept });
    expect(refused.map((finding) => finding.message).join()).toMatch(/jo@partner\.example\.org/);
    const allowing = { ...settings, emailDomains: ['partner.example.org'] };
    expect(findingsOf(folder, allowing, { kept })).toEqual([]);
    expect(findingsOf(folder, settings, { kept })).toEqual(refused);
    expect(kept.hits).toBe(0);
  });

  it('make again under another version of the code, and survive a damaged file', () => {
    const folder = contentFolder({
      'editions/a/edition.md': editionFile(1),
      'editions/a/01-story.md': articleFile('Story'),
    });
    const where = keptFolder();
    loadLibrary(folder, settings, { kept: new KeptResults(where, 'v1') });
    const newer = new KeptResults(where, 'v2');
    loadLibrary(folder, settings, { kept: newer });
    expect(newer.misses).toBe(1);

    for (const name of fs.readdirSync(where)) fs.writeFileSync(path.join(where, name), 'garbage');
    const after = new KeptResults(where, 'v2');
    expect(loadLibrary(folder, settings, { kept: after }).editions[0]?.articles[0]?.title).toBe(
      'Story',
    );
    expect(after.misses).toBe(1);
  });
});

describe("the code's version", () => {
  it('changes with any source file under lib/ and with the locked dependencies', () => {
    const root = fs.mkdtempSync(path.join(scratch, 'code-'));
    fs.mkdirSync(path.join(root, 'lib/markdown'), { recursive: true });
    fs.writeFileSync(path.join(root, 'lib/markdown/render.ts'), 'export const a = 1;');
    fs.writeFileSync(path.join(root, 'package-lock.json'), '{"remark":"15.0.1"}');
    const first = codeVersion(root);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(codeVersion(root)).toBe(first);

    fs.writeFileSync(path.join(root, 'lib/markdown/render.ts'), 'export const a = 2;');
    const edited = codeVersion(root);
    expect(edited).not.toBe(first);

    fs.writeFileSync(path.join(root, 'package-lock.json'), '{"remark":"15.0.2"}');
    expect(codeVersion(root)).not.toBe(edited);
  });

  it('is unknown where the sources are not, so nothing is kept there', () => {
    expect(codeVersion(fs.mkdtempSync(path.join(scratch, 'standalone-')))).toBeUndefined();
  });
});
