import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SearchIndex, searchedWords } from '@/lib/browse/search';
import { getEditions } from '@/lib/library/getters';
import { loadLibrary } from '@/lib/library/load';
import { boundedLines, parseLogLine } from '@/lib/readership/log-line';
import { Tally } from '@/lib/readership/tally';
import {
  previewSecretProblem,
  isValidPreviewPass,
  issuePreviewPass,
} from '@/lib/requests/preview-pass';
import {
  articleFile,
  contentFolder,
  editionFile,
  errorsIn,
  settings,
} from '../unit/support/content-folder';
import { browsingSample } from '../unit/support/samples';
import { AGENTS, logLine } from '../support/access-log';

// The readership groups read the test content, as the report reads the site's.
process.env.MASTHEAD_CONTENT_DIR = path.resolve('tests/fixtures/site');

/*
 * The third outside probe's findings that live in content and settings, one group per finding
 * (numbered as in docs/security.md); the ones about requests are in probe-3.spec.ts.
 */

type Files = Record<string, string | Uint8Array>;

/** An SVG whose visible words are `text`, with `title` as its accessible name. */
function svgWith(text: string, title = 'A chart'): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100"><title>${title}</title><text x="10" y="50">${text}</text></svg>`;
}

/** An edition whose article shows `chart.svg`, with the article's extra front matter. */
function showingChart(svg: string, frontMatter = '', options: { draft?: boolean } = {}): Files {
  return {
    'editions/a/edition.md': editionFile(1, options.draft ? 'draft: true\n' : ''),
    'editions/a/01-story.md': articleFile(
      'Story',
      `summary: "The weekly figures."\n${frontMatter}`,
      'The chart shows the figures.\n\n![The weekly figures](chart.svg)',
    ),
    'editions/a/chart.svg': svg,
  };
}

/** The warnings (not errors) a content folder gives, as messages. */
function warningsOf(files: Files): string[] {
  return loadLibrary(contentFolder(files), settings)
    .findings.filter((finding) => finding.severity === 'warning')
    .map((finding) => `${finding.file}:${finding.line}: ${finding.message}`);
}

describe('2. personal data in an SVG that public content shows', () => {
  it('a private phone number in its text is an error at the picture', () => {
    const errors = errorsIn(contentFolder(showingChart(svgWith('Call Sam on 07700 900123'))));
    expect(errors).toEqual([
      expect.stringMatching(/^editions\/a\/chart\.svg:1:\d+: .*07700 900123/),
    ]);
  });

  it('so is an email address in its title or aria-label', () => {
    expect(
      errorsIn(contentFolder(showingChart(svgWith('Figures', 'sam.jones@gmail.com')))),
    ).toEqual([expect.stringMatching(/chart\.svg:1:\d+: .*sam\.jones@gmail\.com/)]);
    const labelled = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" aria-label="Ask jo@hotmail.co.uk"></svg>`;
    expect(errorsIn(contentFolder(showingChart(labelled)))).toEqual([
      expect.stringMatching(/chart\.svg:1:\d+: .*jo@hotmail\.co\.uk/),
    ]);
  });

  it('the article that shows it can clear a reviewed value, without being told it is unused', () => {
    const files = showingChart(
      svgWith('Helpline 0808 157 0192'),
      'cleared:\n  - value: "0808 157 0192"\n    reason: "The charity\'s public helpline; reviewed by the editor"\n',
    );
    expect(errorsIn(contentFolder(files))).toEqual([]);
    expect(warningsOf(files)).toEqual([]);
  });

  it('in a draft it is a warning, as in Markdown', () => {
    const files = showingChart(svgWith('Call Sam on 07700 900123'), '', { draft: true });
    expect(errorsIn(contentFolder(files))).toEqual([]);
    expect(warningsOf(files)).toEqual([expect.stringMatching(/chart\.svg:1: .*07700 900123/)]);
  });
});

