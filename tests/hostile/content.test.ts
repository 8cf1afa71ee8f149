import { describe, expect, it } from 'vitest';
import { loadLibrary } from '@/lib/library/load';
import { editionPlainView } from '@/lib/outputs/plain-view';
import { editionTextFile } from '@/lib/outputs/text-file';
import { articleStructuredData, jsonLdString } from '@/lib/outputs/structured-data';
import {
  articleFile,
  contentFolder,
  editionFile,
  settings,
  testSite,
  errorsIn,
} from '../unit/support/content-folder';

/*
 * Hostile and broken content. Each case states its expected outcome:
 * - `error`: the check and the build stop with a message naming the file and line;
 * - `inert`: the content publishes, and the hostile part has no effect in any output.
 * The same loader serves `npm run check` and `npm run build`, so one outcome covers both.
 */

const site = testSite;

type Files = Record<string, string | Uint8Array>;

/** A valid edition with one article file replaced by `article` (or extra files added). */
function withArticle(article: string | Uint8Array, extra: Files = {}): Files {
  return { 'editions/a/edition.md': editionFile(1), 'editions/a/01-story.md': article, ...extra };
}

/** The errors a content folder produces, as `file:line` plus message. */
function errorsOf(files: Files): string[] {
  return errorsIn(contentFolder(files));
}

/** Every HTML output of an edition: the pages' HTML, the plain view and the structured data. */
function outputsOf(files: Files): string {
  const [edition] = loadLibrary(contentFolder(files), settings).editions;
  if (!edition) throw new Error('no edition');
  return [
    editionPlainView(edition, site),
    ...edition.articles.flatMap((article) => [
      article.body.html,
      article.body.plainViewHtml,
      jsonLdString(articleStructuredData(article, edition, site)),
    ]),
  ].join('\n');
}

/** The text file of an edition: served as text/plain with nosniff, so markup in it is only text. */
function textOf(files: Files): string {
  const [edition] = loadLibrary(contentFolder(files), settings).editions;
  if (!edition) throw new Error('no edition');
  return editionTextFile(edition, site);
}

const bytes = (text: string) => new TextEncoder().encode(text);

