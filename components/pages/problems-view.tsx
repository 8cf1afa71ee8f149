import type { LeftOut } from '@/lib/library/getters';
import type { ContentProblem } from '@/lib/content/problems';

/**
 * What an editor sees in the preview instead of a broken edition: every problem with its file,
 * line and what to change, in the site's design. The errors, which keep an edition out, come
 * first, in a summary box that links to each (GOV.UK's error summary); the advice follows,
 * folded per file with its count, so a few errors are never lost among many pieces of advice.
 * Never a stack or source code; the messages are the check's own, so they read the same here
 * as in `npm run check`.
 */
export function ProblemsView({ leftOut }: { leftOut: readonly LeftOut[] }) {
  const errors = leftOut.flatMap((folder) =>
    folder.problems.filter(isError).map((problem) => ({ folder: folder.folder, problem })),
  );
  return (
    <div className="mx-auto max-w-3xl px-4 py-12 sm:px-6">
      <p className="kicker">Preview</p>
      <h1 className="headline mt-2 text-4xl sm:text-5xl">
        {errors.length === 1 ? '1 problem to fix' : `${errors.length} problems to fix`}
      </h1>
      <p className="mt-5 font-serif text-xl leading-relaxed">
        {leftOut.length === 1 ? 'One edition is' : `${leftOut.length} editions are`} left out of
        this preview until the problems below are fixed; every other edition still shows. Change
        each line named below in your editor, save, and reload this page. Publishing stops at the
        same problems, so readers never see a broken edition.
      </p>

      <div
        className="mt-8 border-4 border-accent p-5 font-sans"
        role="alert"
        aria-labelledby="error-summary-title"
      >
        <h2 id="error-summary-title" className="text-xl font-bold">
          There is a problem
        </h2>
        <ul className="mt-3 space-y-2">
          {errors.map(({ folder, problem }, index) => (
            <li key={index}>
              <a href={`#${errorId(index)}`} className="font-semibold text-accent underline">
                {shortFile(folder, problem.file)}, line {problem.line}: {problem.message}
              </a>
            </li>
          ))}
        </ul>
      </div>

      {leftOut.map((folder) => {
        const advice = byFile(folder.problems.filter((problem) => problem.severity === 'warning'));
        return (
          <section key={folder.folder} aria-labelledby={headingId(folder.folder)} className="mt-10">
            <h2 id={headingId(folder.folder)} className="font-sans text-xl font-bold break-all">
              Folder <code>{folder.folder}</code>
            </h2>
            {byFile(folder.problems.filter(isError)).map(([file, problems]) => (
              <div key={file} className="mt-5">
                <h3 className="font-sans text-lg font-semibold break-all">
                  <code>{shortFile(folder.folder, file)}</code>
                </h3>
                <ul className="mt-2 space-y-3 font-sans">
                  {problems.map((problem) => (
                    <li
                      key={`${problem.line}:${problem.column}:${problem.message}`}
                      id={errorId(errors.findIndex((error) => error.problem === problem))}
                      className="border-l-4 border-accent pl-3"
                    >
                      <strong>Error, line {problem.line}:</strong> {problem.message}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
            {advice.length > 0 ? (
              <>
                <h3 className="mt-8 font-sans text-lg font-semibold">
                  Advice, which does not keep the edition out
                </h3>
                {advice.map(([file, problems]) => (
                  <details key={file} className="mt-3 font-sans">
                    <summary className="cursor-pointer break-all">
                      <code>{shortFile(folder.folder, file)}</code>:{' '}
                      {problems.length === 1
                        ? '1 piece of advice'
                        : `${problems.length} pieces of advice`}
                    </summary>
                    <ul className="mt-2 space-y-3">
                      {problems.map((problem, index) => (
                        <li key={index} className="border-l-4 border-rule pl-3">
                          <strong>Advice, line {problem.line}:</strong> {problem.message}
                        </li>
                      ))}
                    </ul>
                  </details>
                ))}
              </>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}

function isError(problem: ContentProblem): boolean {
  return problem.severity === 'error';
}

/** The file's name within its edition folder. */
function shortFile(folder: string, file: string): string {
  return file.startsWith(`${folder}/`) ? file.slice(folder.length + 1) : file;
}

/** The problems grouped by file, files in the order met, problems in line order. */
function byFile(problems: readonly ContentProblem[]): [string, ContentProblem[]][] {
  const files = new Map<string, ContentProblem[]>();
  for (const problem of problems)
    files.set(problem.file, [...(files.get(problem.file) ?? []), problem]);
  return [...files];
}

function headingId(folder: string): string {
  return `problems-${folder.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

function errorId(index: number): string {
  return `error-${index + 1}`;
}
