import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPdf, readStructure, spokenText } from '../../support/pdf';

/*
 * The editor's journey, played with the commands an editor (or the pipeline) runs, on a copy
 * of the sample content: start the next edition, write its five articles with a cover and an
 * infographic, make the usual mistakes and read each message, fix them, publish with one
 * change, rename an article, schedule the edition after, build, and read the result from the
 * built server. Each step needs the one before, so the steps run in order.
 */

const root = path.resolve(import.meta.dirname, '..', '..', '..');
const content = fs.mkdtempSync(path.join(os.tmpdir(), 'masthead-journey-'));
fs.cpSync(path.join(root, 'content'), content, { recursive: true });
const distDir = '.next-journey';
const port = 3116;
const environment = { ...process.env, MASTHEAD_CONTENT_DIR: content, NEXT_DIST_DIR: distDir };
/** The name the magazine is given in content/site.yml on the way. */
const RENAMED = 'Harbourline';

afterAll(() => {
  fs.rmSync(content, { recursive: true, force: true });
});

function npm(...args: string[]): { status: number | null; output: string } {
  const result = spawnSync('npm', ['run', '--silent', ...args], {
    cwd: root,
    env: environment,
    encoding: 'utf8',
    timeout: 600_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** The check's errors, each without the temporary folder's path. */
function errors(output: string): string[] {
  return output
    .split('\n')
    .filter((line) => line.includes(': error: '))
    .map((line) => line.slice(line.indexOf('editions/')));
}

let folder = '';
const file = (name: string) => path.join(folder, name);
const read = (name: string) => fs.readFileSync(file(name), 'utf8');
const write = (name: string, text: string) => fs.writeFileSync(file(name), text);

/** Makes one mistake in a file, runs the check, puts the file back, and returns the errors. */
function mistake(name: string, from: string | RegExp, to: string): string[] {
  const good = read(name);
  const bad = good.replace(from, to);
  expect(bad, `the mistake is made in ${name}`).not.toBe(good);
  write(name, bad);
  const { status, output } = npm('check');
  write(name, good);
  expect(status).toBe(1);
  return errors(output);
}

const articles: Record<string, string> = {
  '01-director-update.md': `---
title: "A winter of joined-up work"
summary: "The director looks back on a busy autumn and ahead to the spring conference."
section: "Strategic Update"
author: "Priya Okafor"
role: "Programme Director"
---

This autumn our partners shared more than ever before. Beacon is now part of daily work in the
north, and the south follows in March.

Thank you to every team that gave us its time.
`,
  '02-news.md': `---
title: "Beacon reaches the southern forces"
summary: "Three southern forces start using Beacon in January, with training from December."
section: "News"
image: chart.svg
imageAlt: "Bar chart of forces using Beacon: nine in the north, three more in the south from January."
---

Three forces in the south start using Beacon in January. Training starts in December.

![Line chart of weekly Beacon users, rising from 300 in June to 1,200 in November.](users.svg)

> It saves me an afternoon a week of chasing other teams for the same facts.
>
> — A detective sergeant in the pilot
`,
  '03-case-study.md': `---
title: "Case study: the car wash on the ring road"
summary: "How a delivery driver's report led partners to a business that was exploiting its workers."
section: "Case Study"
---

A delivery driver noticed that the same men were working at the car wash late every night.

## The first call

She called the council, which shared the report through Beacon the same day.

## What happened next

Police, the council and a charity visited together the following week.
`,
  '04-watch-and-read.md': `---
title: "Watch and read: the winter picks"
summary: "A short film on the training day, and the guides partners asked for most."
section: "Resources"
---

- [Beacon training day: the film](https://www.northlight.example.org/films/training-day): eight minutes.
- [The partner guide to referrals](https://www.northlight.example.org/guides/referrals): for housing teams.
`,
  '05-events.md': `---
title: "Events: spring training days"
summary: "Training days for the southern forces and the date of the annual conference."
section: "Events"
events:
  - title: "Beacon training for the southern forces"
    date: 2027-01-12
    start: "09:30"
    end: "13:00"
    place: "Guildhall, Winchester"
    registration: "https://www.northlight.example.org/events/winchester"
---

Places are limited to twenty people from each organisation.
`,
};

describe("an editor's journey from a new edition to the site", () => {
  it('starts the next edition, named for the season after the last', () => {
    const { status, output } = npm('new-edition');
    expect(status, output).toBe(0);
    expect(output).toContain('Created edition 10 as a draft');
    folder = path.join(content, 'editions', '10-winter-2026');
    expect(read('edition.md')).toMatch(/^title: "Winter 2026"/m);
    expect(
      fs
        .readdirSync(folder)
        .filter((name) => name.endsWith('.md'))
        .sort(),
    ).toEqual([
      '01-director-update.md',
      '02-news.md',
      '03-case-study.md',
      '04-watch-and-read.md',
      '05-events.md',
      'edition.md',
    ]);
    // A draft with template text passes the check, and the check says what publishing would do.
    const check = npm('check');
    expect(check.status, check.output).toBe(0);
    expect(check.output).toContain(
      'Edition 10 (Winter 2026) is a draft: removing its draft line would publish 5 articles',
    );
  });

  it('refuses to publish while the template text is still there', () => {
    const found = mistake('edition.md', /^draft: true.*\n/m, '');
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toMatch(/placeholder|template/i);
  });

  it('writes the five articles, with a cover and an infographic', () => {
    const sample = path.join(content, 'editions', '09-autumn-2026');
    fs.copyFileSync(path.join(sample, 'cover.svg'), file('cover.svg'));
    fs.copyFileSync(path.join(sample, 'beacon-chart.svg'), file('chart.svg'));
    fs.copyFileSync(path.join(sample, 'timeline.svg'), file('users.svg'));
    write(
      'edition.md',
      read('edition.md')
        .replace(
          /^summary: .*$/m,
          'summary: "Beacon goes south, a car wash case and spring training."',
        )
        .replace(/^# cover: .*$/m, 'cover: cover.svg')
        .replace(/^# coverAlt: .*$/m, 'coverAlt: "A lighthouse beam over a winter sea."')
        .replace(/\n---\n[\s\S]*$/, '\n---\n\nWelcome to the winter edition.\n'),
    );
    for (const [name, text] of Object.entries(articles)) write(name, text);
    const { status, output } = npm('check');
    expect(status, output).toBe(0);
  });

  it('answers each usual mistake with one message that says what to change', () => {
    expect(mistake('01-director-update.md', 'author:', 'auther:')).toEqual([
      expect.stringMatching(
        /^editions\/10-winter-2026\/01-director-update\.md:5:1: error: unknown field "auther": did you mean "author"\?/,
      ),
    ]);
    expect(mistake('05-events.md', '"09:30"', '"9.30am"')).toEqual([
      expect.stringMatching(
        /^editions\/10-winter-2026\/05-events\.md:\d+:1: error: events, item 1: start must be a time written HH:MM/,
      ),
    ]);
    expect(mistake('02-news.md', 'image: chart.svg', 'image: chrat.svg')).toEqual([
      expect.stringMatching(
        /^editions\/10-winter-2026\/02-news\.md:5:1: error: image "chrat\.svg" is not an image file in this edition's folder: did you mean "chart\.svg"\?/,
      ),
    ]);
    expect(mistake('02-news.md', /!\[Line chart[^\]]*\]/, '![]')).toEqual([
      expect.stringMatching(
        /^editions\/10-winter-2026\/02-news\.md:\d+:\d+: error: this image has no description/,
      ),
    ]);
    const yaml = mistake(
      '04-watch-and-read.md',
      'section: "Resources"',
      'section: Resources: films',
    );
    expect(yaml).toHaveLength(1);
    expect(yaml[0]).toMatch(
      /^editions\/10-winter-2026\/04-watch-and-read\.md:4:\d+: error: .*put the whole value in double quotes/,
    );
    expect(yaml[0]).not.toMatch(/mapping|scalar|YAML/i);
  });

  it('publishes with one change, and renames an article without breaking its address', () => {
    write('edition.md', read('edition.md').replace(/^draft: true.*\n/m, ''));
    write(
      '02-news.md',
      read('02-news.md').replace(
        'section: "News"',
        'section: "News"\nslug: beacon-goes-south\naliases: [news]',
      ),
    );
    const { status, output } = npm('check');
    expect(status, output).toBe(0);
    expect(output).not.toContain('Edition 10 (Winter 2026) is a draft');
    // Now the edition is public, a private person's number stops it.
    expect(
      mistake(
        '03-case-study.md',
        'She called the council',
        'She called the council on 07700 900321',
      ),
    ).toEqual([
      expect.stringMatching(
        /^editions\/10-winter-2026\/03-case-study\.md:\d+:\d+: error: possible UK phone number "07700 900321": a private person's contact details must not be published/,
      ),
    ]);
  });

  it('schedules the edition after, which the check says is waiting for its date', () => {
    const { status, output } = npm('new-edition', '--', '--published', '2027-03-10');
    expect(status, output).toBe(0);
    expect(output).toContain('Created edition 11 as a draft');
    const next = path.join(content, 'editions', '11-spring-2027', 'edition.md');
    const edition = fs.readFileSync(next, 'utf8');
    expect(edition).toMatch(/^title: "Spring 2027"/m);
    // Ready early: the draft line goes, the date keeps it hidden.
    fs.writeFileSync(
      next,
      edition
        .replace(/^draft: true.*\n/m, '')
        .replace(/^summary: .*$/m, 'summary: "The spring edition."')
        .replace(/\n---\n[\s\S]*$/, '\n---\n\nThe spring edition.\n'),
    );
    for (const name of fs.readdirSync(path.dirname(next)).filter((n) => /^\d\d-/.test(n)))
      fs.rmSync(path.join(path.dirname(next), name));
    fs.writeFileSync(
      path.join(path.dirname(next), '01-welcome.md'),
      '---\ntitle: "Welcome to spring"\nsummary: "What is coming in the spring."\n---\n\nMore soon.\n',
    );
    const check = npm('check');
    expect(check.status, check.output).toBe(0);
    expect(check.output).toMatch(
      /Edition 11 \(Spring 2027\) is scheduled for 10 March 2027: that day it publishes 1 article/,
    );
  });

  it('renames the magazine in content/site.yml, with any mistake there named at its line', () => {
    const site = path.join(content, 'site.yml');
    const good = fs.readFileSync(site, 'utf8');
    fs.writeFileSync(site, good.replace(/^name:/m, 'nmae:'));
    const { status, output } = npm('check');
    expect(status).toBe(1);
    expect(output).toMatch(/site\.yml:\d+:1: error: unknown field "nmae": did you mean "name"\?/);
    fs.writeFileSync(site, good);
    // A programme of another name: every file of the content names it instead, so any
    // "Northlight" left in the site comes from the code.
    for (const entry of fs.readdirSync(content, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.(md|yml|svg)$/.test(entry.name)) continue;
      const named = path.join(entry.parentPath, entry.name);
      fs.writeFileSync(
        named,
        fs
          .readFileSync(named, 'utf8')
          .replace(/Northlight/g, RENAMED)
          .replace(/northlight/g, RENAMED.toLowerCase()),
      );
    }
    const check = npm('check');
    expect(check.status, check.output).toBe(0);
  });

  it(
    'builds, and the site shows the new edition and nothing early',
    { timeout: 900_000 },
    async () => {
      const build = npm('build');
      expect(build.status, build.output.slice(-3000)).toBe(0);
      const server = spawn(process.execPath, [path.join(distDir, 'standalone', 'server.js')], {
        cwd: root,
        env: { ...environment, NODE_ENV: 'production', HOSTNAME: '127.0.0.1', PORT: String(port) },
        stdio: 'ignore',
      });
      const site = `http://127.0.0.1:${port}`;
      const get = (address: string) =>
        fetch(`${site}${address}`, { redirect: 'manual' }).then(async (response) => ({
          status: response.status,
          location: response.headers.get('location'),
          text: await response.text(),
        }));
      try {
        for (let tries = 0; tries < 100; tries += 1) {
          if ((await get('/health').catch(() => undefined))?.status === 200) break;
          await new Promise((resolve) => setTimeout(resolve, 300));
        }
        const home = await get('/');
        expect(home.text).toContain('Winter 2026');
        const edition = await get('/editions/10');
        expect(edition.status).toBe(200);
        for (const text of Object.values(articles)) {
          const title = /^title: "(.*)"$/m.exec(text)?.[1] ?? '';
          expect(edition.text).toContain(title.replace(/'/g, '&#x27;'));
        }
        const events = await get('/editions/10/events');
        expect(events.text).toContain('9:30am to 1pm');
        expect(events.text).toContain('Guildhall, Winchester');
        const renamed = await get('/editions/10/news');
        expect(renamed.status).toBe(308);
        expect(renamed.location).toBe('/editions/10/beacon-goes-south');
        expect((await get('/editions/10/beacon-goes-south')).text).toContain(
          'It saves me an afternoon a week',
        );
        expect((await get('/editions/11')).status).toBe(404);
        expect(home.text).not.toContain('Spring 2027');

        // The magazine's new name, from content/site.yml, in every output and the old one in none.
        expect(home.text).toContain(`<title>${RENAMED}`);
        const message = await get('/editions/10/edition.eml');
        expect(message.text).toMatch(
          new RegExp(`^Subject: ${RENAMED}, Edition 10: Winter 2026`, 'm'),
        );
        const pdfResponse = await fetch(`${site}/editions/10/edition.pdf`);
        const pdf = await openPdf(new Uint8Array(await pdfResponse.arrayBuffer()));
        const { info } = await pdf.getMetadata();
        expect((info as { Title?: string }).Title).toBe(`${RENAMED}, Edition 10: Winter 2026`);
        expect(pdfResponse.headers.get('content-disposition')).toContain(
          `${RENAMED.toLowerCase()}-edition-10.pdf`,
        );
        const outputs = [
          home.text,
          edition.text,
          message.text,
          spokenText(await readStructure(pdf)),
          ...(await Promise.all(
            [
              '/editions',
              '/editions/10/beacon-goes-south',
              '/editions/10/plain',
              '/editions/10/plain.txt',
              '/editions/10/email.html',
              '/editions/10/announce',
              '/feed.xml',
              '/feed.json',
              '/accessibility',
              '/privacy',
              '/search?q=beacon',
            ].map(async (address) => (await get(address)).text),
          )),
        ];
        for (const text of outputs) expect(text.toLowerCase()).not.toContain('northlight');
      } finally {
        server.kill('SIGTERM');
        fs.rmSync(path.join(root, distDir), { recursive: true, force: true });
      }
    },
  );
});
