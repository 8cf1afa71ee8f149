import path from 'node:path';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { readMediaBytes } from '@/lib/content/folder';
import { loadLibrary } from '@/lib/library/load';
import type { Edition, Library } from '@/lib/content/types';
import { withDrawnCover } from '@/components/shared/drawn-cover';
import { editionPdf, pictureNames } from '@/lib/outputs/pdf/edition-pdf';
import { PAGE } from '@/lib/outputs/pdf/typesetter';
import { editionTextFile } from '@/lib/outputs/text-file';
import { site } from '@/lib/content/site';
import {
  openPdf,
  pictureBoxes,
  setLines,
  type SetLine,
  pageFonts,
  readStructure,
  spokenText,
  untaggedText,
  words,
  wordsInOrder,
} from '../../support/pdf';

/*
 * The PDF edition of every sample edition, read back with pdfjs as a screen reader reads it.
 */

// The sample content, and the test content that holds every feature the site has
// (corrections, a withdrawn article, tables, footnotes, every kind of picture).
const libraries = ['content', 'tests/fixtures/site'].map((folder) => ({
  folder,
  library: loadLibrary(path.resolve(folder), site),
}));

/** The PDF as the site serves it (an edition without a cover gets the drawn one), and the edition as printed. */
async function pdfOf(
  edition: Edition,
  library: Library,
): Promise<{ bytes: Uint8Array; printed: Edition }> {
  const media = library.media.get(edition.number);
  const [printed, , read] = await withDrawnCover(edition, site, async (name) => {
    const file = media?.get(name);
    return file && { bytes: await readMediaBytes(file), contentType: file.contentType };
  });
  return { bytes: await editionPdf(printed, site, read), printed };
}

/**
 * A text's words in scripts set left to right: a right-to-left run may read out of order, and a
 * character no bundled font has is left out (lib/outputs/pdf/fonts.ts).
 */
function leftToRight(text: string): string[] {
  return words(text).filter((word) =>
    /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{N}]+$/u.test(word),
  );
}

/** Every picture description the edition's Markdown gives, cover first. */
function descriptions(edition: Edition): string[] {
  const found: string[] = [];
  if (edition.cover) found.push(edition.cover.alt);
  const collect = (tree: Edition['intro']['tree']) =>
    visit(tree, 'image', (node) => {
      if (node.alt) found.push(node.alt);
    });
  collect(edition.intro.tree);
  for (const article of edition.articles) {
    if (article.image) found.push(article.image.alt);
    collect(article.body.tree);
  }
  return found;
}

