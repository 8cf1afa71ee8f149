import matter from 'gray-matter';
import { isAlias, isMap, isScalar, LineCounter, parseDocument, visit } from 'yaml';
import type { ProblemList } from './problems';

/** Where a top-level front matter field was written, for error messages. */
interface FieldPosition {
  line: number;
  column: number;
}

/** A Markdown file split into its front matter (still unchecked) and its body. */
export interface SplitFile {
  /** The front matter as plain data; checked against a schema later. */
  data: Record<string, unknown>;
  /** Position of each top-level field, keyed by field name. */
  fields: ReadonlyMap<string, FieldPosition>;
  /** Position of a value inside the front matter, such as `['events', 0, 'date']`, if known. */
  positionOf: (path: readonly PropertyKey[]) => FieldPosition | undefined;
  /** The Markdown after the closing `---`. */
  body: string;
  /** 1-based line of the file on which `body` starts, so body positions can be reported. */
  bodyLine: number;
}

const DELIMITER = '---';

/** Largest front matter block we read; editors write a dozen short lines. */
const MAX_FRONT_MATTER_LINES = 500;

/**
 * Decodes a file's bytes as strict UTF-8, dropping a byte-order mark and turning CRLF or CR
 * line endings into LF. Returns undefined (and reports why) when the bytes are not UTF-8:
 * a lenient decoder would swap them for U+FFFD and publish the damage.
 */
export function decodeText(
  bytes: Uint8Array,
  file: string,
  problems: ProblemList,
): string | undefined {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const line = lineOfFirstInvalidByte(bytes);
    problems.add(
      file,
      line,
      'this file is not valid UTF-8 text: save it again with UTF-8 encoding',
    );
    return undefined;
  }
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    problems.add(
      file,
      lineAt(text, nul),
      'this file contains a NUL character: it may be a binary file saved with a .md name',
    );
    return undefined;
  }
  return text.replace(/\r\n?/g, '\n');
}

/**
 * Splits a Markdown file into front matter and body, reading the front matter with YAML 1.2
 * core rules. Reports every problem it finds and returns undefined when the front matter
 * cannot be trusted.
 *
 * gray-matter does the split, but three of its habits are fenced off first: it would run
 * `---js` front matter as code, it accepts a missing closing `---` by swallowing the body,
 * and its own YAML parser (YAML 1.1) quietly rewrites dates, octal-looking numbers and
 * times. We check the delimiters ourselves and give it a YAML 1.2 engine.
 */
export function splitFrontMatter(
  text: string,
  file: string,
  problems: ProblemList,
): SplitFile | undefined {
  const lines = text.split('\n');
  const first = lines[0] ?? '';

  if (first.trimEnd() !== DELIMITER) {
    problems.add(file, 1, openingProblem(lines));
    return undefined;
  }

  const closing = lines.findIndex((line, index) => index > 0 && line.trimEnd() === DELIMITER);
  if (closing === -1) {
    problems.add(
      file,
      1,
      'the front matter opened on line 1 is never closed: add a line with just --- after the last field',
    );
    return undefined;
  }
  if (closing > MAX_FRONT_MATTER_LINES) {
    problems.add(
      file,
      1,
      `the front matter is ${closing} lines long; keep it under ${MAX_FRONT_MATTER_LINES} lines`,
    );
    return undefined;
  }

  const hidden = hiddenCharacters(lines.slice(0, closing));
  for (const { line, column, codePoint } of hidden)
    problems.add(
      file,
      line,
      `this line holds an invisible character (U+${codePoint}${HIDDEN_NAMES[codePoint] ? `, ${HIDDEN_NAMES[codePoint]}` : ''}), which readers cannot see but search, sorting and copied text would: delete it (retype the words around it, or paste them again as plain text)`,
      column,
    );
  if (hidden.length > 0) return undefined;

  let source: string | undefined;
  const refuseCode = () => {
    throw new Error('front matter code is never run');
  };

  // The caller's delimiter check above guarantees gray-matter sees plain `---` YAML front matter.
  // Passing an options object also skips gray-matter's cache, which shares `data` between calls.
  const parsed = matter(lines.slice(0, closing + 1).join('\n') + '\n', {
    language: 'yaml',
    engines: {
      yaml: (text: string) => {
        source = text;
        return {};
      },
      js: refuseCode,
      javascript: refuseCode,
    },
  });

  const body = lines.slice(closing + 1).join('\n');
  const bodyLine = closing + 2;

  if (source === undefined) {
    // Nothing between the delimiters: gray-matter does not call the engine.
    if (parsed.matter.trim() !== '') throw new Error(`front matter of ${file} was not parsed`);
    return { data: {}, fields: new Map(), positionOf: () => undefined, body, bodyLine };
  }
  // gray-matter hands the engine the text after the opening `---`, starting with its line
  // break, so line 1 of that text is line 1 of the file: YAML's line numbers are the file's.
  const fields = parseFields(source, file, problems);
  return fields && { ...fields, body, bodyLine };
}

