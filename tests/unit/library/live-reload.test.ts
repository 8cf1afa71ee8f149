import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleFile, contentFolder, editionFile } from '../support/content-folder';

/*
 * In the development server an edited Markdown file shows on the next reload. The getters
 * notice a changed file under the content folder and load it again; in production they
 * load once.
 */

const folder = contentFolder({
  'editions/a/edition.md': editionFile(1),
  'editions/a/01-story.md': articleFile('First title'),
  'editions/b/edition.md': editionFile(2),
  'editions/b/01-other.md': articleFile('Other edition'),
});
process.env.MASTHEAD_CONTENT_DIR = folder;
const environment = process.env as Record<string, string | undefined>;
const before = environment.NODE_ENV;
const { getArticle, getLeftOut } = await import('@/lib/library/getters');

afterAll(() => {
  environment.NODE_ENV = before;
});

function rewrite(title: string, text = articleFile(title)) {
  const file = path.join(folder, 'editions/a/01-story.md');
  fs.writeFileSync(file, text);
  // Make sure the change is visible even on file systems with coarse modification times.
  const later = new Date(Date.now() + 5_000);
  fs.utimesSync(file, later, later);
}

describe('content reloading', () => {
  it('is off outside development: the content is read once', () => {
    environment.NODE_ENV = 'production';
    expect(getArticle('1', 'story')?.article.title).toBe('First title');
    rewrite('Changed in production');
    expect(getArticle('1', 'story')?.article.title).toBe('First title');
  });

  it('shows an edited file on the next request in development', () => {
    environment.NODE_ENV = 'development';
    rewrite('Edited while previewing');
    expect(getArticle('1', 'story', 'preview')?.article.title).toBe('Edited while previewing');
    rewrite('Edited again');
    expect(getArticle('1', 'story', 'preview')?.article.title).toBe('Edited again');
  });

  it('leaves out an edition with a mistake until it is fixed, and keeps serving the others', () => {
    environment.NODE_ENV = 'development';
    rewrite('Broken', articleFile('Broken').replace('title:', 'titel:'));
    expect(getArticle('1', 'story', 'preview')).toBeUndefined();
    expect(getArticle('2', 'other', 'preview')?.article.title).toBe('Other edition');
    const [leftOut] = getLeftOut();
    expect(leftOut?.folder).toMatch(/editions\/a$/);
    expect(leftOut?.problems[0]?.message).toContain('"titel": did you mean "title"?');

    rewrite('Fixed');
    expect(getLeftOut()).toEqual([]);
    expect(getArticle('1', 'story', 'preview')?.article.title).toBe('Fixed');
  });
});