describe.each(
  libraries.flatMap(({ folder, library }) =>
    library.editions.map((edition) => [folder, edition.number, edition, library] as const),
  ),
)('the PDF of %s, edition %i', async (_, __, edition, library) => {
  const { bytes, printed } = await pdfOf(edition, library);
  const pdf = await openPdf(bytes);
  const structure = await readStructure(pdf);
  const { info, metadata } = await pdf.getMetadata();

  it('is tagged PDF/UA in the site’s language, with its title shown', async () => {
    expect((await pdf.getMarkInfo())?.Marked).toBe(true);
    expect((info as { Language?: string }).Language).toBe(site.language);
    expect((info as { Title?: string }).Title).toBe(
      `${site.name}, Edition ${edition.number}: ${edition.title}`,
    );
    const preferences = (await pdf.getViewerPreferences()) as {
      DisplayDocTitle?: boolean;
    } | null;
    expect(preferences?.DisplayDocTitle).toBe(true);
    expect(metadata?.get('dc:title')).toBe((info as { Title?: string }).Title);
    expect(metadata?.get('pdfuaid:part')).toBe('1');
    expect(structure[0]?.role).toBe('Document');
  });

  it('draws no text outside its structure but the running heads and page numbers', async () => {
    expect(await untaggedText(pdf)).toEqual([]);
    const artifacts = (await (await pdf.getPage(2)).getTextContent({ includeMarkedContent: true }))
      .items;
    expect(artifacts.some((item) => 'tag' in item && item.tag === 'Artifact')).toBe(true);
  });

  it('carries each article’s corrections and withdrawal notice', () => {
    const text = spokenText(structure);
    for (const article of edition.articles) {
      for (const change of article.changes) expect(text).toContain(change.note);
      if (article.withdrawn) expect(text).toContain(`WITHDRAWN on`);
      if (article.withdrawn) expect(text).toContain(article.withdrawn.reason);
    }
  });

  it('is A4 on every page, at most 5 MB', async () => {
    expect(bytes.byteLength).toBeLessThan(5 * 1024 * 1024);
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const [, , width, height] = (await pdf.getPage(number)).view;
      expect([Math.round(width!), Math.round(height!)]).toEqual([595, 842]);
    }
  });

  it('bookmarks the introduction, the contents and every article', async () => {
    const outline = (await pdf.getOutline()) ?? [];
    expect(outline.map((item) => item.title)).toEqual([
      ...(edition.intro.tree.children.length > 0 ? ['Introduction'] : []),
      'Contents',
      ...edition.articles.map((article) => article.title),
    ]);
  });

  it('heads every article with its title, and nests headings without skipping a level', () => {
    const headings = structure.filter((element) => /^H[1-6]$/.test(element.role));
    const titles = headings.filter((heading) => heading.role === 'H1').map((h) => words(h.text));
    for (const article of edition.articles)
      expect(
        titles.some((title) => leftToRight(article.title).every((word) => title.includes(word))),
        article.title,
      ).toBe(true);
    let level = 0;
    for (const heading of headings) {
      const next = Number(heading.role.slice(1));
      expect(next, `${heading.role} "${heading.text}" after H${level}`).toBeLessThanOrEqual(
        level + 1,
      );
      level = next;
    }
  });

  it('gives every figure its Markdown description as alternative text', () => {
    const figures = structure.filter((element) => element.role === 'Figure');
    expect(figures.map((figure) => figure.alt).sort()).toEqual(descriptions(printed).sort());
  });

  it('says the text file’s words in the same order', () => {
    const expected = words(editionTextFile(edition, site));
    const said = words(spokenText(structure));
    const share = wordsInOrder(expected, said) / expected.length;
    expect(share, `${(share * 100).toFixed(1)}% of the text file's words`).toBeGreaterThanOrEqual(
      0.98,
    );
  });

  it('embeds every font it draws with', async () => {
    for (let number = 1; number <= pdf.numPages; number += 1)
      for (const font of await pageFonts(pdf, number))
        expect(font.embedded, `${font.name} on page ${number}`).toBe(true);
  });

  it('sets emphasis and quotes in the real italic, not the roman slanted', async () => {
    const names = new Set<string>();
    for (let number = 1; number <= pdf.numPages; number += 1)
      for (const font of await pageFonts(pdf, number)) names.add(font.name);
    // Emphasis and pull quotes are what the PDF sets in italic.
    const italicText = [edition.intro, ...edition.articles.map((article) => article.body)].some(
      (body) => body.html.includes('<em>') || body.html.includes('class="pull-quote"'),
    );
    const italicFont = [...names].some((name) => /SourceSerif4-Italic$/.test(name));
    expect(italicFont).toBe(italicText);
    expect([...names].every((name) => !/Oblique|Slanted/.test(name))).toBe(true);
  });

  it('links each contents entry to its article’s page, every link with its text', async () => {
    const contentsPage = structure.find((element) => element.role === 'TOC')?.page ?? 0;
    const annotations = await (await pdf.getPage(contentsPage)).getAnnotations();
    for (const article of edition.articles) {
      const entry = annotations.find((annotation) =>
        (annotation.contentsObj?.str as string | undefined)?.includes(article.title),
      );
      expect(entry, article.title).toBeDefined();
      const target = await pdf.getPageIndex(entry.dest[0]);
      const title = structure.find(
        (element) =>
          element.role === 'H1' &&
          element.page >= contentsPage &&
          leftToRight(element.text).join(' ') === leftToRight(article.title).join(' '),
      );
      expect(target + 1).toBe(title?.page);
    }
    for (let number = 1; number <= pdf.numPages; number += 1)
      for (const annotation of await (await pdf.getPage(number)).getAnnotations())
        expect(annotation.contentsObj?.str, `a link on page ${number}`).not.toBe('');
  });

  it('says in each contents entry what the article is about', () => {
    const entries = structure.filter((element) => element.role === 'TOCI');
    edition.articles.forEach((article, index) => {
      const opening = leftToRight(article.summary).slice(0, 4);
      expect(leftToRight(entries[index]?.text ?? '').join(' ')).toContain(opening.join(' '));
    });
  });

  it('ends no column with a heading', async () => {
    const headings = structure
      .filter((element) => /^H[1-6]$/.test(element.role))
      .map((element) => element.text);
    const lines = (await setLines(pdf)).filter(inTextArea);
    const lastLines = lines.filter((line, index) => {
      const next = lines[index + 1];
      return !next || next.page !== line.page || next.column !== line.column;
    });
    for (const line of lastLines.slice(0, -1))
      expect(
        headings.some((heading) => heading === line.text || heading.endsWith(` ${line.text}`)),
        `page ${line.page} ends a column with "${line.text}"`,
      ).toBe(false);
  });

  it('keeps each quotation in one column with its attribution', async () => {
    const lines = await setLines(pdf);
    const find = (words: string) => lines.find((line) => line.text.includes(words));
    for (const { opening, attribution } of attributedQuotes(edition)) {
      const first = find(opening);
      const last = find(attribution);
      expect(first && last, `${opening} … ${attribution}`).toBeTruthy();
      expect([last?.page, last?.column], attribution).toEqual([first?.page, first?.column]);
    }
  });
});

