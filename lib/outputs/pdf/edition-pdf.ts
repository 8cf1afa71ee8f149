import type { Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Article, Edition } from '../../library/getters';
import { printPicture } from '../../content/picture-metadata';
import { formatDate } from '../../site/dates';
import { inSentence, type SiteSettings } from '../../site/settings';
import { articlePath, editionPath, pdfPath } from '../../site/urls';
import { eventWhen } from '../calendar';
import { editionFullTitle } from '../email';
import { bylineText } from '../text-file';
import {
  BODY,
  bodyOpening,
  HEADING_SIZES,
  setBody,
  setHeading,
  type BodyContext,
  type PrintPicture,
} from './markdown';
import { mainFont, type Face } from './fonts';
import { clip } from '../preview-card';
import {
  ACCENT,
  COVER,
  MUTED,
  NAVY,
  PAGE,
  RULE,
  Typesetter,
  type Element,
  type Span,
  type TextStyle,
} from './typesetter';

/*
 * The edition as an accessible PDF, made from the same Markdown as every other format and
 * without a browser: PDFKit writes a tagged PDF (PDF/UA's identifier, a structure tree in
 * reading order, the language, the title shown, bookmarks, embedded fonts). It is laid out as
 * a magazine (a full-page cover, then two columns that articles flow through) and reads in the
 * order of the plain view and the text file: the cover, the introduction, the contents, then
 * each article, so the three formats say the same words in the same order.
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
  // What the edition holds, opening the first page of reading as a standfirst.
  t.text(t.root, 'P', [{ text: edition.summary, face: 'serif' }], {
    size: 13,
    lineGap: 3,
    color: NAVY,
    after: 6,
  });
  if (edition.intro.tree.children.length > 0) {
    t.element(t.root, 'Sect', (section) => {
      setHeading(t, 1, [{ text: 'Introduction', face: 'sans' }], section);
      setBody(edition.intro.tree.children, section, context());
    });
    t.doc.outline.addItem('Introduction');
  }

  // The contents follow the introduction in its column when their heading and a few entries
  // fit there, and go on into the next: a half-empty column reads as a mistake.
  const heights = entryHeights(t, edition);
  const opening = heights.slice(0, CONTENTS_TOGETHER).reduce((sum, height) => sum + height, 0);
  t.keepTogether(CONTENTS_HEADING + opening);
  const contents = reserveContents(t, heights);

  const pages = new Map<Article, number>();
  for (const article of edition.articles) {
    // Articles flow on, as in a magazine; one starts a new column only when its opening (the
    // opener and the first lines of its text) does not fit in what is left of this one.
    const opener = openerBlocks(article, site);
    const opening =
      blocksHeight(t, opener) +
      bodyOpening([...leadPicture(article), ...article.body.tree.children], context());
    if (t.doc.y > t.doc.page.margins.top) {
      if (t.doc.y + ARTICLE_RULE + opening > t.bottom) t.nextColumn();
      else {
        t.doc.y += ARTICLE_RULE / 2;
        t.rule();
        t.doc.y += ARTICLE_RULE / 2;
      }
    }
    pages.set(article, t.place.page);
    setArticle(t, article, opener, context(t.doc.outline.addItem(article.title)));
  }
  t.doc.y += 12;
  t.rule();
  t.doc.y += 8;
  t.text(t.root, 'P', [{ text: `End of ${site.name} edition ${edition.number}.`, face: 'serif' }], {
    ...BODY,
    color: MUTED,
  });
  t.doc.leaveRightColumn();

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

/**
 * The cover, a page of its own in the masthead's navy: the cover picture (uploaded, or drawn
 * for an edition without one) as large as the page allows, and below it the edition's title,
 * its date and where the current copy lives: a PDF is forwarded and printed,
 * and a correction or a withdrawal reaches the copies online, not the one in someone's inbox.
 */
