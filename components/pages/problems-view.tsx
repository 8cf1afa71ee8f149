import type { LeftOut } from '@/lib/library/getters';
import type { ContentProblem } from '@/lib/content/problems';

/**
 * What an editor sees in the preview instead of a broken edition: every problem with its
 * file, line and what to change, in the site's design. Never a stack or source code; the
 * messages are the check's own, so they read the same here as in `npm run check`.
 */
export function ProblemsView({ leftOut }: { leftOut: readonly LeftOut[] }) {
  const errors = leftOut.flatMap((folder) => folder.problems).filter(isError).length;
  return (
    <div className="mx-auto max-w-3xl px-4 py-12 sm:px-6">
      <p className="kicker">Preview</p>
      <h1 className="headline mt-2 text-4xl sm:text-5xl">
        {errors === 1 ? '1 problem to fix' : `${errors} problems to fix`}
      </h1>
      <p className="mt-5 font-serif text-xl leading-relaxed">
        {leftOut.length === 1 ? 'One edition is' : `${leftOut.length} editions are`} left out of
        this preview until the problems below are fixed; every other edition still shows. Change
        each line named below in your editor, save, and reload this page. Publishing stops at the
        same problems, so readers never see a broken edition.
      </p>
      {leftOut.map((folder) => (
        <section key={folder.folder} aria-labelledby={headingId(folder.folder)} className="mt-10">
          <h2 id={headingId(folder.folder)} className="font-sans text-xl font-bold break-all">
            Folder <code>{folder.folder}</code>
          </h2>
          {byFile(folder.problems).map(([file, problems]) => (
            <div key={file} className="mt-5">
              <h3 className="font-sans text-lg font-semibold break-all">
                <code>
                  {file.startsWith(`${folder.folder}/`)
                    ? file.slice(folder.folder.length + 1)
                    : file}
                </code>
              </h3>
              <ul className="mt-2 space-y-3 font-sans">
                {problems.map((problem, index) => (
                  <li key={index} className="border-l-4 border-current pl-3">
                    <strong>
                      {problem.severity === 'error' ? 'Error' : 'Advice'}, line {problem.line}:
                    </strong>{' '}
                    {problem.message}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}

function isError(problem: ContentProblem): boolean {
  return problem.severity === 'error';
}

/** The problems grouped by file, files in the order met, problems in line order. */
function byFile(problems: readonly ContentProblem[]): [string, ContentProblem[]][] {
  const files = new Map<string, ContentProblem[]>();
  for (const problem of problems.filter((item) => item.severity !== 'note'))
    files.set(problem.file, [...(files.get(problem.file) ?? []), problem]);
  return [...files];
}

function headingId(folder: string): string {
  return `problems-${folder.replace(/[^A-Za-z0-9]+/g, '-')}`;
}
