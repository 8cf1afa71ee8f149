import { contentDirectory, loadLibrary } from '../content';
import { ContentError, displayPath, formatProblem } from '../problems';

/*
 * `npm run check`: validates all content with the same loader the build uses, prints every
 * problem as `path:line:col: error: message`, and exits non-zero when there is any.
 */

const started = performance.now();
const directory = contentDirectory();
try {
  const library = loadLibrary(directory);
  const articles = library.editions.reduce((sum, edition) => sum + edition.articles.length, 0);
  const elapsed = Math.round(performance.now() - started);
  console.log(`${displayPath(directory)}: ${library.editions.length} editions, ${articles} articles, no problems (${elapsed} ms)`);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  for (const problem of error.problems) console.error(formatProblem(problem));
  const count = error.problems.length;
  console.error(`\n${count} ${count === 1 ? 'error' : 'errors'} in ${displayPath(directory)}: fix them and run npm run check again.`);
  process.exitCode = 1;
}
