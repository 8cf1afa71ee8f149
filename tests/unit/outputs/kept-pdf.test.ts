import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '@/lib/library/load';
import type { Edition } from '@/lib/library/getters';
import { keptEditionPdf, pdfKey, type PdfInputs } from '@/lib/outputs/pdf/kept-pdf';
import {
  articleFile,
  contentFolder,
  editionFile,
  settings,
  testSite,
  tinyPng,
} from '../support/content-folder';

/*
 * A PDF edition is written once and kept under a name made from everything it is made from, so
 * a build can never hand out the PDF of what an edition used to say: not after a correction, a
 * withdrawal, a changed picture or setting, nor after the code that writes it changed.
 */

/**
 * An edition of one article with one picture, in one folder, loaded as a build loads it; each
 * call writes the article anew, as an editor's change does.
 */
function editionIn(folder: string, title: string, extra = ''): Edition {
  fs.writeFileSync(
    path.join(folder, 'editions/a/01-story.md'),
    articleFile(title, extra, 'The text.\n\n![A map of the region](map.png)'),
  );
  const [edition] = loadLibrary(folder, settings).editions;
  if (!edition) throw new Error('no edition');
  return edition;
}

function newFolder(): string {
  return contentFolder({
    'editions/a/edition.md': editionFile(1),
    'editions/a/01-story.md': articleFile('Placeholder'),
    'editions/a/map.png': tinyPng,
  });
}

function inputs(edition: Edition, overrides: Partial<PdfInputs> = {}): PdfInputs {
  return {
    edition,
    site: testSite,
    pictures: [{ name: 'map.png', contentType: 'image/png', bytes: tinyPng }],
    code: 'code-1',
    ...overrides,
  };
}

describe('the PDF editions kept between builds', () => {
  it('finds the same PDF for the same edition, loaded again', () => {
    const folder = newFolder();
    expect(pdfKey(inputs(editionIn(folder, 'Beacon goes south')))).toBe(
      pdfKey(inputs(editionIn(folder, 'Beacon goes south'))),
    );
  });

  it('misses after a changed article, withdrawal, picture, setting or code', () => {
    const folder = newFolder();
    const edition = editionIn(folder, 'Beacon goes south');
    const before = pdfKey(inputs(edition));
    const changed = [
      inputs(editionIn(folder, 'Beacon goes further south')),
      inputs(
        editionIn(
          folder,
          'Beacon goes south',
          'withdrawn:\n  date: 2026-02-01\n  reason: "The figures were wrong."\n',
        ),
      ),
      inputs(edition, {
        pictures: [{ name: 'map.png', contentType: 'image/png', bytes: Uint8Array.from([1, 2]) }],
      }),
      inputs(edition, { site: { ...testSite, publisher: 'The Renamed Programme' } }),
      inputs(edition, { code: 'code-2' }),
    ];
    for (const changedInputs of changed) expect(pdfKey(changedInputs)).not.toBe(before);
  });

  it('writes a PDF once and reads it back after, while building', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'masthead-pdfs-'));
    const edition = editionIn(newFolder(), 'Beacon goes south');
    const read = async (name: string) =>
      name === 'map.png' ? { bytes: tinyPng, contentType: 'image/png' } : undefined;

    const first = await keptEditionPdf(edition, testSite, read, 'code-1', folder);
    expect(new TextDecoder('latin1').decode(first.slice(0, 5))).toBe('%PDF-');
    const [kept] = fs.readdirSync(folder);
    expect(kept).toMatch(/^[0-9a-f]{64}\.pdf$/);

    // What is read back is the kept file, not a PDF written again.
    fs.writeFileSync(path.join(folder, kept ?? ''), '%PDF-kept');
    const again = await keptEditionPdf(edition, testSite, read, 'code-1', folder);
    expect(new TextDecoder().decode(again)).toBe('%PDF-kept');

    // Another version of the code writes its own.
    await keptEditionPdf(edition, testSite, read, 'code-2', folder);
    expect(fs.readdirSync(folder)).toHaveLength(2);
  });

  it('keeps nothing where the code cannot be known (a running server)', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'masthead-pdfs-'));
    const pdf = await keptEditionPdf(
      editionIn(newFolder(), 'Beacon goes south'),
      testSite,
      async () => undefined,
      undefined,
      folder,
    );
    expect(new TextDecoder('latin1').decode(pdf.slice(0, 5))).toBe('%PDF-');
    expect(fs.readdirSync(folder)).toEqual([]);
  });
});
