import fs from 'node:fs';
import path from 'node:path';
import { contentDirectory } from '../library/getters';
import { loadLibrary } from '../library/load';
import { ContentError, displayPath, formatProblem } from '../content/problems';
import { articleTemplate, nextOrder } from '../content/scaffold';
import { site } from '../content/site';
import { slugify } from '../site/slug';
import { RESERVED_SLUGS } from '../site/routes';
import { articlePath } from '../site/urls';

/*
 * `npm run new-article -- <edition number> "<title>"`: adds an article to an edition, with the
 * next order number and an address made from the title. The edition and the addresses already
 * taken come from the content loader, as the site sees them: every article's slug and former
 * slugs, the slugs taken down, and the site's own.
 */

const [numberArgument, ...titleWords] = process.argv.slice(2);
const title = titleWords.join(' ').trim();
if (!numberArgument || !/^\d+$/.test(numberArgument) || title === '') {
  console.error(
    'Usage: npm run new-article -- <edition number> "<title>"\nFor example: npm run new-article -- 10 "Beacon reaches the south"',
  );
  process.exit(1);
}

function load() {
  try {
    return loadLibrary(contentDirectory(), site, { render: false });
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    const errors = error.problems.filter((problem) => problem.severity === 'error');
    console.error(
      `Fix the content first (npm run check shows the same):\n${errors.map(formatProblem).join('\n')}`,
    );
    process.exit(1);
  }
}

const number = Number(numberArgument);
const edition = load().editions.find((candidate) => candidate.number === number);
if (!edition) {
  console.error(
    `There is no edition ${numberArgument} in ${displayPath(contentDirectory())}. Create it with npm run new-edition first.`,
  );
  process.exit(1);
}

const taken = new Set([
  ...RESERVED_SLUGS,
  ...edition.removed.map((takedown) => takedown.slug),
  ...edition.articles.flatMap((article) => [article.slug, ...article.aliases]),
]);
const base = slugify(title);
let slug = base;
for (let suffix = 2; taken.has(slug); suffix += 1) slug = `${base}-${suffix}`;

const folder = path.dirname(path.resolve(edition.file));
const file = path.join(folder, `${nextOrder(fs.readdirSync(folder))}-${slug}.md`);
fs.writeFileSync(file, articleTemplate(title));
// It follows its edition, as the edition's own templates do: its template text keeps a public
// edition from publishing until it is written (npm run check says where).
console.log(
  `Created ${displayPath(file)}. It is published with edition ${edition.number}, at ${articlePath(number, slug)}, once you replace its template text.`,
);
