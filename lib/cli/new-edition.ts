import fs from 'node:fs';
import path from 'node:path';
import { contentDirectory } from '../content/getters';
import { loadLibrary } from '../content/load';
import { displayPath } from '../content/problems';
import { today } from '../content/publishing';
import { editionTemplate } from '../content/scaffold';
import { site } from '../site/settings';

/*
 * `npm run new-edition`: creates the next edition's folder as a draft dated today, with one
 * template article per common section. It passes `npm run check` as it stands.
 */

const directory = contentDirectory();
const library = loadLibrary(directory, site);
const taken = library.editions.flatMap((edition) => [edition.number, ...edition.aliases]);
const number = Math.max(0, ...taken) + 1;
const { folder, files } = editionTemplate(number, today(site.timeZone));

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
