import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '@/lib/library/load';
import { editionTemplate, nextOrder, planNextEdition, seasonOf } from '@/lib/content/scaffold';
import { slugify } from '@/lib/site/slug';
import {
  articleFile,
  contentFolder,
  editionFile,
  errorsIn,
  settings,
} from '../support/content-folder';

const root = path.resolve(import.meta.dirname, '..', '..', '..');

describe('slugify', () => {
  it('makes an address from a title', () => {
    expect(slugify("Beacon reaches the south: what's next?")).toBe(
      'beacon-reaches-the-south-whats-next',
    );
    expect(slugify('Café & Co — Ünïcode')).toBe('cafe-and-co-unicode');
    expect(slugify('!!!')).toBe('article');
  });
});

describe('nextOrder and seasonOf', () => {
  it('continues the numbering of an edition folder', () => {
    expect(nextOrder(['edition.md', '01-a.md', '02-b.md', 'cover.png'])).toBe('03');
    expect(nextOrder(['edition.md'])).toBe('01');
    expect(nextOrder(['010-a.md'])).toBe('011');
  });

  it('names the season of a date', () => {
    expect(seasonOf('2026-01-10')).toBe('winter-2026');
    expect(seasonOf('2026-04-10')).toBe('spring-2026');
    expect(seasonOf('2026-07-10')).toBe('summer-2026');
    expect(seasonOf('2026-10-10')).toBe('autumn-2026');
  });
});

describe('planNextEdition', () => {
  const autumn = { title: 'Autumn 2026', published: '2026-10-14' };

  it('names the first edition for today’s season', () => {
    expect(planNextEdition([], '2026-11-30')).toEqual({
      title: 'Autumn 2026',
      published: '2026-11-30',
    });
  });

  it('names the next edition for the next season when this one has its edition', () => {
    expect(planNextEdition([autumn], '2026-11-30')).toEqual({
      title: 'Winter 2026',
      published: '2026-12-01',
    });
    expect(
      planNextEdition([autumn, { title: 'Winter 2026', published: '2026-12-10' }], '2026-11-30'),
    ).toEqual({ title: 'Spring 2027', published: '2027-03-01' });
  });

  it('names it for today’s season when that one is free', () => {
    expect(
      planNextEdition([{ title: 'Summer 2026', published: '2026-07-10' }], '2026-10-01'),
    ).toEqual({ title: 'Autumn 2026', published: '2026-10-01' });
  });
});

