import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFile, contentFolder, editionFile } from '../support/content-folder';

const root = path.resolve(import.meta.dirname, '..', '..', '..');

function runScript(script: 'check' | 'build', contentDir: string, ...args: string[]) {
  const extra = args.length > 0 ? ['--', ...args] : [];
  const result = spawnSync('npm', ['run', '--silent', script, ...extra], {
    cwd: root,
    env: { ...process.env, MASTHEAD_CONTENT_DIR: contentDir },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function brokenContent(): string {
  return contentFolder({
    'editions/a/edition.md': editionFile(3).replace(
      'published: 2026-01-15',
      'published: 2026-02-31',
    ),
    'editions/a/01-story.md': articleFile('Story', 'imageAlt: "No image"\n'),
  });
}

describe('npm run check', () => {
  it('writes each finding as an annotation on its line for a pipeline, when asked', () => {
    const { status, output } = runScript('check', brokenContent(), '--format=github');
    expect(status).toBe(1);
    const annotations = output.split('\n').filter((line) => line.startsWith('::'));
    expect(annotations).toEqual([
      expect.stringMatching(
        /^::error file=.*editions\/a\/01-story\.md,line=3,col=1,title=Content error::imageAlt is set but there is no image/,
      ),
      expect.stringMatching(
        /^::error file=.*editions\/a\/edition\.md,line=4,col=1,title=Content error::published is 2026-02-31, which is not a real date/,
      ),
    ]);
    // The plain lines are still there for a person reading the log.
    expect(output).toMatch(/edition\.md:4:1: error: published is 2026-02-31/);
  });

  it('refuses a format it does not know', () => {
    const { status, output } = runScript('check', brokenContent(), '--format=xml');
    expect(status).toBe(2);
    expect(output).toContain('--format must be one of text, github, not "xml".');
  });

  it('passes good content and says what it checked', () => {
    const folder = contentFolder({
      'editions/a/edition.md': editionFile(3),
      'editions/a/01-story.md': articleFile('Story', 'summary: "A short summary."\n'),
    });
    const { status, output } = runScript('check', folder);
    expect(status).toBe(0);
    expect(output).toMatch(/1 editions, 1 articles: 0 errors, 0 warnings, 1 note/);
    expect(output).toMatch(/edition\.md:3:1: note: there is no cover, so the site/);
  });

  it('ends with what publishing each draft or scheduled edition would put out', () => {
    const folder = contentFolder({
      'editions/a/edition.md': editionFile(3),
      'editions/a/01-story.md': articleFile('Story'),
      'editions/b/edition.md': editionFile(4, 'draft: true\n'),
      'editions/b/01-ready.md': articleFile('Ready'),
      'editions/b/02-held.md': articleFile('Held back', 'draft: true\n'),
      'editions/c/edition.md': editionFile(5).replace(
        'published: 2026-01-15',
        'published: 2099-03-01',
      ),
      'editions/c/01-later.md': articleFile('Later'),
    });
    const { status, output } = runScript('check', folder);
    expect(status).toBe(0);
    const lines = output.trim().split('\n').slice(-2);
    expect(lines).toEqual([
      expect.stringMatching(
        /^Edition 5 \(.+\) is scheduled for 1 March 2099: that day it publishes 1 article \(Later\)\.$/,
      ),
      expect.stringMatching(
        /^Edition 4 \(.+\) is a draft: removing its draft line would publish 1 article \(Ready\), and keeps one back as a draft \(02-held\.md\)\.$/,
      ),
    ]);
  });

  it('names each article kept back as a draft in a published edition', () => {
    const folder = contentFolder({
      'editions/a/edition.md': editionFile(10),
      'editions/a/01-story.md': articleFile('Story'),
      'editions/a/02-capabilities.md': articleFile('Capabilities', 'draft: true\n'),
    });
    const { status, output } = runScript('check', folder);
    expect(status).toBe(0);
    expect(output).toMatch(
      /editions\/a\/02-capabilities\.md:3:1: note: 02-capabilities\.md is a draft and will not be published with edition 10: remove its draft line/,
    );
  });

  it('lists every problem as path:line:col and exits non-zero', () => {
    const { status, output } = runScript('check', brokenContent());
    expect(status).toBe(1);
    expect(output).toMatch(
      /editions\/a\/01-story\.md:3:1: error: imageAlt is set but there is no image/,
    );
    expect(output).toMatch(
      /editions\/a\/edition\.md:4:1: error: published is 2026-02-31, which is not a real date/,
    );
    expect(output).toMatch(/: 2 errors, 0 warnings, 0 notes \(\d+ ms\)\. Fix the errors/);
  });

  it('puts the error that stops publishing before the advice, whatever the files’ order', () => {
    const long = `${'This sentence has been approved by a senior officer and runs on '.repeat(4)}.`;
    const folder = contentFolder({
      'editions/a/edition.md': editionFile(3),
      'editions/a/01-first.md': articleFile('First', 'summary: "One."\n', `${long}\n\n${long}`),
      'editions/a/02-second.md': articleFile('Second', 'summary: "Two."\n', long),
      'editions/a/03-broken.md': articleFile('Broken', 'summary: "Three."\nimageAlt: "None"\n'),
    });
    const { status, output } = runScript('check', folder);
    expect(status).toBe(1);
    const lines = output.split('\n');
    const firstError = lines.findIndex((line) => line.includes(': error: '));
    const firstWarning = lines.findIndex((line) => line.includes(': warning: '));
    expect(lines.filter((line) => line.includes(': warning: '))).toHaveLength(3);
    expect(lines[firstError - 2]).toBe('1 error stops this content from being published:');
    expect(firstError).toBeLessThan(firstWarning);
    expect(lines[firstWarning - 2]).toBe(
      'Advice (3 warnings, 0 notes), which does not stop publishing:',
    );
    expect(output).toMatch(/: 1 error, 3 warnings, 0 notes \(\d+ ms\)\. Fix the errors/);
  });

  it('fails on a paragraph marked OFFICIAL-SENSITIVE and names where it is', () => {
    const folder = contentFolder({
      'editions/a/edition.md': editionFile(3),
      'editions/a/01-story.md': articleFile(
        'Story',
        '',
        'A normal paragraph.\n\nOFFICIAL-SENSITIVE: the operation begins on Monday.',
      ),
    });
    const { status, output } = runScript('check', folder);
    expect(status).toBe(1);
    expect(output).toMatch(
      /editions\/a\/01-story\.md:7:1: error: "OFFICIAL-SENSITIVE" is a security classification above OFFICIAL/,
    );
  });

  it('fails on an untitled article, naming path:line:col', () => {
    const folder = contentFolder({
      'editions/a/edition.md': editionFile(3),
      'editions/a/01-story.md': '---\nsummary: "No title here."\n---\n\nText.\n',
    });
    const { status, output } = runScript('check', folder);
    expect(status).toBe(1);
    expect(output).toMatch(/editions\/a\/01-story\.md:1:1: error: title is missing/);
  });
});

describe('npm run build', () => {
  it('stops on broken content with the same messages', () => {
    const { status, output } = runScript('build', brokenContent());
    expect(status).not.toBe(0);
    expect(output).toMatch(/editions\/a\/edition\.md:4:1: error: published is 2026-02-31/);
    expect(output).not.toMatch(/Creating an optimized production build/);
  });
});
