import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Article, Edition } from '../../library/getters';
import { printPicture } from '../../content/picture-metadata';
import { formatDate } from '../../site/dates';
import { inSentence, type SiteSettings } from '../../site/settings';
import { articlePath, editionPath, pdfPath } from '../../site/urls';
import { eventWhen } from '../calendar';
import { editionFullTitle } from '../email';
import { bylineText } from '../text-file';
import { BODY, setBody, setHeading, type BodyContext, type PrintPicture } from './markdown';
import { mainFont } from './fonts';
import { clip } from '../preview-card';
import { ACCENT, MUTED, NAVY, PAGE, RULE, Typesetter, type Element, type Span } from './typesetter';

/*
 * The edition as an accessible PDF, made from the same Markdown as every other format and
 * without a browser: PDFKit writes a tagged PDF (PDF/UA's identifier, a structure tree in
 * reading order, the language, the title shown, bookmarks, embedded fonts). It reads in the
 * order of the plain view and the text file: the cover, the introduction, the contents, then
 * each article from a new page, so the three formats say the same words in the same order.
 */

/** Reads a picture of the edition's folder by its file name (the route checks who may see it). */
export type PictureReader = (
  name: string,
) => Promise<{ bytes: Uint8Array; contentType: string } | undefined>;

/** The PDF edition's file name: the magazine's and the edition's number. */
export function pdfFileName(siteSlug: string, edition: Pick<Edition, 'number'>): string {
  return `${siteSlug}-edition-${edition.number}.pdf`;
}

/** Writes the PDF edition of `edition`. */
export async function editionPdf(
  edition: Edition,
  site: SiteSettings,
  readPicture: PictureReader,
): Promise<Uint8Array> {
  const pictures = await loadPictures(edition, readPicture);
  const t = new Typesetter({
    title: editionFullTitle(edition, site),
    author: site.publisher,
    subject: edition.summary,
    language: site.language,
    created: new Date(`${edition.published}T00:00:00Z`),
  });
  const context = (outline?: PDFKit.PDFOutline): BodyContext => ({
    t,
    baseUrl: site.baseUrl,
    pictures,
    footnotes: new Map(),
    outline,
  });

  setCover(t, edition, site, pictures);

  t.doc.addPage();
  if (edition.intro.tree.children.length > 0) {
    t.element(t.root, 'Sect', (section) => {
      setHeading(t, 1, [{ text: 'Introduction', face: 'sans' }], section);
      setBody(edition.intro.tree.children, section, context());
    });
    t.doc.outline.addItem('Introduction');
  }

  // The contents share the introduction's page when they fit there.
  const heights = entryHeights(t, edition);
  const contentsHeight = CONTENTS_HEADING + heights.reduce((sum, height) => sum + height, 0);
  if (t.doc.y > t.doc.page.margins.top && t.doc.y + contentsHeight > t.bottom) t.doc.addPage();
  const contents = reserveContents(t, heights);

  const pages = new Map<Article, number>();
  for (const article of edition.articles) {
    // Articles flow on, as in a magazine; one starts a new page only when little of this one
    // is left, so no page holds a few lines of an opener.
    if (t.bottom - t.doc.y < (t.bottom - t.doc.page.margins.top) * NEW_PAGE_BELOW) t.doc.addPage();
    else if (t.doc.y > t.doc.page.margins.top) {
      t.doc.y += 18;
      t.rule();
      t.doc.y += 14;
    }
    pages.set(article, t.doc.bufferedPageRange().count - 1);
    setArticle(t, article, site, context(t.doc.outline.addItem(article.title)));
  }
  t.doc.y += 12;
  t.rule();
  t.doc.y += 8;
  t.text(t.root, 'P', [{ text: `End of ${site.name} edition ${edition.number}.`, face: 'serif' }], {
    ...BODY,
    color: MUTED,
  });

  fillContents(t, contents, edition, pages);
  setFurniture(t, edition, site);
  return finish(t);
}

/** The file names of the pictures the PDF shows: the cover and every article's pictures. */
export function pictureNames(edition: Edition): string[] {
  const names = new Set<string>();
  const coverName = fileName(edition.cover?.url);
  if (coverName) names.add(coverName);
  const collect = (tree: Root) =>
    visit(tree, 'image', (node) => {
      if (node.data?.file) names.add(node.data.file);
    });
  collect(edition.intro.tree);
  for (const article of edition.articles) {
    const name = fileName(article.image?.url);
    if (name) names.add(name);
    collect(article.body.tree);
  }
  return [...names];
}