describe('a scaffolded edition', () => {
  it('passes the check with no errors or warnings, as a draft with an article per common section', () => {
    const { folder, files } = editionTemplate(12, '2026-11-26');
    const content = contentFolder(
      Object.fromEntries(files.map((file) => [`editions/${file.path}`, file.text])),
    );
    const library = loadLibrary(content, settings);
    expect(library.findings).toEqual([]);
    const [edition] = library.editions;
    expect(folder).toBe('12-autumn-2026');
    expect(edition?.draft).toBe(true);
    expect(edition?.published).toBe('2026-11-26');
    expect(edition?.articles.map((article) => article.section)).toEqual([
      'Strategic Update',
      'News',
      'Case Study',
      'Resources',
      'Events',
    ]);
    // The articles follow the edition: its one draft line keeps them all back.
    expect(edition?.articles.every((article) => !article.draft)).toBe(true);
  });

  it('cannot be published while it still holds the template text', () => {
    const { files } = editionTemplate(12, '2026-11-26');
    const published = files.map((file) => ({
      ...file,
      text: file.path.endsWith('edition.md')
        ? file.text.replace(/^draft: true.*\n/m, '')
        : file.text,
    }));
    const errors = errorsIn(
      contentFolder(
        Object.fromEntries(published.map((file) => [`editions/${file.path}`, file.text])),
      ),
    );
    // The edition's summary and introduction, and every article's summary and opening.
    expect(errors.filter((error) => error.includes('edition.md'))).toEqual([
      expect.stringMatching(
        /edition\.md:5:\d+: error: "in a sentence or two\." is the template's placeholder text/,
      ),
      expect.stringMatching(
        /edition\.md:11:1: error: "The editor's introduction: a few short paragraphs" is the template's placeholder text/,
      ),
    ]);
    for (const file of published.filter((entry) => !entry.path.endsWith('edition.md')))
      expect(errors.some((error) => error.includes(file.path.split('/')[1]!))).toBe(true);
  });

  it('publishes nothing when every article is held back as a draft', () => {
    const { files } = editionTemplate(12, '2026-11-26');
    const edited = files.map((file) => ({
      ...file,
      text: file.path.endsWith('edition.md')
        ? file.text.replace(/^draft: true.*\n/m, '')
        : file.text.replace(/^# draft: true.*$/m, 'draft: true'),
    }));
    const errors = errorsIn(
      contentFolder(Object.fromEntries(edited.map((file) => [`editions/${file.path}`, file.text]))),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(
        /edition\.md:1:1: error: this edition is public but all 5 of its articles are drafts/,
      ),
    );
  });
});

describe('npm run new-edition and new-article', () => {
  function run(args: string[], contentDir: string) {
    return spawnSync('npm', ['run', '--silent', ...args], {
      cwd: root,
      env: { ...process.env, MASTHEAD_CONTENT_DIR: contentDir },
      encoding: 'utf8',
    });
  }

  it('create files that pass npm run check', () => {
    const content = contentFolder({
      'editions/x/edition.md': editionFile(4),
      'editions/x/01-one.md': articleFile('One', 'summary: "A short summary."\n'),
    });
    const edition = run(['new-edition'], content);
    expect(edition.status).toBe(0);
    expect(edition.stdout).toMatch(/Created edition 5 as a draft in /);

    const article = run(['new-article', '--', '5', 'Beacon reaches the south'], content);
    expect(article.status).toBe(0);
    const folder = fs
      .readdirSync(path.join(content, 'editions'))
      .find((name) => name.startsWith('05-'));
    expect(fs.readdirSync(path.join(content, 'editions', folder ?? ''))).toContain(
      '06-beacon-reaches-the-south.md',
    );

    const check = run(['check'], content);
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(/2 editions, 7 articles: 0 errors, 0 warnings/);
  });

  it('new-edition never repeats a title, and takes a title and date when given', () => {
    const content = contentFolder({
      'editions/x/edition.md': editionFile(4).replace(/title: .*\n/, 'title: "Autumn 2026"\n'),
    });
    expect(run(['new-edition'], content).status).toBe(0);
    expect(run(['new-edition'], content).status).toBe(0);
    const titles = fs
      .readdirSync(path.join(content, 'editions'))
      .filter((name) => name !== 'x')
      .map(
        (name) =>
          /title: "([^"]+)"/.exec(
            fs.readFileSync(path.join(content, 'editions', name, 'edition.md'), 'utf8'),
          )?.[1],
      );
    expect(new Set(titles).size).toBe(2);
    expect(titles).not.toContain('Autumn 2026');

    const special = run(
      ['new-edition', '--', '--title', 'Beacon special', '--published', '2027-05-02'],
      content,
    );
    expect(special.status).toBe(0);
    expect(fs.readdirSync(path.join(content, 'editions'))).toContain('07-beacon-special');
    const again = run(['new-edition', '--', '--title', 'beacon special'], content);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/An edition is already called "beacon special"/);
    const wrong = run(['new-edition', '--', '10'], content);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toMatch(/Usage: npm run new-edition/);
    expect(wrong.stderr).not.toMatch(/ at /);
  });

  it('new-article explains how to call it and refuses an unknown edition', () => {
    const content = contentFolder({ 'editions/x/edition.md': editionFile(4) });
    expect(run(['new-article'], content).stderr).toMatch(
      /Usage: npm run new-article -- <edition number> "<title>"/,
    );
    expect(run(['new-article', '--', '9', 'Title'], content).stderr).toMatch(
      /There is no edition 9/,
    );
  });

  it('new-article never takes an address another article has, had, or that was taken down', () => {
    const content = contentFolder({
      'editions/x/edition.md': editionFile(4, 'removed: [partner-day-3]\n'),
      'editions/x/01-one.md': articleFile('One', 'slug: partner-day\n'),
      'editions/x/02-two.md': articleFile('Two', 'aliases: [partner-day-2]\n'),
    });
    const created = run(['new-article', '--', '4', 'Partner day'], content);
    expect(created.stdout).toMatch(
      /published with edition 4, at \/editions\/4\/partner-day-4, once you replace its template text/,
    );
    expect(fs.readdirSync(path.join(content, 'editions', 'x'))).toContain('03-partner-day-4.md');
    // It follows its public edition, so its template text stops publishing until it is written.
    const check = run(['check'], content);
    expect(check.status).toBe(1);
    expect(check.stdout).toMatch(/03-partner-day-4\.md:\d+:\d+: error: .*(template|placeholder)/i);
  });

  it('new-article finds an edition by the number the loader reads, however it is written', () => {
    const content = contentFolder({
      'editions/x/edition.md': editionFile(4).replace('number: 4', 'number:   4 # the fourth'),
    });
    expect(run(['new-article', '--', '4', 'A story'], content).status).toBe(0);
  });
});