function setCover(
  t: Typesetter,
  edition: Edition,
  site: SiteSettings,
  pictures: ReadonlyMap<string, PrintPicture>,
): void {
  const { width: pageWidth, height: pageHeight, margins } = t.doc.page;
  const bottom = margins.bottom;
  margins.bottom = COVER_MARGIN;
  t.artifact(() => t.doc.rect(0, 0, pageWidth, pageHeight).fill(COVER.background));

  const online = `${site.baseUrl}${editionPath(edition.number)}`;
  const pdf = `${site.baseUrl}${pdfPath(edition.number)}`;
  const small = { size: 9.5, lineGap: 2, color: COVER.muted, linkColor: COVER.link };
  const band: Block[] = [
    {
      type: 'P',
      spans: [{ text: `${site.name} · Edition ${edition.number}`.toUpperCase(), face: 'sans' }],
      style: { size: 9.5, color: COVER.link, after: 6 },
    },
    {
      type: 'H1',
      spans: [{ text: edition.title, face: 'serifBold' }],
      style: { size: 24, lineGap: 2, color: COVER.text, after: 8 },
    },
    {
      type: 'P',
      spans: [
        {
          text: `Published ${formatDate(edition.published)} by ${inSentence(site.publisher)}`,
          face: 'serif',
        },
      ],
      style: { ...small, after: 2 },
    },
    {
      type: 'P',
      spans: [
        { text: 'Online: ', face: 'serif' },
        { text: online, face: 'serif', link: online },
      ],
      style: { ...small, after: 2 },
    },
    {
      type: 'P',
      spans: [
        { text: 'PDF: ', face: 'serif' },
        { text: pdf, face: 'serif', link: pdf },
      ],
      style: { ...small, after: 0 },
    },
  ];
  const left = t.left;
  const width = t.width;
  t.left = COVER_MARGIN;
  t.width = pageWidth - 2 * COVER_MARGIN;
  const bandTop = pageHeight - COVER_MARGIN - blocksHeight(t, band);

  t.element(t.root, 'Sect', (cover) => {
    const picture = pictures.get(fileName(edition.cover?.url) ?? '');
    if (picture && edition.cover) {
      const space = bandTop - COVER_MARGIN;
      // Across the whole page when its shape allows, else as tall as the space, centred.
      const bleed = pageWidth / picture.width;
      const scale =
        picture.height * bleed <= space
          ? bleed
          : Math.min(
              (pageWidth - 2 * COVER_MARGIN) / picture.width,
              (space - COVER_MARGIN) / picture.height,
            );
      const pictureWidth = picture.width * scale;
      const pictureHeight = picture.height * scale;
      const x = (pageWidth - pictureWidth) / 2;
      const y = scale === bleed ? 0 : COVER_MARGIN;
      t.element(
        cover,
        'Figure',
        (figure) =>
          figure.add(() =>
            t.doc.image(picture.data, x, y, { width: pictureWidth, height: pictureHeight }),
          ),
        { alt: edition.cover.alt, bbox: [x, y, x + pictureWidth, y + pictureHeight] },
      );
    } else
      t.text(cover, 'P', [{ text: site.name, face: 'serifBold' }], {
        size: 48,
        color: COVER.text,
      });
    t.doc.y = bandTop;
    for (const block of band) t.text(cover, block.type, block.spans, block.style);
  });
  t.left = left;
  t.width = width;
  margins.bottom = bottom;
}

/** The cover's margin: its text and a picture that does not fill the page's width keep it. */
const COVER_MARGIN = 40;

/** Where the contents are drawn once the articles' pages are known. */
interface ContentsPlace {
  section: Element;
  list: Element;
  /** Where each entry goes, measured as it will be set (entryHeights). */
  entries: { page: number; column: number; y: number }[];
}

/** Longest summary a contents entry gives, cut at a word: about two lines of a column. */
const ENTRY_SUMMARY = 90;

/** The space between one article and the next, with a rule across the column in the middle. */
const ARTICLE_RULE = 26;

/** The contents' heading, and the space between it and the first entry. */
const CONTENTS_HEADING = 60;

/** The entries the contents must fit in the introduction's column to start there. */
const CONTENTS_TOGETHER = 3;

/** The space between two entries of the contents. */
const ENTRY_GAP = 10;

/** The width kept at the right of the contents for the page numbers. */
const PAGE_NUMBER_WIDTH = 24;

/** How an entry's title and the line under it are set. */
const ENTRY_TITLE: TextStyle = { ...BODY, after: 0 };
const ENTRY_ABOUT: TextStyle = { size: 10, lineGap: 2, color: MUTED, after: 0 };

/** The width an entry's title and summary are set in: the page number and its leader have the rest. */
function entryWidth(t: Typesetter): number {
  return t.width - PAGE_NUMBER_WIDTH - 6;
}

