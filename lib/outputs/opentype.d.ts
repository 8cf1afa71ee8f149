// The part of opentype.js (which ships no types) that preview-fonts.ts uses.
declare module 'opentype.js' {
  export interface Font {
    charToGlyphIndex(character: string): number;
  }
  export function parse(buffer: ArrayBuffer): Font;
}
