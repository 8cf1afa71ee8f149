import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError, formatProblem } from '@/lib/content/problems';
import { articleHelp, editionHelp, siteHelp } from '@/lib/content/schema';
import { readSiteSettings } from '@/lib/content/site-file';
import { loadLibrary } from '@/lib/library/load';
import { articleFile, contentFolder, settings, tinyPng } from '../support/content-folder';

/*
 * Every example the editors' guide gives, checked as the check would check it: a guide whose
 * example fails `npm run check` as written sends an editor to a developer. Each fenced example
 * and each example of a field table is put where it belongs (a whole file, the front matter of
 * an article or an edition, content/site.yml, or an article's text) in a content folder of its
 * own, with the fields it needs beside it, and must load without an error.
 */

const root = path.resolve(import.meta.dirname, '..', '..', '..');
const lines = fs.readFileSync(path.join(root, 'docs', 'editing.md'), 'utf8').split('\n');

type Place = 'file' | 'site' | 'edition' | 'article' | 'text';

interface Example {
  /** The line of the guide it starts on. */
  line: number;
  text: string;
  place: Place;
}

/** Where a front matter example goes: by its table's section, or by the fields it names. */
function placeOf(text: string, section = ''): Place {
  if (text.startsWith('---\n')) return 'file';
  const field = /^([a-zA-Z]+):/.exec(text)?.[1];
  if (!field) return 'text';
  if (section.includes('edition file')) return 'edition';
  if (section.includes('Article files')) return 'article';
  if (field in articleHelp) return 'article';
  if (field in editionHelp) return 'edition';
  return field in siteHelp ? 'site' : 'text';
}

/** The guide's fenced examples in Markdown or YAML, each without the indent of its list. */
function fencedExamples(): Example[] {
  const found: Example[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const open = /^(\s*)```(markdown|yaml)\s*$/.exec(lines[index] ?? '');
    if (!open) continue;
    const indent = open[1]?.length ?? 0;
    const body: string[] = [];
    let end = index + 1;
    while (end < lines.length && !/^\s*```\s*$/.test(lines[end] ?? '')) {
      body.push((lines[end] ?? '').slice(indent));
      end += 1;
    }
    const text = `${body.join('\n')}\n`;
    found.push({ line: index + 2, text, place: placeOf(text) });
    index = end;
  }
  return found;
}

/** The examples of the field tables: a row's last cell, when it is one `field: value` line. */
function tableExamples(): Example[] {
  let section = '';
  return lines.flatMap((text, index) => {
    if (text.startsWith('## ')) section = text;
    const cells = text.split('|').map((cell) => cell.trim());
    const example = /^`([a-zA-Z]+: [^`]+)`$/.exec(cells.at(-2) ?? '')?.[1];
    if (!text.startsWith('|') || !example) return [];
    return [{ line: index + 1, text: `${example}\n`, place: placeOf(example, section) }];
  });
}

const examples = [...fencedExamples(), ...tableExamples()];

/** The fields an example needs beside it (a cover its description…), from the guide's own rows. */
const PARTNERS: Record<string, string> = {
  cover: 'coverAlt',
  coverAlt: 'cover',
  image: 'imageAlt',
  imageAlt: 'image',
  role: 'author',
};

/** An edition.md or an article's front matter with `example`'s fields in place of the base's. */
function frontMatter(base: Record<string, string>, example: string, place: Place): string {
  const fields = { ...base };
  const own = (text: string) => /^([a-zA-Z]+):/.exec(text)?.[1] ?? '';
  const set = (text: string) => {
    fields[own(text)] = text.trimEnd();
  };
  set(example);
  const partner = PARTNERS[own(example)];
  const given = tableExamples().find(
    (candidate) => candidate.place === place && own(candidate.text) === partner,
  );
  if (partner && given && !(partner in fields)) set(given.text);
  return `---\n${Object.values(fields).join('\n')}\n---\n\n`;
}

const EDITION = {
  number: 'number: 1',
  title: 'title: "Edition 1"',
  published: 'published: 2026-01-15',
  summary: 'summary: "What the edition holds."',
};

/** A picture for each file name an example names, so the loader finds it. */
function picturesFor(text: string): Record<string, string | Uint8Array> {
  const names = text.match(/[\w-]+\.(?:png|jpg|svg)/g) ?? [];
  return Object.fromEntries(
    names.map((name) => [
      `editions/a/${name}`,
      name.endsWith('.svg')
        ? '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><text x="1" y="8">Chart</text></svg>'
        : tinyPng,
    ]),
  );
}

/** A content folder holding the example in its place, beside a second, plain article. */
function folderFor({ text, place }: Example): string {
  const all = `${text}${tableExamples()
    .map((example) => example.text)
    .join('')}`;
  const files: Record<string, string | Uint8Array> = {
    'editions/a/edition.md': `${frontMatter(EDITION, EDITION.number, 'edition')}The edition's own words.\n`,
    'editions/a/01-story.md': articleFile('Story'),
    'editions/a/02-other.md': articleFile('Another story'),
    ...picturesFor(all),
  };
  if (place === 'file' && /^number:/m.test(text)) files['editions/a/edition.md'] = text;
  else if (place === 'file') files['editions/a/01-story.md'] = text;
  else if (place === 'site') files['site.yml'] = text;
  else if (place === 'edition')
    files['editions/a/edition.md'] =
      `${frontMatter(EDITION, text, 'edition')}The edition's own words.\n`;
  else if (place === 'article')
    files['editions/a/01-story.md'] =
      `${frontMatter({ title: 'title: "Story"' }, text, 'article')}The story.\n`;
  else files['editions/a/01-story.md'] = articleFile('Story', '', text);
  return contentFolder(files);
}

/** The errors the check finds in a content folder, site.yml's included. */
function errorsIn(folder: string): string[] {
  try {
    loadLibrary(folder, { ...settings, ...readSiteSettings(folder) });
    return [];
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return error.problems
      .filter((problem) => problem.severity === 'error')
      .map((problem) => formatProblem(problem).slice(folder.length + 1));
  }
}

describe('the examples of the editors’ guide', () => {
  it('are found: every kind the guide gives', () => {
    const places = new Set(examples.map((example) => example.place));
    expect([...places].sort()).toEqual(['article', 'edition', 'file', 'site', 'text']);
    expect(examples.length).toBeGreaterThanOrEqual(35);
  });

  it.each(examples.map((example) => [example.line, example] as const))(
    'pass the check as written (docs/editing.md, line %i)',
    (_, example) => {
      expect(errorsIn(folderFor(example)), `${example.place}:\n${example.text}`).toEqual([]);
    },
  );
});

describe('the editors’ guide’s contents', () => {
  it('lists every section, each linked to its heading', () => {
    const slug = (heading: string) =>
      heading
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s-]/gu, '')
        .trim()
        .replace(/\s+/g, '-');
    const sections = lines
      .filter((line) => line.startsWith('## '))
      .map((line) => `#${slug(line.slice(3))}`);
    const listed = lines.flatMap((line) => /^- \[[^\]]+\]\((#[^)]+)\)$/.exec(line)?.[1] ?? []);
    expect(listed).toEqual(sections);
  });
});
