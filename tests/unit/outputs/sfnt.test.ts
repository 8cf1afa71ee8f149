import fs from 'node:fs';
import path from 'node:path';
import { create, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { unwrapWoff } from '@/lib/outputs/pdf/sfnt';

/*
 * The PDF's fonts are unwrapped from WOFF once, so that embedding a subset does not inflate the
 * glyph table again for every glyph. The unwrapped file must be the same font, table for table.
 */

const fonts = path.resolve('lib/fonts');
const woffFiles = fs.readdirSync(fonts).filter((name) => name.endsWith('.woff'));

/** The OpenType checksum of a table: its bytes as big-endian 32-bit words, summed. */
function checksum(bytes: Buffer): number {
  const padded = Buffer.concat([bytes, Buffer.alloc((4 - (bytes.length % 4)) % 4)]);
  let sum = 0;
  for (let at = 0; at < padded.length; at += 4) sum = (sum + padded.readUInt32BE(at)) >>> 0;
  return sum;
}

describe('unwrapping a WOFF font', () => {
  it.each(woffFiles)('gives %s back as the same font, every table intact', (name) => {
    const woff = fs.readFileSync(path.join(fonts, name));
    const sfnt = unwrapWoff(woff);
    expect([0x00010000, 0x4f54544f]).toContain(sfnt.readUInt32BE(0));

    const numTables = sfnt.readUInt16BE(4);
    expect(numTables).toBe(woff.readUInt16BE(12));
    for (let index = 0; index < numTables; index += 1) {
      const at = 12 + index * 16;
      const tag = sfnt.toString('latin1', at, at + 4);
      const offset = sfnt.readUInt32BE(at + 8);
      const table = sfnt.subarray(offset, offset + sfnt.readUInt32BE(at + 12));
      expect(offset % 4).toBe(0);
      // The head table's checksum leaves out its own adjustment field, by definition.
      if (tag !== 'head') expect(checksum(table), tag).toBe(sfnt.readUInt32BE(at + 4));
    }

    const before = create(woff) as Font;
    const after = create(sfnt) as Font;
    expect(after.familyName).toBe(before.familyName);
    expect(after.numGlyphs).toBe(before.numGlyphs);
    const sample = 'Northlight: partners, ёж, αβγ, 2026';
    expect(after.layout(sample).advanceWidth).toBe(before.layout(sample).advanceWidth);
  });

  it('leaves a file that is not WOFF as it is', () => {
    const other = Buffer.from('not a font at all, but long enough for a WOFF header to fit');
    expect(unwrapWoff(other)).toBe(other);
  });
});