/** A line inside the text area: not a running head or a page number. */
function inTextArea(line: SetLine): boolean {
  return line.y > PAGE.top - 12 && line.y < 842 - PAGE.bottom + 12;
}

/** The quotations of an edition's articles that end with "— who said it": their first words and the attribution's. */
function attributedQuotes(edition: Edition): { opening: string; attribution: string }[] {
  const found: { opening: string; attribution: string }[] = [];
  for (const article of edition.articles)
    visit(article.body.tree, ['blockquote', 'containerDirective'], (node) => {
      if (
        node.type !== 'blockquote' &&
        !(node.type === 'containerDirective' && node.name === 'pullquote')
      )
        return;
      const paragraphs = node.children.flatMap((child) =>
        child.type === 'blockquote' ? child.children : [child],
      );
      const last = toString(paragraphs.at(-1) ?? '').trim();
      if (paragraphs.length < 2 || !/^[—–]/.test(last)) return;
      const opening = toString(paragraphs[0] ?? '').trim();
      found.push({
        opening: opening.split(/\s+/).slice(0, 3).join(' '),
        attribution: last.split(/\s+/).slice(0, 3).join(' '),
      });
    });
  return found;
}

describe('the PDF of an edition with a Welsh title', async () => {
  const library = libraries[1]!.library;
  const edition = { ...library.editions.at(-1)!, title: 'Gaeaf: gŵyl a’r ŷd' };
  const { bytes } = await pdfOf(edition, library);
  const lines = await setLines(await openPdf(bytes));

  it('sets ŵ and ŷ in its running heads, not a missing-letter box', () => {
    const heads = lines.filter((line) => line.page > 1 && line.y < PAGE.top - 12);
    expect(heads.length).toBeGreaterThan(0);
    for (const head of heads) expect(head.text).toContain(edition.title);
  });
});

/*
 * An edition as editors send one (the test content's edition 6): five articles, about 2,500
 * words, no summaries, no cover and no pictures. It must read as a magazine, not a report.
 */
describe('the PDF of an edition as editors send one', async () => {
  const library = libraries[1]!.library;
  const edition = library.editions.find(
    (candidate) => !candidate.cover && candidate.articles.every((article) => !article.standfirst),
  )!;
  const { bytes, printed } = await pdfOf(edition, library);
  const pdf = await openPdf(bytes);
  const lines = await setLines(pdf);

  it('is such an edition', () => {
    const text = editionTextFile(edition, site);
    expect(edition.articles).toHaveLength(5);
    expect(words(text).length).toBeGreaterThan(2200);
    expect(words(text).length).toBeLessThan(2800);
    expect(pictureNames(edition)).toEqual([]);
  });

  it('fits in at most 7 A4 pages', () => {
    expect(pdf.numPages).toBeLessThanOrEqual(7);
  });

  it('opens with the drawn cover across its first page', async () => {
    const structure = await readStructure(pdf);
    const cover = structure.find((element) => element.role === 'Figure');
    expect(cover?.page).toBe(1);
    expect(cover?.alt).toBe(printed.cover?.alt);
    const [, , width, height] = (await pdf.getPage(1)).view as number[];
    const drawn = await pictureBoxes(pdf, 1);
    expect(drawn).toHaveLength(1);
    expect(drawn[0]!.width).toBeGreaterThan(width! * 0.8);
    expect(drawn[0]!.height).toBeGreaterThan(height! * 0.7);
  });

  it('sets its lines at a comfortable measure: at most 80 characters at the median', () => {
    const lengths = lines
      .filter(inTextArea)
      .map((line) => line.text.length)
      .sort((a, b) => a - b);
    const median = lengths[Math.floor(lengths.length / 2)]!;
    expect(median).toBeLessThanOrEqual(80);
    // Still a magazine's column, not a list of fragments.
    expect(median).toBeGreaterThan(35);
  });

  it('leaves no page but the last holding less than a quarter of a typical page', () => {
    // The cover is a picture: counted from the first page of reading.
    const pages = Array.from({ length: pdf.numPages - 1 }, (_, index) =>
      lines
        .filter((line) => line.page === index + 2 && inTextArea(line))
        .reduce((sum, line) => sum + line.text.length, 0),
    );
    const typical = [...pages].sort((a, b) => a - b)[Math.floor(pages.length / 2)]!;
    pages
      .slice(0, -1)
      .forEach((characters, index) =>
        expect(characters, `page ${index + 2}`).toBeGreaterThanOrEqual(typical / 4),
      );
  });
});