/**
 * What a contents entry says: its number and title (a withdrawn article says so) in bold,
 * then, smaller, its section and what it is about.
 */
function entryWords(article: Article): { title: string; about: string } {
  const title = article.withdrawn ? `${article.title} [withdrawn]` : article.title;
  const summary = clip(article.summary, ENTRY_SUMMARY);
  return {
    title: `${article.position}. ${title}`,
    about: article.section ? `${article.section} · ${summary}` : summary,
  };
}

/**
 * The lines `text` breaks into across `width` in `face` and `size`: words fill a line until the
 * next would pass the width, as PDFKit breaks them, so a leader can start where the title ends.
 */
function linesOf(t: Typesetter, text: string, face: Face, size: number, width: number): string[] {
  t.doc.font(mainFont(face)).fontSize(size);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const longer = line ? `${line} ${word}` : word;
    if (line && t.doc.widthOfString(longer) > width) {
      lines.push(line);
      line = word;
    } else line = longer;
  }
  return [...lines, line];
}

/**
 * The height each entry of the contents takes, measured as it will be set, so the pages kept
 * for the contents hold them exactly, whatever their titles' and summaries' lengths.
 */
function entryHeights(t: Typesetter, edition: Edition): number[] {
  const width = t.width;
  t.width = entryWidth(t);
  const heights = edition.articles.map((article) => {
    const { title, about } = entryWords(article);
    return (
      t.measure([{ text: title, face: 'serifBold' }], ENTRY_TITLE) +
      t.measure([{ text: about, face: 'serif' }], ENTRY_ABOUT) +
      ENTRY_GAP
    );
  });
  t.width = width;
  return heights;
}

/**
 * Heads the contents and keeps room for them: the articles' page numbers are known only once
 * they are set, and PDFKit can go back to a page it kept but not put one in between.
 */
function reserveContents(t: Typesetter, heights: readonly number[]): ContentsPlace {
  // Left open (not t.element) until fillContents has added the entries.
  const section = t.doc.struct('Sect');
  t.root.add(section);
  setHeading(t, 1, [{ text: 'Contents', face: 'sans' }], section);
  t.doc.outline.addItem('Contents');
  const list = t.doc.struct('TOC');
  section.add(list);
  t.doc.y += 6;
  // Walked as the entries will be set: one that does not fit goes to the next column.
  const entries = heights.map((height) => {
    t.keepTogether(height);
    const entry = { ...t.place, y: t.doc.y };
    t.doc.y += height;
    return entry;
  });
  return { section, list, entries };
}

/**
 * Fills the room kept: each article's number and title, a dotted leader to its page number
 * (both linked to the page), then its section and what it is about.
 */
function fillContents(
  t: Typesetter,
  place: ContentsPlace,
  edition: Edition,
  pages: ReadonlyMap<Article, number>,
): void {
  const width = t.width;
  const left = t.left;
  edition.articles.forEach((article, index) => {
    const entry = place.entries[index];
    if (!entry) return;
    t.doc.switchToPage(entry.page);
    if (entry.column === 1) t.doc.enterRightColumn();
    const target = pages.get(article) ?? 0;
    const top = entry.y;
    t.doc.y = top;
    const { title, about } = entryWords(article);
    const lines = linesOf(t, title, 'serifBold', ENTRY_TITLE.size, entryWidth(t));
    const lineHeight = t.doc.currentLineHeight(true) + (ENTRY_TITLE.lineGap ?? 0);
    const lastLine = top + (lines.length - 1) * lineHeight;
    const titleEnd = left + t.doc.widthOfString(lines.at(-1) ?? '');
    t.element(place.list, 'TOCI', (item) => {
      t.width = entryWidth(t);
      t.text(item, 'Reference', [{ text: title, face: 'serifBold', link: target }], ENTRY_TITLE);
      t.text(item, 'P', [{ text: about, face: 'serif' }], ENTRY_ABOUT);
      t.width = PAGE_NUMBER_WIDTH;
      t.left = left + width - PAGE_NUMBER_WIDTH;
      t.doc.y = lastLine;
      t.text(item, 'Reference', [{ text: String(target + 1), face: 'serif', link: target }], {
        ...ENTRY_TITLE,
        align: 'right',
      });
      t.left = left;
      t.width = width;
    });
    const number = String(target + 1);
    const numberStart = left + width - t.doc.font(mainFont('serif')).widthOfString(number);
    const baseline = lastLine + ENTRY_TITLE.size * 0.8;
    if (numberStart - titleEnd > 24)
      t.artifact(() =>
        t.doc
          .moveTo(titleEnd + 6, baseline)
          .lineTo(numberStart - 6, baseline)
          .lineWidth(1)
          .lineCap('round')
          .dash(0.01, { space: 4 })
          .strokeColor(MUTED)
          .stroke()
          .undash()
          .lineCap('butt'),
      );
    t.doc.leaveRightColumn();
  });
  place.section.end();
}

