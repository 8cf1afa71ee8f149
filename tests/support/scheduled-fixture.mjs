/*
 * Builds the content for the scheduled-publishing browser tests: the test content plus one
 * edition whose publication date is a week from today (in London), so it is hidden today and
 * due once the clock has moved on. Used by tests/run.mjs before the browser tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import { TEST_CONTENT_DIR } from './test-content.mjs';

export const SHIFT_DAYS = 8;

/** Writes the fixture into `folder` and returns what the tests need to know about it. */
export function writeScheduledFixture(root, folder) {
  fs.rmSync(folder, { recursive: true, force: true });
  fs.cpSync(path.join(root, TEST_CONTENT_DIR), folder, { recursive: true });

  const numbers = fs
    .readdirSync(path.join(folder, 'editions'))
    .map((name) => fs.readFileSync(path.join(folder, 'editions', name, 'edition.md'), 'utf8'))
    .map((text) => Number(/^number:\s*(\d+)/m.exec(text)?.[1] ?? 0));
  const number = Math.max(0, ...numbers) + 1;
  const inAWeek = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000);
  const published = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(inAWeek);
  const title = 'Scheduled edition';

  const editionDir = path.join(folder, 'editions', `${number}-scheduled`);
  fs.mkdirSync(editionDir);
  fs.writeFileSync(
    path.join(editionDir, 'edition.md'),
    `---\nnumber: ${number}\ntitle: "${title}"\npublished: ${published}\nsummary: "An edition scheduled for next week."\n---\n\nThis edition appears on its publication date.\n`,
  );
  fs.writeFileSync(
    path.join(editionDir, '01-first-story.md'),
    '---\ntitle: "The first scheduled story"\nsection: News\n---\n\nThis story appears with its edition.\n',
  );
  return { number, title, published, slug: 'first-story' };
}