/** Every picture the edition shows in the PDF, made ready to embed before anything is drawn. */
async function loadPictures(
  edition: Edition,
  readPicture: PictureReader,
): Promise<Map<string, PrintPicture>> {
  const loaded = await Promise.all(
    pictureNames(edition).map(async (name) => {
      const file = await readPicture(name);
      return file && ([name, await printPicture(file.bytes, file.contentType)] as const);
    }),
  );
  return new Map(loaded.filter((entry) => entry !== undefined));
}

/** The last part of a picture's address: its file name in the edition's folder. */
function fileName(url: string | undefined): string | undefined {
  return url ? decodeURIComponent(url.split('/').pop() ?? '') || undefined : undefined;
}

/** The cover: the picture, the magazine's name, the edition's number, title, date and summary. */
function setCover(
  t: Typesetter,
  edition: Edition,
  site: SiteSettings,
  pictures: ReadonlyMap<string, PrintPicture>,
): void {
  t.element(t.root, 'Sect', (cover) => {
    t.text(cover, 'P', [{ text: site.name, face: 'sans' }], { size: 16, color: NAVY, after: 2 });
    t.text(cover, 'P', [{ text: `Edition ${edition.number}`, face: 'sans' }], {
      size: 12,
      color: ACCENT,
      after: 14,
    });
    const picture = pictures.get(fileName(edition.cover?.url) ?? '');
    if (picture && edition.cover) {
      const maxHeight = (t.bottom - t.doc.page.margins.top) * 0.5;
      const scale = Math.min(t.width / picture.width, maxHeight / picture.height);
      const width = picture.width * scale;
      const height = picture.height * scale;
      const x = t.left + (t.width - width) / 2;
      const y = t.doc.y;
      t.element(
        cover,
        'Figure',
        (figure) => figure.add(() => t.doc.image(picture.data, x, y, { width, height })),
        { alt: edition.cover.alt, bbox: [x, y, x + width, y + height] },
      );
      t.doc.y = y + height + 20;
    }
    t.text(cover, 'H1', [{ text: edition.title, face: 'serifBold' }], {
      size: 30,
      color: NAVY,
      after: 8,
    });
    t.text(
      cover,
      'P',
      [
        {
          text: `Published ${formatDate(edition.published)} by ${inSentence(site.publisher)}`,
          face: 'serif',
        },
      ],
      { ...BODY, color: MUTED, after: 2 },
    );
    // Where the current copy lives: a PDF is forwarded and printed, and a correction or a
    // withdrawal reaches the copies online, not the one in someone's inbox.
    const online = `${site.baseUrl}${editionPath(edition.number)}`;
    const pdf = `${site.baseUrl}${pdfPath(edition.number)}`;
    for (const [label, address, after] of [
      ['Online: ', online, 2],
      ['PDF: ', pdf, 14],
    ] as const)
      t.text(
        cover,
        'P',
        [
          { text: label, face: 'serif' },
          { text: address, face: 'serif', link: address },
        ],
        { ...BODY, color: MUTED, after },
      );
    t.text(cover, 'P', [{ text: edition.summary, face: 'serif' }], {
      size: 13,
      lineGap: 4,
      after: 0,
    });
  });
}

/** Where the contents are drawn once the articles' pages are known. */
interface ContentsPlace {
  section: Element;
  list: Element;
  firstPage: number;
  y: number;
  /** Each entry's height (entryHeights). */
  heights: readonly number[];
}

/** Longest summary a contents entry gives, cut at a word: two lines of the contents. */
const ENTRY_SUMMARY = 140;

/** An article starts a new page when less than this share of the page is left. */
const NEW_PAGE_BELOW = 0.3;

/** The contents' heading, and the space between it and the first entry. */
const CONTENTS_HEADING = 60;

/** The space between two entries of the contents. */
const ENTRY_GAP = 10;

/** The width an entry's title and summary are set in: the page number has the rest. */
function entryWidth(t: Typesetter): number {
  return t.width - 48;
}

/**
 * What an entry says before its summary: the article's number and title (a withdrawn article
 * says so) in bold, then its section. Linked to `target`, the article's page, when given.
 */
