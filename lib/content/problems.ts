import path from 'node:path';

/**
 * How serious a finding is. Errors stop the build; warnings are advice from content design
 * guidance and personal-data checks; notes record personal data an editor has cleared.
 */
type Severity = 'error' | 'warning' | 'note';

/** One thing found in the content, located as precisely as we can. */
export interface ContentProblem {
  /** Path of the file, relative to the project folder, with forward slashes. */
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** 1-based column in the line. */
  column: number;
  severity: Severity;
  /** What is wrong and what to change, in plain English. */
  message: string;
}

/** Orders problems by file and position, the order an editor works through them. */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return [...problems].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column,
  );
}

/**
 * Thrown when the content cannot be published. It carries every problem found, not only
 * the first, so an editor can fix them all in one go; warnings found on the way come too.
 */
export class ContentError extends Error {
  /** Every finding, errors and warnings, in file order. */
  readonly problems: readonly ContentProblem[];

  constructor(found: readonly ContentProblem[]) {
    const problems = sortProblems(found);
    const errors = problems.filter((problem) => problem.severity === 'error');
    const count = errors.length === 1 ? '1 problem' : `${errors.length} problems`;
    super(
      `The content has ${count} to fix before it can be published:\n${errors.map(formatProblem).join('\n')}`,
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/**
 * Formats a problem as `path:line:col: error: message` (or `warning:`, `note:`), the form
 * editors' tools and CI annotations understand.
 */
export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.severity}: ${problem.message}`;
}

/**
 * A problem as a workflow command (`::error file=…,line=…,col=…,title=…::message`), the form a
 * GitHub Actions run (and hosts that copy it) turns into a note on the line in a proposed
 * change. Values are escaped as the format requires, so a message cannot end the command.
 */
export function annotation(problem: ContentProblem): string {
  const level = problem.severity === 'note' ? 'notice' : problem.severity;
  const data = (text: string) =>
    text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (text: string) => data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const title = problem.severity === 'error' ? 'Content error' : 'Content advice';
  return `::${level} file=${property(problem.file)},line=${problem.line},col=${problem.column},title=${title}::${data(problem.message)}`;
}

/** Collects problems while content is read. */
export class ProblemList {
  readonly items: ContentProblem[] = [];
  private errors = 0;

  /** Reports an error in `file` at `line` (and `column`, 1 when unknown). */
  add(file: string, line: number, message: string, column = 1): void {
    this.items.push({ file, line, column, severity: 'error', message });
    this.errors += 1;
  }

  /** Reports a warning: advice that does not stop publication. */
  warn(file: string, line: number, message: string, column = 1): void {
    this.items.push({ file, line, column, severity: 'warning', message });
  }

  /** Records a note, such as personal data an editor has cleared. */
  note(file: string, line: number, message: string, column = 1): void {
    this.items.push({ file, line, column, severity: 'note', message });
  }

  /** Takes in problems found elsewhere, such as those kept with an edition's result. */
  include(items: readonly ContentProblem[]): void {
    for (const item of items) {
      this.items.push(item);
      if (item.severity === 'error') this.errors += 1;
    }
  }

  /** Number of errors so far; warnings and notes do not count. */
  get errorCount(): number {
    return this.errors;
  }
}

/** Turns an absolute path into the short, forward-slashed form used in messages. */
export function displayPath(absolutePath: string): string {
  const relative = path.relative(process.cwd(), absolutePath);
  const shown = relative.startsWith('..') ? absolutePath : relative;
  return shown.split(path.sep).join('/');
}

/**
 * The known name nearest to a mistyped one, if any is within two edits: the "did you mean"
 * of a message about a field or a file name.
 */
export function closestName(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
