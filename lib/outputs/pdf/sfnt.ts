import { inflateSync } from 'node:zlib';

/*
 * A WOFF 1.0 file unwrapped into the plain TrueType/OpenType (sfnt) file it compresses. The
 * fonts ship as WOFF (lib/fonts), and fontkit reads a WOFF table by inflating it again, in
 * JavaScript, every time it is asked for it: embedding a subset asks for the glyph table once
 * per glyph, which made writing the PDF editions most of a build's time. Unwrapped once, with
 * Node's zlib, the tables are read where they lie.
 *
 * The layouts are the WOFF 1.0 specification's (W3C, 2012) and the OpenType table directory's.
 */

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const WOFF_HEADER = 44;
const WOFF_ENTRY = 20;
const SFNT_HEADER = 12;
const SFNT_ENTRY = 16;

/** The sfnt file inside a WOFF file; any other font file is returned as it is. */
export function unwrapWoff(data: Buffer): Buffer {
  if (data.length < WOFF_HEADER || data.readUInt32BE(0) !== WOFF_SIGNATURE) return data;
  const flavor = data.readUInt32BE(4);
  const numTables = data.readUInt16BE(12);

  const tables = Array.from({ length: numTables }, (_, index) => {
    const at = WOFF_HEADER + index * WOFF_ENTRY;
    const offset = data.readUInt32BE(at + 4);
    const compLength = data.readUInt32BE(at + 8);
    const origLength = data.readUInt32BE(at + 12);
    const stored = data.subarray(offset, offset + compLength);
    // A table is stored compressed only when that made it smaller.
    const bytes = compLength < origLength ? inflateSync(stored) : stored;
    if (bytes.length !== origLength) throw new Error('a WOFF table is not the length it says');
    return { tag: data.readUInt32BE(at), checksum: data.readUInt32BE(at + 16), bytes };
  });

  // The binary-search hints every sfnt table directory carries.
  const power = 2 ** Math.floor(Math.log2(numTables));
  const header = Buffer.alloc(SFNT_HEADER + numTables * SFNT_ENTRY);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(numTables, 4);
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(numTables * 16 - power * 16, 10);

  const parts: Buffer[] = [header];
  let offset = header.length;
  tables.forEach((table, index) => {
    const at = SFNT_HEADER + index * SFNT_ENTRY;
    header.writeUInt32BE(table.tag, at);
    header.writeUInt32BE(table.checksum, at + 4);
    header.writeUInt32BE(offset, at + 8);
    header.writeUInt32BE(table.bytes.length, at + 12);
    // Each table starts on a four-byte boundary.
    const padding = (4 - (table.bytes.length % 4)) % 4;
    parts.push(table.bytes, Buffer.alloc(padding));
    offset += table.bytes.length + padding;
  });
  return Buffer.concat(parts);
}