function entrySpans(article: Article, target?: number): Span[] {
  const title = article.withdrawn ? `${article.title} [withdrawn]` : article.title;
  return [
    { text: `${article.position}. ${title}`, face: 'serifBold', link: target },
    ...(article.section
      ? [{ text: ` (${article.section})`, face: 'serif' as const, link: target }]
      : []),
  ];
}

/**
 * The height each entry of the contents takes, measured as it will be set, so the pages kept
 * for the contents hold them exactly, whatever their titles' and summaries' lengths.
 */
function entryHeights(t: Typesetter, edition: Edition): number[] {
  const width = entryWidth(t);
  return edition.articles.map((article) => {
    const title = t.doc
      .font(mainFont('serifBold'))
      .fontSize(BODY.size)
      // Measured all in bold, the wider face, so the space kept is never short.
      .heightOfString(
        entrySpans(article)
          .map((span) => span.text)
          .join(''),
        {
          width,
          lineGap: BODY.lineGap,
        },
      );
    const summary = t.doc
      .font(mainFont('serif'))
      .fontSize(ENTRY_SUMMARY_SIZE)
      .heightOfString(clip(article.summary, ENTRY_SUMMARY), { width, lineGap: 2 });
    return title + summary + ENTRY_GAP;
  });
}

/** The size of an entry's summary. */
const ENTRY_SUMMARY_SIZE = 10;

/**
 * Heads the contents and keeps pages for them: the articles' page numbers are known only once
 * they are set, and PDFKit can go back to a page it kept but not put one in between.
 */
function reserveContents(t: Typesetter, heights: readonly number[]): ContentsPlace {
  // Left open (not t.element) until fillContents has added the entries.
  const section = t.doc.struct('Sect');
  t.root.add(section);
  setHeading(t, 1, [{ text: 'Contents', face: 'sans' }], section);
  t.doc.outline.addItem('Contents');
  const y = t.doc.y + 6;
  const list = t.doc.struct('TOC');
  section.add(list);
  const firstPage = t.doc.bufferedPageRange().count - 1;
  // Walked as fillContents will set them: an entry that does not fit goes to a new page.
  t.doc.y = y;
  for (const height of heights) {
    if (t.doc.y + height > t.bottom) {
      t.doc.addPage();
      t.doc.y = t.doc.page.margins.top;
    }
    t.doc.y += height;
  }
  return { section, list, firstPage, y, heights };
}

/**
 * Fills the kept pages: each article's number, title and section, linked to its first page,
 * and what it is about.
 */
function fillContents(
  t: Typesetter,
  place: ContentsPlace,
  edition: Edition,
  pages: ReadonlyMap<Article, number>,
): void {
  let page = place.firstPage;
  t.doc.switchToPage(page);
  t.doc.y = place.y;
  edition.articles.forEach((article, index) => {
    const height = place.heights[index] ?? 0;
    if (t.doc.y + height > t.bottom) {
      page += 1;
      t.doc.switchToPage(page);
      t.doc.y = t.doc.page.margins.top;
    }
    const target = pages.get(article) ?? 0;
    const top = t.doc.y;
    const entry = entrySpans(article, target);
    t.element(place.list, 'TOCI', (item) => {
      const width = t.width;
      t.width = entryWidth(t);
      t.text(item, 'Reference', entry, { ...BODY, after: 0 });
      t.text(item, 'P', [{ text: clip(article.summary, ENTRY_SUMMARY), face: 'serif' }], {
        size: ENTRY_SUMMARY_SIZE,
        lineGap: 2,
        color: MUTED,
        after: 0,
      });
      t.width = 40;
      t.left += width - 40;
      t.doc.y = top;
      t.text(item, 'Reference', [{ text: String(target + 1), face: 'serif', link: target }], {
        ...BODY,
        align: 'right',
        after: 0,
      });
      t.left -= width - 40;
      t.width = width;
      t.doc.y = top + height;
    });
  });
  place.section.end();
}