describe('5. an SVG bomb', () => {
  /** Nine levels of ten <use> each of the level below: 10^9 elements from about 3 KB. */
  function bomb(): string {
    let defs = '<circle id="l0" r="1"/>';
    for (let level = 1; level <= 9; level += 1) {
      const uses = Array.from({ length: 10 }, () => `<use href="#l${level - 1}"/>`).join('');
      defs += `<g id="l${level}">${uses}</g>`;
    }
    return `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><defs>${defs}</defs><use href="#l9"/></svg>`;
  }

  it('is refused at the file, quickly', () => {
    const files = showingChart(bomb());
    expect(Buffer.byteLength(files['editions/a/chart.svg'] as string)).toBeLessThan(4096);
    const started = performance.now();
    const errors = errorsIn(contentFolder(files));
    // Not a timing assertion on the machine's speed: a bomb that was followed would not finish.
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(errors).toEqual([
      expect.stringMatching(/^editions\/a\/chart\.svg:1:\d+: .*<use> references/),
    ]);
  });

  it('a reference that leads back to itself is refused too', () => {
    const loop = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><g id="a"><use href="#a"/></g></svg>`;
    expect(errorsIn(contentFolder(showingChart(loop)))).toEqual([
      expect.stringMatching(/chart\.svg:1:\d+: .*<use>/),
    ]);
  });

  it('an ordinary chart that reuses a symbol a few hundred times passes', () => {
    const uses = Array.from({ length: 300 }, (_, index) => `<use href="#dot" x="${index}"/>`);
    const chart = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="10"><title>Dots</title><defs><g id="dot"><circle r="1"/><circle r="2"/></g></defs>${uses.join('')}</svg>`;
    expect(errorsIn(contentFolder(showingChart(chart)))).toEqual([]);
  });

  it('an SVG too large to draw is refused at the file', () => {
    const huge = `<svg xmlns="http://www.w3.org/2000/svg" width="60000" height="60000"><title>Big</title></svg>`;
    expect(errorsIn(contentFolder(showingChart(huge)))).toEqual([
      expect.stringMatching(/chart\.svg:1:\d+: error: this picture is 60000 × 60000/),
    ]);
  });
});

describe('11. quote markers without spaces', () => {
  it.each([2_000, 8_000])('%i of them are an error at their line, not a crash', (count) => {
    const body = `A first paragraph.\n\n${'>'.repeat(count)} deep`;
    const errors = errorsIn(
      contentFolder({
        'editions/a/edition.md': editionFile(1),
        'editions/a/01-story.md': articleFile('Story', '', body),
      }),
    );
    // The article's body starts on line 5 (after three lines of front matter and a blank).
    expect(errors).toEqual([
      expect.stringMatching(/^editions\/a\/01-story\.md:7:\d+: .*nested more than/),
    ]);
  });
});

describe('14. invisible characters and weak secrets', () => {
  const invisible: [string, string][] = [
    ['a C1 control', '\u0085'],
    ['a line separator', '\u2028'],
    ['a paragraph separator', '\u2029'],
    ['a zero-width space', '\u200B'],
    ['a right-to-left mark', '\u200F'],
    ['a word joiner', '\u2060'],
    ['an invisible plus', '\u2064'],
    ['a byte-order mark', '\uFEFF'],
    ['an Arabic letter mark', '\u061C'],
    ['a right-to-left override', '\u202E'],
  ];
  it.each(invisible)('%s in a title is an error at its line', (_name, character) => {
    const errors = errorsIn(
      contentFolder({
        'editions/a/edition.md': editionFile(1),
        'editions/a/01-story.md': `---\ntitle: "Beacon${character} roll-out"\n---\n\nText.\n`,
      }),
    );
    const codePoint = character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    expect(errors).toEqual([
      expect.stringMatching(new RegExp(`^editions/a/01-story\\.md:2:\\d+: .*U\\+${codePoint}`)),
    ]);
  });

  it('in any field, such as an event’s place', () => {
    const errors = errorsIn(
      contentFolder({
        'editions/a/edition.md': editionFile(1),
        'editions/a/01-story.md': articleFile(
          'Story',
          'events:\n  - title: "Open day"\n    date: 2026-03-01\n    place: "Leeds\u200B"\n',
        ),
      }),
    );
    expect(errors).toEqual([expect.stringMatching(/01-story\.md:6:\d+: .*U\+200B/)]);
  });

  it('a secret of 32 identical characters is refused, a random one is not', () => {
    expect(previewSecretProblem('a'.repeat(32))).toMatch(/only 1 different character/);
    expect(previewSecretProblem('ab'.repeat(20))).toMatch(/only 2 different characters/);
    expect(previewSecretProblem('9f3c1e0b7a2d48e6b5c0f1a2d3e4b5c6')).toBeUndefined();
  });
});

describe('8. a preview pass signed to expire years ahead', () => {
  const secret = '9f3c1e0b7a2d48e6b5c0f1a2d3e4b5c6';
  it('is refused, while one issued now is accepted', () => {
    const now = Date.now();
    expect(isValidPreviewPass(issuePreviewPass(secret, now), secret, now)).toBe(true);
    const farAhead = issuePreviewPass(secret, Date.UTC(33658, 0, 1));
    expect(isValidPreviewPass(farAhead, secret, now)).toBe(false);
    // A day ahead is already too far: no pass is issued for more than eight hours.
    expect(isValidPreviewPass(issuePreviewPass(secret, now + 86_400_000), secret, now)).toBe(false);
  });
});