/** Fields read from YAML, unchecked, with where each was written. */
export type YamlFields = Omit<SplitFile, 'body' | 'bodyLine'>;

/**
 * Reads `source` as a list of `field: value` lines with YAML 1.2 core rules: front matter, or
 * a settings file of its own (content/site.yml). Reports every problem it finds at its line
 * and returns undefined when the fields cannot be trusted.
 */
export function parseFields(
  source: string,
  file: string,
  problems: ProblemList,
): YamlFields | undefined {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, {
    schema: 'core',
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
  });
  const at = (offset: number): FieldPosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };

  const before = problems.errorCount;
  for (const error of document.errors) {
    const { line, column } = at(error.pos[0]);
    problems.add(file, line, yamlMessage(error.code), column);
  }
  if (problems.errorCount > before) return undefined;

  let hasAlias = false;
  visit(document, {
    Alias(_, node) {
      if (!hasAlias && isAlias(node)) {
        hasAlias = true;
        const { line, column } = at(node.range?.[0] ?? 0);
        problems.add(
          file,
          line,
          'YAML aliases (*name) are not allowed in front matter: write the value out in full',
          column,
        );
      }
    },
  });
  if (hasAlias) return undefined;

  const contents = document.contents;
  if (contents === null) return { data: {}, fields: new Map(), positionOf: () => undefined };
  if (!isMap(contents)) {
    const { line, column } = at(contents.range?.[0] ?? 0);
    problems.add(file, line, 'front matter must be a list of "field: value" lines', column);
    return undefined;
  }

  const fields = new Map<string, FieldPosition>();
  for (const pair of contents.items) {
    if (!isScalar(pair.key)) continue;
    const position = at(pair.key.range?.[0] ?? 0);
    fields.set(String(pair.key.value), position);

    // `title: Issue #3 update` reads as "Issue" followed by the comment "3 update"; say so
    // instead of publishing half a title. A spaced `  # note` after a value is a real comment.
    const comment = isScalar(pair.value) ? pair.value.comment : undefined;
    if (
      isScalar(pair.value) &&
      pair.value.type === 'PLAIN' &&
      typeof pair.value.value === 'string' &&
      comment &&
      !/^\s/.test(comment)
    ) {
      problems.add(
        file,
        position.line,
        `the value of ${String(pair.key.value)} stops at " #": YAML reads the rest as a comment. Put the whole value in double quotes`,
      );
    }
    // YAML 1.2 reads 012 as 12 and YAML 1.1 as 10: a leading zero is ambiguous, so refuse it.
    if (
      isScalar(pair.value) &&
      typeof pair.value.value === 'number' &&
      /^[-+]?0\d/.test(pair.value.source ?? '')
    ) {
      problems.add(
        file,
        position.line,
        `write ${String(pair.key.value)} without a leading zero, e.g. ${Number(pair.value.value)}`,
      );
    }
  }
  if (problems.errorCount > before) return undefined;

  const data: unknown = document.toJS({ maxAliasCount: 0 });
  const positionOf = (path: readonly PropertyKey[]) => {
    const node = document.getIn(path as unknown[], true);
    const offset =
      node && typeof node === 'object' && 'range' in node
        ? (node.range as [number] | undefined)?.[0]
        : undefined;
    return offset === undefined ? undefined : at(offset);
  };
  return { data: data as Record<string, unknown>, fields, positionOf };
}

