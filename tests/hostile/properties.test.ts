import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_MARKDOWN_BYTES, renderMarkdown, schema } from '@/lib/markdown/render';
import { markdownToText } from '@/lib/markdown/to-text';
import { parseMarkdown } from '@/lib/markdown/syntax';
import { ProblemList } from '@/lib/content/problems';

/*
 * Property-based tests of the Markdown renderers: for any input within the limits, built
 * from the pieces Markdown and HTML are made of, neither renderer throws; the HTML holds
 * only the tags and attributes the sanitiser allows; the plain text holds no markup.
 */

const pieces = [
  '# ',
  '## ',
  '### ',
  '- ',
  '1. ',
  '> ',
  '* ',
  '**',
  '_',
  '~~',
  '`',
  '```\n',
  '[',
  ']',
  '(',
  ')',
  '![',
  '](',
  '<',
  '>',
  '/',
  '<script>',
  '</script>',
  '<img src=x onerror=alert(1)>',
  '<iframe src=//e.example>',
  '<a href="javascript:alert(1)">',
  '</a>',
  'javascript:alert(1)',
  'data:text/html,x',
  'https://a.example/x',
  'mailto:a@b.example',
  '/editions/1',
  'chart.png',
  '\n',
  '\n\n',
  '  ',
  '\t',
  '|',
  '---',
  ':::',
  ':::callout[Key]',
  ':::pullquote',
  ':::transcript',
  '::',
  ':x',
  '[^1]',
  '[^1]: note',
  '&',
  '&amp;',
  '&#x3C;',
  '"',
  "'",
  '\\',
  'word',
  'Beacon',
  'é',
  '漢',
  '\u202E',
  '\u200B',
  '<!-- c -->',
  'https://www.youtube.com/watch?v=abcdefghijk',
];
const markdown = fc
  .array(fc.constantFrom(...pieces), { maxLength: 60 })
  .map((parts) => parts.join(''));
const anyText = fc.string({ unit: 'grapheme', maxLength: 300 });

const allowedTags = new Set(schema.tagNames ?? []);
// hast property names as written in HTML.
const attributeName = (name: string) =>
  name
    .replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)
    .replace(/^class-name$/, 'class')
    .replace(/^data-/, 'data-');
function allowedAttributes(tag: string): Set<string> {
  const entries = [...(schema.attributes?.[tag] ?? []), ...(schema.attributes?.['*'] ?? [])];
  return new Set(
    entries
      .map((entry) =>
        attributeName(typeof entry === 'string' ? entry : String(entry[0])).toLowerCase(),
      )
      .concat(['class']),
  );
}

function render(source: string) {
  return renderMarkdown(
    source,
    {
      file: 'p.md',
      firstLine: 1,
      idPrefix: 'p_',
      baseUrl: 'https://mag.example.org',
      resolveImage: (name) =>
        name === 'chart.png'
          ? { url: '/editions/1/media/chart.png', width: 10, height: 10, optimise: true }
          : undefined,
    },
    new ProblemList(),
  );
}

function checkHtml(html: string) {
  for (const match of html.matchAll(
    /<([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*\/?>/g,
  )) {
    const tag = (match[1] ?? '').toLowerCase();
    expect(allowedTags.has(tag), `tag <${tag}>`).toBe(true);
    for (const attribute of (match[2] ?? '').matchAll(/([^\s=>]+)(?:="([^"]*)")?/g)) {
      const name = (attribute[1] ?? '').toLowerCase();
      expect(
        allowedAttributes(tag).has(name) || name === 'aria-describedby' || name === 'aria-label',
        `attribute ${name} on <${tag}>`,
      ).toBe(true);
      expect(name.startsWith('on'), `event handler ${name}`).toBe(false);
      if (name === 'href' || name === 'src')
        expect(attribute[2] ?? '', `${name}`).not.toMatch(/^\s*(javascript|data|vbscript):/i);
    }
  }
}

const NO_MARKUP = /<\/?[a-zA-Z][a-zA-Z0-9]*(\s[^>]*)?>|\]\(/;

describe('the Markdown renderers, for any input within the limits', () => {
  it('never throw, and the HTML holds only allowed tags and attributes', () => {
    fc.assert(
      fc.property(markdown, (source) => {
        const result = render(source);
        if (!result) return;
        checkHtml(result.html);
        checkHtml(result.plainViewHtml);
      }),
      { numRuns: 400 },
    );
  });

  it('give plain text that adds no HTML tags or Markdown link syntax of its own', () => {
    fc.assert(
      fc.property(markdown, (source) => {
        const result = render(source);
        if (!result) return;
        // Anything tag-like in the text must be characters the editor typed, shown as text:
        // as typed, or as a reader sees what was typed: with Markdown's escapes and the
        // character references among the pieces read as the characters they stand for
        // ("&#x3C;b>" and "\\<b>" are the text "<b>"), and perhaps with emphasis marks and
        // comments gone ("]**(" reads "]("). Wrapping may have turned a space into a line break.
        const typed = source.replace(/\s+/g, ' ');
        const decoded = typed
          .replace(/\\([!-/:-@[-`{-~])/g, '$1')
          .replace(/&#x3C;/g, '<')
          .replace(/&amp;/g, '&');
        const unmarked = decoded.replace(/<!--[\s\S]*?-->/g, '').replace(/[*_~`]/g, '');
        for (const match of result.text.matchAll(new RegExp(NO_MARKUP, 'g'))) {
          const found = match[0].replace(/\s+/g, ' ');
          expect(
            [typed, decoded, unmarked].some((reading) => reading.includes(found)),
            `${found} in the text of ${JSON.stringify(source)}`,
          ).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('cope with arbitrary Unicode text', () => {
    fc.assert(
      fc.property(anyText, (source) => {
        expect(() => render(source)).not.toThrow();
        expect(() => markdownToText(parseMarkdown(source))).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('refuse input over the size limit without parsing it', () => {
    const problems = new ProblemList();
    expect(
      renderMarkdown(
        'x'.repeat(MAX_MARKDOWN_BYTES + 1),
        { file: 'p.md', firstLine: 1, idPrefix: 'p_', baseUrl: '', resolveImage: () => undefined },
        problems,
      ),
    ).toBeUndefined();
    expect(problems.errorCount).toBe(1);
  });
});
