import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { ProblemList } from './problems';

/*
 * Plain-English advice in the spirit of GOV.UK's content design guidance. These are warnings:
 * they never stop publication, but `npm run check` shows them to the editor.
 */

/** Sentences longer than this are hard to read; GOV.UK suggests 25 words at most. */
const LONG_SENTENCE_WORDS = 30;
const BARE_ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>()]+[^\s<>().,;:!?'"]/g;

// Link text that says nothing out of context, which screen reader users hear in link lists.
const VAGUE_LINK_TEXT = new Set([
  'click here',
  'here',
  'click',
  'this link',
  'link',
  'read more',
  'more',
  'this page',
  'this',
]);

/** The description that marks a picture in the text as decoration: shown with empty alt text. */
export const DECORATIVE = 'decorative';

/** Where a tree came from, to turn its positions into file lines. */
export interface TreeSource {
  file: string;
  /** Line of the file on which the Markdown starts. */
  firstLine: number;
  /**
   * Who signed the wording off, and when (an article's `approved:`): its long sentences are
   * then said once, as a note, rather than one piece of advice each.
   */
  approved?: string;
}

/** Reports content design warnings for one Markdown body. */
export function checkContentDesign(tree: Root, source: TreeSource, problems: ProblemList): void {
  const lineOf = (node: Nodes) => source.firstLine + (node.position?.start.line ?? 1) - 1;
  const columnOf = (node: Nodes) => node.position?.start.column ?? 1;

  const longSentences: { line: number; column: number; message: string }[] = [];
  visit(tree, (node, _index, parent) => {
    // Every picture is described, as a cover or an article's image must be; one that is only
    // decoration says so, so that leaving it blank is never a mistake that publishes.
    if (node.type === 'image' && !node.alt?.trim()) {
      problems.add(
        source.file,
        lineOf(node),
        `this image has no description: describe it in the square brackets, e.g. ![Bar chart of referrals by month](chart.png), or if it is only decoration write ![${DECORATIVE}](${node.url})`,
        columnOf(node),
      );
    }
    if (node.type === 'link') {
      const label = toString(node).trim();
      if (VAGUE_LINK_TEXT.has(label.toLowerCase().replace(/[.!:]+$/, ''))) {
        problems.warn(
          source.file,
          lineOf(node),
          `link text "${label}" does not say where it goes: use words that describe the destination`,
          columnOf(node),
        );
      } else if (/^(?:https?:\/\/|www\.)/i.test(label)) {
        problems.warn(
          source.file,
          lineOf(node),
          'a bare web address as link text is hard to read aloud: link words that describe the destination',
          columnOf(node),
        );
      }
    }
    if (node.type === 'text' && parent?.type !== 'link') {
      for (const match of node.value.matchAll(BARE_ADDRESS)) {
        const { line, column } = positionIn(node, match.index, source.firstLine);
        problems.warn(
          source.file,
          line,
          `"${match[0]}" is a bare web address, shown as text rather than a link: write it as [words that say where it goes](${match[0]})`,
          column,
        );
      }
    }
    if (node.type === 'paragraph') {
      for (const sentence of sentences(toString(node, { includeImageAlt: false }))) {
        const words = sentence.split(/\s+/).filter(Boolean).length;
        if (words > LONG_SENTENCE_WORDS)
          longSentences.push({
            line: lineOf(node),
            column: columnOf(node),
            message: `a sentence of ${words} words ("${sentence.split(/\s+/).slice(0, 6).join(' ')}…"): keep sentences under ${LONG_SENTENCE_WORDS} words`,
          });
      }
    }
  });

  const [first] = longSentences;
  if (source.approved && first)
    problems.note(
      source.file,
      first.line,
      `${longSentences.length === 1 ? '1 sentence is' : `${longSentences.length} sentences are`} over ${LONG_SENTENCE_WORDS} words, left as approved: ${source.approved}`,
      first.column,
    );
  else
    for (const { line, column, message } of longSentences)
      problems.warn(source.file, line, message, column);

  checkHeadings(tree, source, problems, lineOf);
}

function checkHeadings(
  tree: Root,
  source: TreeSource,
  problems: ProblemList,
  lineOf: (node: Nodes) => number,
): void {
  // The page title is the h1, so the body's first heading should be a ## (level 2).
  let previous = 1;
  tree.children.forEach((node, index) => {
    if (node.type !== 'heading') return;
    if (node.depth > previous + 1) {
      problems.warn(
        source.file,
        lineOf(node),
        `this heading jumps from level ${previous} to level ${node.depth}: use ${'#'.repeat(previous + 1)} here so the structure has no gaps`,
      );
    }
    previous = node.depth;

    const next = tree.children[index + 1];
    if (next === undefined || (next.type === 'heading' && next.depth <= node.depth)) {
      problems.warn(
        source.file,
        lineOf(node),
        `the section "${toString(node)}" is empty: add its text or remove the heading`,
      );
    }
  });
}

/** The file line and column of a character in a text node, which may span several lines. */
function positionIn(
  node: Nodes,
  index: number,
  firstLine: number,
): { line: number; column: number } {
  const value = 'value' in node ? node.value : '';
  const before = value.slice(0, index).split('\n');
  const start = node.position?.start ?? { line: 1, column: 1 };
  const column = before.length === 1 ? start.column + index : (before.at(-1)?.length ?? 0) + 1;
  return { line: firstLine + start.line - 1 + before.length - 1, column };
}

/**
 * Words that end in a full stop without ending a sentence: titles, ranks and common short forms
 * in a programme's writing ("Det. Insp. Shah", "No. 10", "e.g. a toolkit").
 */
const ABBREVIATION =
  /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Prof|Rev|St|No|Nos|Vol|Det|Insp|Supt|Sgt|Con|Ch|Cllr|Gen|Lt|Col|Capt|approx|ca|cf|etc|vs|e\.g|i\.e|[A-Z])\.$/;

/** Splits text into sentences at full stops, question and exclamation marks. */
function sentences(text: string): string[] {
  const pieces = text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[A-Z0-9])/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
  // A piece that ends in a short form (Dr. or an initial) runs on into the next.
  const joined: string[] = [];
  for (const piece of pieces) {
    const last = joined.at(-1);
    if (last !== undefined && ABBREVIATION.test(last))
      joined[joined.length - 1] = `${last} ${piece}`;
    else joined.push(piece);
  }
  return joined;
}

/** About as many words as a summary on a card holds: one sentence of plain English. */
const SUMMARY_WORDS = 30;

/**
 * The first sentence of `paragraph`, for an article without a summary: cut at a word near
 * SUMMARY_WORDS when the sentence runs longer, and marked as cut with an ellipsis.
 */
export function firstSentence(paragraph: string): string {
  const first = sentences(paragraph)[0] ?? '';
  const words = first.split(' ');
  if (words.length <= SUMMARY_WORDS) return first;
  // Cut after a word, at a comma or similar break in the last third if there is one.
  const kept = words.slice(0, SUMMARY_WORDS);
  const pause = kept.findLastIndex(
    (word, index) => index >= (SUMMARY_WORDS * 2) / 3 && /[,;:–—]$/.test(word),
  );
  const cut = pause >= 0 ? kept.slice(0, pause + 1) : kept;
  return `${cut.join(' ').replace(/[,;:–—]+$/, '')}…`;
}
