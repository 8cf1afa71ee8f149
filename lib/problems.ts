import path from 'node:path';

/** One thing wrong with the content, located as precisely as we can. */
export interface ContentProblem {
  /** Path of the file, relative to the project folder, with forward slashes. */
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** 1-based column in the line. */
  column: number;
  /** What is wrong and what to change, in plain English. */
  message: string;
}

/**
 * Thrown when the content cannot be published. It carries every problem found, not only
 * the first, so an editor can fix them all in one go.
 */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(found: readonly ContentProblem[]) {
    // Listed by file and position, the order an editor works through them.
    const problems = [...found].sort(
      (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
    );
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`The content has ${count} to fix before it can be published:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Formats a problem as `path:line:col: error: message`, the form editors' tools and CI understand. */
export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}: error: ${problem.message}`;
}

/** Collects problems for one file, so callers do not repeat its name at every report. */
export class ProblemList {
  readonly items: ContentProblem[] = [];

  /** Reports a problem in `file` at `line` (and `column`, 1 when unknown). */
  add(file: string, line: number, message: string, column = 1): void {
    this.items.push({ file, line, column, message });
  }

  get size(): number {
    return this.items.length;
  }
}

/** Turns an absolute path into the short, forward-slashed form used in messages. */
export function displayPath(absolutePath: string): string {
  const relative = path.relative(process.cwd(), absolutePath);
  const shown = relative.startsWith('..') ? absolutePath : relative;
  return shown.split(path.sep).join('/');
}
