import fs from 'node:fs';
import path from 'node:path';
import { create, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';

/*
 * The faces app/globals.css sets text in until Source Serif arrives carry figures worked out
 * from the fonts' metrics. Worked out again here from lib/fonts, by next/font's method, they
 * must match: a new cut of Source Serif, or a figure mistyped, would make text move when the
 * web font arrives.
 */

// The letters next/font averages, weighted for how often they occur in text, with spaces.
const SAMPLE = 'aaabcdeeeefghiijklmnnoopqrrssttuvwxyz      ';

// The stand-ins' average widths of SAMPLE, in their own units per em, measured with fontkit
// from Liberation Serif 2.1 (the same advance widths as Times New Roman, which is what it was
// made for; next/font carries the same upright figure) and Noto Serif (Debian's
// fonts-noto-core 20201225).
const STAND_INS = {
  'Source Serif Fallback': {
    normal: { averageWidth: 854.3953488372093, unitsPerEm: 2048 },
    italic: { averageWidth: 846.5581395348837, unitsPerEm: 2048 },
  },
  'Source Serif Noto Fallback': {
    normal: { averageWidth: 497.2325581395349, unitsPerEm: 1000 },
    italic: { averageWidth: 480.51162790697674, unitsPerEm: 1000 },
  },
};

type Style = 'normal' | 'italic';

function sourceSerif(style: Style): Font {
  const file = path.resolve(`lib/fonts/source-serif-4-latin-wght-${style}.woff2`);
  return create(fs.readFileSync(file)) as Font;
}

function averageWidth(font: Font): number {
  const widths = font.glyphsForString(SAMPLE).map((glyph) => glyph.advanceWidth);
  return widths.reduce((sum, width) => sum + width, 0) / widths.length;
}

/** A figure as a percentage to two places, as next/font writes it. */
const percent = (value: number) => Number((Math.abs(value) * 100).toFixed(2));

function expectedFace(family: keyof typeof STAND_INS, style: Style) {
  const font = sourceSerif(style);
  const standIn = STAND_INS[family][style];
  const size = averageWidth(font) / font.unitsPerEm / (standIn.averageWidth / standIn.unitsPerEm);
  return {
    'size-adjust': percent(size),
    'ascent-override': percent(font.ascent / font.unitsPerEm / size),
    'descent-override': percent(font.descent / font.unitsPerEm / size),
    'line-gap-override': percent(font.lineGap / font.unitsPerEm / size),
  };
}

/** The descriptors of each @font-face in the stylesheet, by family and style. */
function facesInStylesheet(): Map<string, Record<string, string>> {
  const css = fs.readFileSync(path.resolve('app/globals.css'), 'utf8');
  const faces = new Map<string, Record<string, string>>();
  for (const [, body = ''] of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
    const descriptors: Record<string, string> = {};
    for (const [, name = '', value = ''] of body.matchAll(/([a-z-]+):\s*([^;]+);/g))
      descriptors[name] = value.replace(/\s+/g, ' ').trim();
    const family = (descriptors['font-family'] ?? '').replace(/['"]/g, '');
    faces.set(`${family} ${descriptors['font-style']}`, descriptors);
  }
  return faces;
}

describe('the faces text is set in until the web font arrives', () => {
  const faces = facesInStylesheet();
  const cases = Object.keys(STAND_INS).flatMap((family) =>
    (['normal', 'italic'] as const).map((style) => [family, style] as const),
  );

  it.each(cases)('%s (%s) carries the figures worked out from the fonts', (family, style) => {
    const face = faces.get(`${family} ${style}`);
    expect(face, `no @font-face for ${family} ${style} in app/globals.css`).toBeDefined();
    const expected = expectedFace(family as keyof typeof STAND_INS, style);
    // As numbers: the formatter writes 109.10% as 109.1%.
    const figures = Object.fromEntries(
      Object.keys(expected).map((name) => [name, parseFloat(face?.[name] ?? 'NaN')]),
    );
    expect(figures).toEqual(expected);
  });

  it('puts each stand-in in the serif stack, after Source Serif and before any other serif', () => {
    const css = fs.readFileSync(path.resolve('app/globals.css'), 'utf8');
    const stack = (css.match(/--font-serif:([^;]+);/)?.[1] ?? '').replace(/\s+/g, ' ').trim();
    expect(stack).toMatch(
      /^var\(--font-source-serif\), 'Source Serif Fallback', 'Source Serif Noto Fallback', Georgia/,
    );
  });
});