/** A block of text and how it is set, as a structure element of `type`. */
interface Block {
  type: string;
  spans: Span[];
  style: TextStyle & { after: number };
}

/** The height `blocks` take set one under the other, with the space after each. */
function blocksHeight(t: Typesetter, blocks: readonly Block[]): number {
  return blocks.reduce(
    (sum, block) => sum + t.measure(block.spans, block.style) + block.style.after,
    0,
  );
}

/**
 * What opens an article: its section, title, byline, date of update, address and any
 * withdrawal notice. Measured before it is set, to keep it in one column with the first lines.
 */
function openerBlocks(article: Article, site: SiteSettings): Block[] {
  const muted = { ...BODY, color: MUTED, after: 2 };
  const online = `${site.baseUrl}${articlePath(article.editionNumber, article.slug)}`;
  const byline = bylineText(article);
  return [
    ...(article.section
      ? [
          {
            type: 'P',
            spans: [{ text: article.section.toUpperCase(), face: 'sans' as const }],
            style: { size: 8.5, color: ACCENT, after: 4 },
          },
        ]
      : []),
    {
      type: 'H1',
      spans: [{ text: article.title, face: 'serifBold' }],
      style: { size: HEADING_SIZES[1], lineGap: 2, color: NAVY, after: 8 },
    },
    ...(byline
      ? [{ type: 'P', spans: [{ text: byline, face: 'serif' as const }], style: muted }]
      : []),
    ...(article.updated
      ? [
          {
            type: 'P',
            spans: [{ text: `Updated ${formatDate(article.updated)}`, face: 'serif' as const }],
            style: muted,
          },
        ]
      : []),
    {
      type: 'P',
      spans: [
        { text: 'Online: ', face: 'serif' },
        { text: online, face: 'serif', link: online },
      ],
      style: { ...muted, after: 12 },
    },
    ...(article.withdrawn
      ? [
          {
            type: 'P',
            spans: [
              {
                text: `WITHDRAWN on ${formatDate(article.withdrawn.date)}: ${article.withdrawn.reason}`,
                face: 'serifBold' as const,
              },
            ],
            style: { ...BODY, color: ACCENT, after: 12 },
          },
        ]
      : []),
  ];
}

/** The article's own picture, set as a paragraph holding it at the head of its body. */
function leadPicture(article: Article): RootContent[] {
  if (!article.image) return [];
  const { url, alt } = article.image;
  return [
    {
      type: 'paragraph',
      children: [{ type: 'image', url, alt, data: { file: fileName(url) } }],
    },
  ];
}

/** One article: its opener, picture and body, its events and its corrections. */
function setArticle(
  t: Typesetter,
  article: Article,
  opener: readonly Block[],
  context: BodyContext,
): void {
  t.element(t.root, 'Sect', (section) => {
    for (const block of opener) t.text(section, block.type, block.spans, block.style);
    setBody(leadPicture(article), section, { ...context, outline: undefined });
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
    const across = { x: PAGE.margin, width: width - 2 * PAGE.margin };
    t.artifact(() => {
      t.doc.fillColor(MUTED);
      t.furnitureLine(`${site.name} · Edition ${edition.number} · ${edition.title}`, 'sans', 8.5, {
        ...across,
        y: 44,
      });
      t.doc
        .moveTo(PAGE.margin, 58)
        .lineTo(width - PAGE.margin, 58)
        .lineWidth(0.5)
        .strokeColor(RULE)
        .stroke();
      t.furnitureLine(`Page ${index + 1} of ${count}`, 'sans', 8.5, {
        ...across,
        y: height - 50,
        align: 'right',
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