/**
 * Characters no field should hold, found on each front matter line here and in values written
 * as YAML escapes (`"\u200B"`) by the schema: control characters (C0 but tab, DEL, C1), line and paragraph
 * separators, zero-width characters, bidirectional controls and the byte-order mark. Pasted
 * from a word processor or a chat, they are invisible in an editor and in the page, yet they
 * split a title in a feed or a calendar, reverse text around them, or make two equal titles
 * differ.
 */
export const HIDDEN_CHARACTER =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;

/**
 * What the hidden characters an editor is likeliest to paste are called, so the message says
 * where one came from (a word processor's soft break, a joined emoji, a direction mark).
 */
const HIDDEN_NAMES: Record<string, string> = {
  '0085': 'a word processor’s next-line mark',
  '200B': 'a zero-width space',
  '200C': 'a zero-width non-joiner',
  '200D': 'a zero-width joiner, as inside some emoji',
  '200E': 'a left-to-right mark',
  '200F': 'a right-to-left mark',
  '2028': 'a line separator',
  '2029': 'a paragraph separator',
  '202E': 'a right-to-left override',
  '2060': 'a word joiner',
  FEFF: 'a byte-order mark',
};

/** Every hidden character in the front matter's lines, with where it stands (1-based). */
function hiddenCharacters(
  lines: readonly string[],
): { line: number; column: number; codePoint: string }[] {
  return lines.flatMap((text, index) =>
    [...text.matchAll(HIDDEN_CHARACTER)].map((match) => ({
      line: index + 1,
      column: match.index + 1,
      codePoint: (match[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0'),
    })),
  );
}

function openingProblem(lines: readonly string[]): string {
  const first = (lines[0] ?? '').trim();
  if (/^---\s*[a-z]/i.test(first)) {
    return `front matter must open with a line of exactly ---, not "${first.slice(0, 20)}": code in front matter is never run`;
  }
  const later = lines.findIndex((line) => line.trimEnd() === DELIMITER);
  if (first === '' && later > 0) {
    return 'the file must start with --- on its very first line: remove the blank lines above the front matter';
  }
  return 'the file must start with front matter: a line with just ---, the fields, then another line with just ---';
}

/**
 * What went wrong on a front matter line, in an editor's words: the parser's own message
 * ("Nested mappings are not allowed in compact mappings") says nothing to someone writing a
 * title, so each kind of mistake gets its own plain advice.
 */
const YAML_ADVICE: Record<string, string> = {
  DUPLICATE_KEY: 'this field is written twice: keep one of them',
  BLOCK_AS_IMPLICIT_KEY:
    'a value on this line holds ": " (or the line is indented under another): put the whole value in double quotes, and start each field at the beginning of its line',
  MULTILINE_IMPLICIT_KEY:
    'a field name runs over two lines: start each field at the beginning of its own line, as "name: value"',
  MISSING_CHAR:
    'a quote or bracket is opened and never closed: check that each " and [ on or above this line has its pair',
  TAB_AS_INDENT: 'this line is indented with a tab: use spaces instead',
  BAD_SCALAR_START:
    'this value starts with a character that must be quoted (such as @, `, %, * or &): put the whole value in double quotes',
  BAD_INDENT:
    'the indentation here is off, or a list in [ ] is not closed: line fields up under each other with spaces, and close every [ with ]',
  UNEXPECTED_TOKEN:
    'there is more on this line than one value: if the value holds a quote mark, put the whole value in double quotes (write \\" for a " inside it)',
};

function yamlMessage(code: string): string {
  return (
    YAML_ADVICE[code] ??
    'this line could not be read as "name: value": check the quotes and indentation, and put values holding ": " or " #" in double quotes'
  );
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  // Decode prefix by prefix is slow; instead count newlines up to the first byte that a
  // lenient decode turned into U+FFFD.
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const bad = lenient.indexOf('\uFFFD');
  return bad === -1 ? 1 : lineAt(lenient, bad);
}
