import { createHash } from 'node:crypto';
import { buildCacheFolder } from '../site/build-cache';
import { keptFile } from './kept-files';

/*
 * Preview images drawn once per what they show, and kept between builds in
 * <distDir>/cache/preview-cards (./kept-files.ts). A card's file is named by a hash of
 * everything its pixels depend on: what it says (which carries the settings' name and
 * publisher, and a cover's bytes), the fonts it is drawn with, the drawing's version and the
 * renderer's.
 */

/** Everything a card's pixels depend on. */
export interface CardInputs {
  content: unknown;
  fonts: readonly { name: string; data: ArrayBuffer; weight?: number; style?: string }[];
  /** Bumped by hand whenever the drawing itself changes (components/shared/preview-card.tsx). */
  drawing: number;
  /** The renderer's version: Next's, whose next/og draws the card. */
  renderer: string;
}

const fontDigests = new WeakMap<ArrayBuffer, string>();

/** The name a card with these inputs is kept under. */
export function cardKey(inputs: CardInputs): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify([inputs.drawing, inputs.renderer, inputs.content]));
  for (const font of inputs.fonts) {
    let digest = fontDigests.get(font.data);
    if (!digest) {
      digest = createHash('sha256').update(new Uint8Array(font.data)).digest('hex');
      fontDigests.set(font.data, digest);
    }
    hash.update(`${font.name}/${font.weight ?? ''}/${font.style ?? ''}/${digest}`);
  }
  return hash.digest('hex');
}

/** Where cards are kept: the build's cache folder. */
function cardFolder(): string {
  return buildCacheFolder(process.cwd(), 'preview-cards');
}

/** The card kept under `key`, or the one `draw` makes, kept for next time. */
export async function cachedCard(
  key: string,
  draw: () => Promise<Uint8Array<ArrayBuffer>>,
  folder = cardFolder(),
): Promise<Uint8Array<ArrayBuffer>> {
  return (await keptFile(folder, `${key}.png`, draw)) as Uint8Array<ArrayBuffer>;
}