/** One article: section, title, byline, address, notices, picture and body. */
function setArticle(
  t: Typesetter,
  article: Article,
  site: SiteSettings,
  context: BodyContext,
): void {
  t.element(t.root, 'Sect', (section) => {
    if (article.section)
      t.text(section, 'P', [{ text: article.section.toUpperCase(), face: 'sans' }], {
        size: 9.5,
        color: ACCENT,
        after: 4,
      });
    t.text(section, 'H1', [{ text: article.title, face: 'serifBold' }], {
      size: 22,
      lineGap: 2,
      color: NAVY,
      after: 8,
    });
    const byline = bylineText(article);
    const muted = { ...BODY, color: MUTED, after: 2 };
    if (byline) t.text(section, 'P', [{ text: byline, face: 'serif' }], muted);
    if (article.updated)
      t.text(
        section,
        'P',
        [{ text: `Updated ${formatDate(article.updated)}`, face: 'serif' }],
        muted,
      );
    const online = `${site.baseUrl}${articlePath(article.editionNumber, article.slug)}`;
    t.text(
      section,
      'P',
      [
        { text: 'Online: ', face: 'serif' },
        { text: online, face: 'serif', link: online },
      ],
      { ...muted, after: 12 },
    );
    if (article.withdrawn) {
      const { date, reason } = article.withdrawn;
      t.text(
        section,
        'P',
        [{ text: `WITHDRAWN on ${formatDate(date)}: ${reason}`, face: 'serifBold' }],
        { ...BODY, color: ACCENT, after: 12 },
      );
    }
    const picture = context.pictures.get(fileName(article.image?.url) ?? '');
    if (picture && article.image) {
      setBody(
        [
          {
            type: 'paragraph',
            children: [
              {
                type: 'image',
                url: article.image.url,
                alt: article.image.alt,
                data: { file: fileName(article.image.url) },
              },
            ],
          },
        ],
        section,
        { ...context, outline: undefined },
      );
    }
    setBody(article.body.tree.children, section, context);
    if (article.events?.length) setEvents(t, article, section, context);
    if (article.changes.length > 0) {
      setHeading(
        t,
        2,
        [{ text: 'Corrections and updates', face: 'sans' }],
        section,
        context.outline,
      );
      for (const change of article.changes)
        t.text(
          section,
          'P',
          [{ text: `${formatDate(change.date)}: ${change.note}`, face: 'serif' }],
          BODY,
        );
    }
  });
}

/** "Dates for your diary": each event's title, then its day and times, place and registration. */
function setEvents(t: Typesetter, article: Article, section: Element, context: BodyContext): void {
  setHeading(t, 2, [{ text: 'Dates for your diary', face: 'sans' }], section, context.outline);
  t.element(section, 'L', (list) => {
    for (const event of article.events ?? []) {
      t.keepTogether(BODY.size * 6);
      t.element(list, 'LI', (item) =>
        t.element(item, 'LBody', (body) => {
          t.text(body, 'P', [{ text: event.title, face: 'serifBold' }], { ...BODY, after: 2 });
          const lines: Span[][] = [[{ text: eventWhen(event), face: 'serif' }]];
          if (event.place) lines.push([{ text: `Place: ${event.place}`, face: 'serif' }]);
          if (event.registration)
            lines.push([
              { text: 'Register: ', face: 'serif' },
              { text: event.registration, face: 'serif', link: event.registration },
            ]);
          lines.forEach((line, index) =>
            t.text(body, 'P', line, { ...BODY, after: index === lines.length - 1 ? 10 : 2 }),
          );
        }),
      );
    }
  });
}

/** Running heads and page numbers on every page but the cover, as artifacts. */
function setFurniture(t: Typesetter, edition: Edition, site: SiteSettings): void {
  const { count } = t.doc.bufferedPageRange();
  for (let index = 1; index < count; index += 1) {
    t.doc.switchToPage(index);
    const { margins, width, height } = t.doc.page;
    const bottom = margins.bottom;
    margins.bottom = 0;
    t.artifact(() => {
      t.doc
        .font(mainFont('sans'))
        .fontSize(8.5)
        .fillColor(MUTED)
        .text(`${site.name} · Edition ${edition.number} · ${edition.title}`, PAGE.margin, 44, {
          width: width - 2 * PAGE.margin,
          lineBreak: false,
        });
      t.doc
        .moveTo(PAGE.margin, 58)
        .lineTo(width - PAGE.margin, 58)
        .lineWidth(0.5)
        .strokeColor(RULE)
        .stroke();
      t.doc.text(`Page ${index + 1} of ${count}`, PAGE.margin, height - 50, {
        width: width - 2 * PAGE.margin,
        align: 'right',
        lineBreak: false,
      });
    }, 'Pagination');
    margins.bottom = bottom;
  }
}

/** Ends the document and gathers its bytes. */
function finish(t: Typesetter): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    t.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    t.doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    t.doc.on('error', reject);
    t.doc.end();
  });
}
