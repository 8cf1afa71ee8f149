import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentDirectory } from '../library/getters';
import { loadLibrary } from '../library/load';
import { displayPath } from '../content/problems';
import { today } from '../content/publishing';
import { editionTemplate, planNextEdition, seasonTitle } from '../content/scaffold';
import { isRealDate } from '../content/schema';
import { site } from '../content/site';

/*
 * `npm run new-edition`: creates the next edition's folder as a draft, named and dated for the
 * next season (see planNextEdition), or as given with --title and --published, with one
 * template article per common section. It passes `npm run check` as it stands.
 */

const USAGE = 'Usage: npm run new-edition [-- --title "Winter 2026" --published 2026-12-10]';
let values: { title?: string; published?: string };
try {
  ({ values } = parseArgs({
    options: { title: { type: 'string' }, published: { type: 'string' } },
  }));
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(1);
}
const directory = contentDirectory();
const library = loadLibrary(directory, site);
const taken = library.editions.flatMap((edition) => [edition.number, ...edition.aliases]);
const number = Math.max(0, ...taken) + 1;
// Named for the next season unless told otherwise: npm run new-edition -- --title "…" --published YYYY-MM-DD
const plan = planNextEdition(library.editions, today(site.timeZone));
const published = values.published ?? plan.published;
if (!isRealDate(published)) {
  console.error(`--published must be a real date written YYYY-MM-DD, not "${published}".`);
  process.exit(1);
}
const title = values.title ?? (values.published ? seasonTitle(published) : plan.title);
if (library.editions.some((edition) => edition.title.toLowerCase() === title.toLowerCase())) {
  console.error(`An edition is already called "${title}": choose another --title.`);
  process.exit(1);
}
const { folder, files } = editionTemplate(number, published, title);

const target = path.join(directory, 'editions', folder);
if (fs.existsSync(target)) {
  console.error(
    `${displayPath(target)} already exists: rename or remove it, then run npm run new-edition again.`,
  );
  process.exit(1);
}
for (const file of files) {
  const destination = path.join(directory, 'editions', file.path);
  fs.mkdirSync(path.dirname(destination), { recursive: true });
  fs.writeFileSync(destination, file.text);
}
console.log(`Created edition ${number} as a draft in ${displayPath(target)}:`);
for (const file of files) console.log(`  ${file.path.slice(folder.length + 1)}`);
console.log(
  '\nFill in each file, add a cover image, run npm run check, and remove draft: true when it is ready.',
);
