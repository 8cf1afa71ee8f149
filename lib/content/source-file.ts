import { decodeText, splitFrontMatter, type SplitFile } from './front-matter';
import { readBytes, fileSize } from './folder';
import { scanSensitiveText, type Clearance } from './guardrails';
import { displayPath, type ProblemList } from './problems';
import { PLACEHOLDERS } from './scaffold';
import type { LoaderSettings } from './types';

/*
 * One Markdown file read: decoded strictly, its front matter split from its body, and all its
 * text scanned for markings and personal data before anything else looks at it.
 */

const MAX_SOURCE_BYTES = 1024 * 1024;

/** Where one of the templates' example sentences stands in a file. */
interface Placeholder {
  text: string;
  line: number;
  column: number;
}

/** Template sentences left in the files read, by file. */
export type Placeholders = Map<string, Placeholder[]>;

/** What reading one Markdown file needs to know. */
export interface SourceFileRequest {
  absolute: string;
  settings: LoaderSettings;
  problems: ProblemList;
  /** Filled in: the template sentences the file still holds, reported if it turns out public. */
  placeholders: Placeholders;
  /** Whether the edition is a draft, so whether what the file says will be public is known. */
  editionDraft: boolean;
  /** The words of the edition's SVGs, which the file's clearances may be for. */
  pictureTexts: readonly string[];
}

/** Reads one Markdown file, scanning all its text for sensitive material. */
export function readMarkdownFile({
  absolute,
  settings,
  problems,
  placeholders,
  editionDraft,
  pictureTexts,
}: SourceFileRequest): SplitFile | undefined {
  const file = displayPath(absolute);
  const size = fileSize(absolute);
  if (size > MAX_SOURCE_BYTES) {
    problems.add(
      file,
      1,
      `this file is ${Math.round(size / 1024)} KB; the limit is ${MAX_SOURCE_BYTES / 1024} KB. Split it into several articles`,
    );
    return undefined;
  }
  const text = decodeText(readBytes(absolute), file, problems);
  if (text === undefined) return undefined;
  const split = splitFrontMatter(text, file, problems);
  scanSensitiveText(text, file, problems, {
    emailDomains: settings.emailDomains,
    phoneNumbers: settings.phoneNumbers,
    // An article follows its edition unless it is a draft itself; edition.md is the edition.
    isPublic: !editionDraft && split?.data.draft !== true,
    cleared: clearances(split?.data.cleared),
    clearedElsewhere: pictureTexts,
  });
  const found = findPlaceholders(text);
  if (found.length > 0) placeholders.set(file, found);
  return split;
}

/** The line a front matter field stands on, or the first line when it is not there. */
export function lineOf(split: SplitFile, field: string): number {
  return split.fields.get(field)?.line ?? 1;
}

/** Where each of the templates' example sentences first stands in a file's text. */
function findPlaceholders(text: string): Placeholder[] {
  const lines = text.split('\n');
  return PLACEHOLDERS.flatMap((placeholder) => {
    const index = lines.findIndex((line) => line.includes(placeholder));
    return index < 0
      ? []
      : [{ text: placeholder, line: index + 1, column: lines[index]!.indexOf(placeholder) + 1 }];
  });
}

/**
 * The well-formed items of a `cleared:` list, read before the front matter is checked (the
 * scan needs them either way; a malformed list is reported by the check).
 */
function clearances(value: unknown): Clearance[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { value: text, reason } = item as Record<string, unknown>;
    return typeof text === 'string' && typeof reason === 'string' ? [{ value: text, reason }] : [];
  });
}
