/*
 * Builds the content for the end-to-end takedown test: the test content with one article
 * taken down as an editor would, its file deleted and its slug listed under removed: in its
 * edition.md. tests/run.mjs builds a second server from it; tests/e2e/takedown.spec.ts swaps
 * it in behind nginx for the first.
 */
import fs from 'node:fs';
import path from 'node:path';
import { TEST_CONTENT_DIR } from './test-content.mjs';

const EDITION_FOLDER = '09-autumn-2026';
const ARTICLE_FILE = '03-case-study-harbour-town.md';

/** Writes the fixture into `folder` and returns the edition number and slug taken down. */
export function writeTakedownFixture(root, folder) {
  fs.rmSync(folder, { recursive: true, force: true });
  fs.cpSync(path.join(root, TEST_CONTENT_DIR), folder, { recursive: true });
  const editionDir = path.join(folder, 'editions', EDITION_FOLDER);
  const slug = ARTICLE_FILE.replace(/^\d+-/, '').replace(/\.md$/, '');
  fs.rmSync(path.join(editionDir, ARTICLE_FILE));
  const editionFile = path.join(editionDir, 'edition.md');
  const text = fs.readFileSync(editionFile, 'utf8');
  const number = Number(/^number:\s*(\d+)/m.exec(text)?.[1]);
  const taken = text.replace(
    /^removed: \[([^\]]*)\]$/m,
    (_, listed) => `removed: [${listed}, ${slug}]`,
  );
  if (taken === text) throw new Error(`${editionFile} has no removed: line to add to`);
  fs.writeFileSync(editionFile, taken);
  return { number, slug };
}
