import fs from 'node:fs';
import path from 'node:path';
import { contentDirectory } from '../content/getters';
import { RESERVED_SLUGS } from '../content/load';
import { displayPath } from '../content/problems';
import { articleTemplate, nextOrder } from '../content/scaffold';
import { slugify } from '../site/slug';

/*
 * `npm run new-article -- <edition number> "<title>"`: adds an article to an edition, with the
 * next order number and an address made from the title.
 */

const [numberArgument, ...titleWords] = process.argv.slice(2);
const title = titleWords.join(' ').trim();
if (!numberArgument || !/^\d+$/.test(numberArgument) || title === '') {
  console.error(
    'Usage: npm run new-article -- <edition number> "<title>"\nFor example: npm run new-article -- 10 "Beacon reaches the south"',
  );
  process.exit(1);
}

const editionsDir = path.join(contentDirectory(), 'editions');
const folders = fs.existsSync(editionsDir) ? fs.readdirSync(editionsDir) : [];
// Found by the number written in each edition.md, since folder names are free.
const folder = folders.find((name) => {
  const file = path.join(editionsDir, name, 'edition.md');
  return (
    fs.existsSync(file) &&
    new RegExp(`^number:\\s*${Number(numberArgument)}\\b`, 'm').test(fs.readFileSync(file, 'utf8'))
  );
});
if (!folder) {
  console.error(
    `There is no edition ${numberArgument} in ${displayPath(editionsDir)}. Create it with npm run new-edition first.`,
  );
  process.exit(1);
}

const names = fs.readdirSync(path.join(editionsDir, folder));
const taken = new Set(
  names.map((name) => /^\d+-(.+)\.md$/.exec(name)?.[1]).filter((slug) => slug !== undefined),
);
const base = slugify(title);
let slug = base;
for (let suffix = 2; taken.has(slug) || RESERVED_SLUGS.has(slug); suffix += 1)
  slug = `${base}-${suffix}`;

const file = path.join(editionsDir, folder, `${nextOrder(names)}-${slug}.md`);
fs.writeFileSync(file, articleTemplate(title));
console.log(
  `Created ${displayPath(file)}, a draft at /editions/${Number(numberArgument)}/${slug} once published.`,
);