describe('7. one search asking for a hundred words', () => {
  it('searches each word once, and at most eight of them', () => {
    expect(searchedWords(`xx ${'a '.repeat(100)}`)).toEqual(['xx', 'a']);
    const hundred = Array.from({ length: 100 }, (_, index) => `word${index}`).join(' ');
    expect(searchedWords(hundred)).toEqual(Array.from({ length: 8 }, (_, index) => `word${index}`));
  });

  it('matches words of one or two letters whole, and longer ones as beginnings', () => {
    const index = new SearchIndex(browsingSample().editions);
    expect(index.search('tr')).toEqual([]);
    expect(index.search('tra').length).toBeGreaterThan(0);
    expect(index.search('transcrib').map(({ article }) => article.title)).toEqual([
      'Spring update',
    ]);
  });
});

describe('9. the readership report fed a forged log', () => {
  const good = logLine({ client: '198.51.100.1', day: '2026-10-14', path: '/editions/9' });

  it('reads the date from its place, whatever a visitor puts in the user name', () => {
    const forged = good.replace(' - - [', ' - [01/Jan/9999:x [');
    expect(parseLogLine(forged)?.day).toBe('2026-10-14');
    expect(parseLogLine(good.replace(' - - [', ' - <scr:x ['))?.day).toBe('2026-10-14');
  });

  it('refuses a date that cannot be, or one still to come', () => {
    expect(parseLogLine(good.replace('14/Oct/2026', '31/Feb/2026'))).toBeUndefined();
    expect(parseLogLine(good.replace('14/Oct/2026', '14/Oct/9999'))).toBeUndefined();
    expect(parseLogLine(good.replace('10:15:00', '99:15:00'))).toBeUndefined();
  });

  it('reads a file with no line breaks without holding it, and says what it skipped', () => {
    const folder = contentFolder({});
    const log = path.join(folder, 'access.log.gz');
    // 64 MB of one line, gzipped to a few hundred kilobytes, then one good line.
    const endless = Buffer.alloc(64 * 1024 * 1024, 'a');
    fs.writeFileSync(log, gzipSync(Buffer.concat([endless, Buffer.from(`\n${good}\n`)])));
    const output = execFileSync(
      process.execPath,
      ['lib/cli/run.mjs', 'readership', '--json', log],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=256' },
      },
    );
    const report = JSON.parse(output) as { editions: { number: number; views: number }[] };
    expect(report.editions.find((edition) => edition.number === 9)?.views).toBe(1);
  });

  it('bounds each line it reads, however the stream is cut', async () => {
    async function* chunks() {
      yield 'short\nx'.concat('y'.repeat(30));
      yield 'z'.repeat(30);
      yield '\nlast';
    }
    const lines: (string | undefined)[] = [];
    for await (const line of boundedLines(chunks(), 40)) lines.push(line);
    expect(lines).toEqual(['short', undefined, 'last']);
  });
});

describe('10. personal data in the report’s searches', () => {
  const editions = getEditions('public');
  /** What the report shows of a search made from `addresses` addresses. */
  function shown(query: string, addresses = 6, browsersEach = 1): string[] {
    const tally = new Tally(editions, 'https://magazine.example.org');
    for (let address = 1; address <= addresses; address += 1)
      for (let browser = 1; browser <= browsersEach; browser += 1) {
        const line = logLine({
          client: `198.51.100.${address}`,
          day: '2026-10-14',
          path: `/search?q=${encodeURIComponent(query)}`,
          agent: `${AGENTS.firefox} Extension/${browser}`,
        });
        tally.add(parseLogLine(line)!);
      }
    return tally.report().searches.map(({ query: shownQuery }) => shownQuery);
  }

  it.each([
    '+1 202 555 0143',
    '0044 7700 900123',
    'sam at gmail dot com',
    'jo smith 12/05/1990',
    '4929 1234 5678 9012',
    'sort code 20-00-00',
    '943 476 5919',
  ])('"%s" is never shown', (query) => {
    expect(shown(query)).toEqual([]);
  });

  it('a name the magazine never printed is not shown; its own words are', () => {
    expect(shown('priya kowalczyk')).toEqual([]);
    expect(shown('beacon')).toEqual(['beacon']);
  });

  it('counts addresses, not browsers, towards the five', () => {
    expect(shown('beacon', 2, 5)).toEqual([]);
    expect(shown('beacon', 5, 1)).toEqual(['beacon']);
  });
});
