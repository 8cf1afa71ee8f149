import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '@/lib/library/load';
import { cachedCard, cardKey, type CardInputs } from '@/lib/outputs/card-cache';
import { articlePreview } from '@/lib/outputs/preview-card';
import {
  articleFile,
  contentFolder,
  editionFile,
  settings,
  testSite,
} from '../support/content-folder';

/*
 * A preview image is drawn once and kept under a name made from everything it depends on, so
 * the cache can never hand back a card for what a page used to say.
 */

const font = { name: 'Serif', data: new Uint8Array([1, 2, 3]).buffer, weight: 400 };

/** The card inputs of an edition's first article, as its preview-image route makes them. */
function inputsFor(title: string, site = testSite, renderer = '16.4.6'): CardInputs {
  const folder = contentFolder({
    'editions/a/edition.md': editionFile(1),
    'editions/a/01-story.md': articleFile(title),
  });
  const [edition] = loadLibrary(folder, settings).editions;
  const article = edition?.articles[0];
  if (!edition || !article) throw new Error('no article');
  return { content: articlePreview(article, edition, site), fonts: [font], drawing: 1, renderer };
}

describe('the preview-image cache', () => {
  it('finds the same card for the same page', () => {
    expect(cardKey(inputsFor('Beacon goes south'))).toBe(cardKey(inputsFor('Beacon goes south')));
  });

  it('misses after a changed file, a changed setting, a new renderer, drawing or font', () => {
    const before = cardKey(inputsFor('Beacon goes south'));
    const changed = [
      inputsFor('Beacon goes further south'),
      inputsFor('Beacon goes south', { ...testSite, publisher: 'The Renamed Programme' }),
      inputsFor('Beacon goes south', testSite, '16.5.0'),
      { ...inputsFor('Beacon goes south'), drawing: 2 },
      {
        ...inputsFor('Beacon goes south'),
        fonts: [{ ...font, data: new Uint8Array([1, 2, 4]).buffer }],
      },
    ];
    for (const inputs of changed) expect(cardKey(inputs)).not.toBe(before);
  });

  it('draws a card once and reads it back after, from the folder it keeps', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'masthead-cards-'));
    let drawn = 0;
    const draw = async () => {
      drawn += 1;
      return new Uint8Array([137, 80, 78, 71, drawn]);
    };
    const first = await cachedCard('a'.repeat(64), draw, folder);
    const again = await cachedCard('a'.repeat(64), draw, folder);
    expect(drawn).toBe(1);
    expect([...again]).toEqual([...first]);
    await cachedCard('b'.repeat(64), draw, folder);
    expect(drawn).toBe(2);
    expect(fs.readdirSync(folder).sort()).toEqual([
      `${'a'.repeat(64)}.png`,
      `${'b'.repeat(64)}.png`,
    ]);
  });
});