const errorCases: { name: string; files: Files; expected: RegExp }[] = [
  {
    name: 'JavaScript front matter (---js)',
    files: withArticle('---js\n{ title: (globalThis.hacked = 1, "x") }\n---\n'),
    expected:
      /^editions\/a\/01-story\.md:1:1: error: front matter must open with a line of exactly ---/,
  },
  {
    name: 'JavaScript front matter (---javascript)',
    files: withArticle('---javascript\nmodule.exports = {}\n---\n'),
    expected: /01-story\.md:1:1: error: front matter must open/,
  },
  {
    name: 'JavaScript front matter with a space (--- js)',
    files: withArticle('--- js\n{}\n---\n'),
    expected: /01-story\.md:1:1: error: front matter must open/,
  },
  {
    name: 'front matter never closed',
    files: withArticle('---\ntitle: "x"\n\nBody that looks like YAML: yes\n'),
    expected: /01-story\.md:1:1: error: the front matter opened on line 1 is never closed/,
  },
  {
    name: 'blank line before the front matter',
    files: withArticle('\n---\ntitle: "x"\n---\n'),
    expected: /01-story\.md:1:1: error: the file must start with --- on its very first line/,
  },
  {
    name: 'no front matter at all',
    files: withArticle('# Just text\n'),
    expected: /01-story\.md:1:1: error: the file must start with front matter/,
  },
  {
    name: 'invalid UTF-8',
    files: withArticle(Uint8Array.from([...bytes('---\ntitle: "ok"\n---\n\nbad '), 0xff, 0xfe])),
    expected: /01-story\.md:5:1: error: this file is not valid UTF-8/,
  },
  {
    name: 'a NUL byte',
    files: withArticle('---\ntitle: "x"\n---\n\n\u0000'),
    expected: /01-story\.md:5:1: error: this file contains a NUL character/,
  },
  {
    name: 'right-to-left override in a title',
    files: withArticle(articleFile('Safe\u202Etxt.exe')),
    expected:
      /01-story\.md:2:\d+: error: this line holds an invisible character \(U\+202E, a right-to-left override\)/,
  },
  {
    name: 'an impossible date (2025-02-30)',
    files: { 'editions/a/edition.md': editionFile(1).replace('2026-01-15', '2025-02-30') },
    expected: /edition\.md:4:1: error: published is 2025-02-30, which is not a real date/,
  },
  {
    name: 'a month that does not exist (2025-13-45)',
    files: { 'editions/a/edition.md': editionFile(1).replace('2026-01-15', '2025-13-45') },
    expected: /edition\.md:4:1: error: published is 2025-13-45, which is not a real date/,
  },
  {
    name: 'an octal-looking number (012)',
    files: { 'editions/a/edition.md': editionFile(1).replace('number: 1', 'number: 012') },
    expected: /edition\.md:2:1: error: write number without a leading zero/,
  },
  {
    name: 'a sexagesimal-looking time as a number (10:30)',
    files: { 'editions/a/edition.md': editionFile(1).replace('number: 1', 'number: 10:30') },
    expected: /edition\.md:2:1: error: number must be a whole number above 0, without quotes/,
  },
  {
    name: '"no" for a yes/no field',
    files: withArticle(articleFile('T', 'draft: no\n')),
    expected: /01-story\.md:3:1: error: draft must be true or false/,
  },
  {
    name: 'a title cut short by #',
    files: withArticle('---\ntitle: Issue #3 update\n---\n\nText.\n'),
    expected: /01-story\.md:2:1: error: the value of title stops at " #"/,
  },
  {
    name: 'a YAML alias bomb',
    files: withArticle(
      '---\na: &a ["x","x","x","x"]\nb: &b [*a,*a,*a,*a]\nc: [*b,*b,*b,*b]\ntitle: "t"\n---\n',
    ),
    expected: /01-story\.md:3:\d+: error: YAML aliases \(\*name\) are not allowed/,
  },
  {
    name: 'a field written twice',
    files: withArticle('---\ntitle: "a"\ntitle: "b"\n---\n'),
    expected: /01-story\.md:3:\d+: error: this field is written twice/,
  },
  {
    name: 'two editions with one number',
    files: { 'editions/a/edition.md': editionFile(1), 'editions/b/edition.md': editionFile(1) },
    expected: /editions\/b\/edition\.md:2:1: error: edition number 1 is already used/,
  },
  {
    name: 'two articles with one slug',
    files: withArticle(articleFile('A'), {
      'editions/a/02-other.md': articleFile('B', 'slug: story\n'),
    }),
    expected: /02-other\.md:3:1: error: the slug "story" is already the slug or an alias/,
  },
  {
    name: 'a slug with ../',
    files: withArticle(articleFile('A', 'slug: "../../etc"\n')),
    expected: /01-story\.md:3:1: error: slug must be lower-case letters/,
  },
  {
    name: 'an image path leaving the folder',
    files: withArticle(articleFile('A', '', '![x](../../secret.png)')),
    expected:
      /01-story\.md:5:1: error: image "\.\.\/\.\.\/secret\.png" must be a file in this edition's folder/,
  },
  {
    name: 'an image from another site',
    files: withArticle(articleFile('A', '', '![x](https://tracker.example/pixel.png)')),
    expected: /01-story\.md:5:1: error: image .* must be a file in this edition's folder/,
  },
  {
    name: 'an image with a javascript: address',
    files: withArticle(articleFile('A', '', '![x](javascript:alert(1))')),
    expected: /01-story\.md:5:1: error: image .* must be a file/,
  },
  {
    name: 'a script element',
    files: withArticle(articleFile('A', '', '<script>alert(1)</script>')),
    expected: /01-story\.md:5:1: error: raw HTML \("<script>/,
  },
  {
    name: 'an event handler attribute',
    files: withArticle(articleFile('A', '', '<img src="x" onerror="alert(1)">')),
    expected: /01-story\.md:5:1: error: raw HTML \("<img src="x" onerror/,
  },
  {
    name: 'an inline event handler in a paragraph',
    files: withArticle(articleFile('A', '', 'Hi <b onmouseover="alert(1)">there</b>.')),
    expected: /01-story\.md:5:4: error: raw HTML \("<b onmouseover/,
  },
  {
    name: 'a raw iframe',
    files: withArticle(articleFile('A', '', '<iframe src="https://evil.example"></iframe>')),
    expected: /01-story\.md:5:1: error: raw HTML \("<iframe/,
  },
  {
    name: 'a javascript: link',
    files: withArticle(articleFile('A', '', '[x](javascript:alert(1))')),
    expected: /01-story\.md:5:1: error: the link to "javascript:alert\(1\)" would be removed/,
  },
  {
    name: 'a javascript: link in mixed case with spaces',
    files: withArticle(articleFile('A', '', '[x]( JaVaScRiPt:alert(1) )')),
    expected: /01-story\.md:5:1: error: the link to "JaVaScRiPt:alert\(1\)" would be removed/,
  },
  {
    name: 'a data: link',
    files: withArticle(articleFile('A', '', '[x](data:text/html;base64,PHNjcmlwdD4=)')),
    expected: /01-story\.md:5:1: error: the link to "data:text\/html/,
  },
  {
    name: 'a vbscript: link',
    files: withArticle(articleFile('A', '', '[x](vbscript:msgbox)')),
    expected: /01-story\.md:5:1: error: the link to "vbscript:msgbox"/,
  },
  {
    name: 'a javascript: link by reference',
    files: withArticle(articleFile('A', '', '[x][evil]\n\n[evil]: javascript:alert(1)')),
    expected: /01-story\.md:7:1: error: the link to "javascript:alert\(1\)"/,
  },
  {
    name: 'a javascript: autolink',
    files: withArticle(articleFile('A', '', '<javascript:alert(1)>')),
    expected: /01-story\.md:5:1: error: the link to "javascript:alert\(1\)"/,
  },
  {
    name: 'an event registration that is not https',
    files: withArticle(
      articleFile(
        'A',
        'events:\n  - title: "E"\n    date: 2026-12-01\n    registration: "javascript:alert(1)"\n',
      ),
    ),
    expected:
      /01-story\.md:6:1: error: events, item 1: registration must be a web address starting https:\/\//,
  },
  {
    name: 'an unknown block',
    files: withArticle(articleFile('A', '', ':::script\nalert(1)\n:::')),
    expected: /01-story\.md:5:1: error: ":::script" is not a block this site knows/,
  },
  {
    name: 'a thousand nested lists',
    files: withArticle(articleFile('A', '', `${'- '.repeat(1000)}deep`)),
    expected: /01-story\.md:5:1: error: lists or quotes are nested more than 12 levels deep/,
  },
  {
    name: 'deeply nested quotes',
    files: withArticle(articleFile('A', '', `${'> '.repeat(500)}deep`)),
    expected: /01-story\.md:5:1: error: lists or quotes are nested more than 12 levels deep/,
  },
  {
    name: 'a 5 MB article',
    files: withArticle(articleFile('A', '', 'word '.repeat(1024 * 1024))),
    expected: /01-story\.md:1:1: error: this file is 5120 KB; the limit is 1024 KB/,
  },
  {
    name: 'a classification above OFFICIAL',
    files: withArticle(articleFile('A', '', 'SECRET: the plan.')),
    expected: /01-story\.md:5:1: error: "SECRET" is a security classification above OFFICIAL/,
  },
  {
    name: 'an unknown field that would be ignored elsewhere',
    files: withArticle(articleFile('A', 'onload: "alert(1)"\n')),
    expected: /01-story\.md:3:1: error: unknown field "onload"/,
  },
];

describe('hostile content that must stop publication with a located error', () => {
  for (const { name, files, expected } of errorCases) {
    it(name, () => {
      expect(errorsOf(files)).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
    });
  }

  it('never runs JavaScript front matter', () => {
    errorsOf(withArticle('---js\n{ title: (globalThis.mastheadHostile = 1, "x") }\n---\n'));
    expect((globalThis as Record<string, unknown>).mastheadHostile).toBeUndefined();
  });
});

describe('hostile content that publishes inert', () => {
  it('a title and summary full of markup are text in every output', () => {
    const out = outputsOf(
      withArticle(
        articleFile(
          '<script>alert(1)</script> & <img src=x onerror=alert(2)>',
          'summary: "</script><script>alert(3)</script>"\n',
        ),
      ),
    );
    expect(out).not.toMatch(/<script>alert|<img src=x onerror|<\/script><script>/);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('HTML comments never leak into the HTML, the plain view or the text file', () => {
    const files = withArticle(
      articleFile(
        'A',
        '',
        'Visible.\n\n<!-- private: ask legal before publishing -->\n\nAlso <!-- inline secret --> visible.',
      ),
    );
    for (const out of [outputsOf(files), textOf(files)])
      expect(out).not.toMatch(/<!--|private: ask legal|inline secret/);
  });

  it('an SVG with a script, used as an image, is only ever an image', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>';
    const files = withArticle(articleFile('A', '', '![A square](square.svg)'), {
      'editions/a/square.svg': svg,
    });
    const out = outputsOf(files);
    expect(out).toContain('<img src="/editions/1/media/square.svg" alt="A square"');
    expect(out).not.toContain('<svg');
  });

  it('a byte-order mark and CRLF line endings read as plain text', () => {
    const [edition] = loadLibrary(
      contentFolder(withArticle(`\uFEFF${articleFile('Title').replace(/\n/g, '\r\n')}`)),
      settings,
    ).editions;
    expect(edition?.articles[0]?.title).toBe('Title');
  });

  it('hostile footnote labels become harmless ids', () => {
    const out = outputsOf(
      withArticle(articleFile('A', '', 'Claim.[^"><script>]\n\n[^"><script>]: Source.')),
    );
    expect(out).not.toContain('<script>');
  });

  it('an edition of 2,000 articles loads', () => {
    const files: Files = { 'editions/a/edition.md': editionFile(1) };
    for (let index = 1; index <= 2000; index += 1)
      files[`editions/a/${String(index).padStart(4, '0')}-story-${index}.md`] = articleFile(
        `Story ${index}`,
      );
    const [edition] = loadLibrary(contentFolder(files), settings).editions;
    expect(edition?.articles).toHaveLength(2000);
  });
});
