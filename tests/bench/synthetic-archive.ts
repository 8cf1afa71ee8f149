import fs from 'node:fs';
import path from 'node:path';

/*
 * A synthetic archive for benchmarks: N editions of six articles, each about 800 words with
 * sub-headings, a list, a quote, a table and links, like the real magazine. The words are
 * drawn from a fixed vocabulary by a seeded generator, so every run writes the same archive.
 */

const WORDS = (
  'partners officers analysts referral safeguarding training region force council housing school ' +
  'health team network report concern visit support survivor advocate programme quarter review ' +
  'evidence intelligence tool roll-out feedback community service case plan meeting data route ' +
  'station town city week month early clear shared local national joint careful quick steady'
).split(' ');

/** A small deterministic random generator (mulberry32), so archives are reproducible. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function writer(seed: number) {
  const random = generator(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const sentence = () => {
    const length = 8 + Math.floor(random() * 12);
    const words = Array.from({ length }, () => pick(WORDS));
    const text = words.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = (sentences = 4) => Array.from({ length: sentences }, sentence).join(' ');
  return { pick, sentence, paragraph };
}

/** Markdown for one article of roughly 800 words. */
function article(seed: number, title: string, section: string): string {
  const { paragraph, sentence } = writer(seed);
  return `---
title: "${title}"
section: "${section}"
author: "Writer ${seed % 17}"
role: "Communications Officer"
summary: "${sentence()}"
tags: [bench, ${section.toLowerCase().replace(/\s+/g, '-')}]
---

${paragraph(8)}

## Background

${paragraph(8)}

## What changed

### The first step

${paragraph(7)}

- ${sentence()}
- ${sentence()}
- ${sentence()}

### The next step

${paragraph(7)}

> ${sentence()} ${sentence()}
>
> — Officer ${seed % 31}, Exploitation Team

## In numbers

| Area | Referrals | Visits |
| ---- | --------: | -----: |
| North | ${seed % 90} | ${seed % 40} |
| South | ${seed % 70} | ${seed % 30} |

## Find out more

${paragraph(7)} Read the [programme guidance](https://www.example.org/guidance/${seed}) and the
[previous edition](/editions/1).

${paragraph(8)}
`;
}

const SECTIONS = ['Strategic Update', 'News', 'Case Study', 'Resources', 'Events', 'Partners'];

/** Writes `editions` editions of six articles each under `folder/editions`. */
export function writeSyntheticArchive(
  folder: string,
  editions: number,
): { editions: number; articles: number } {
  fs.rmSync(folder, { recursive: true, force: true });
  for (let number = 1; number <= editions; number += 1) {
    const directory = path.join(folder, 'editions', `${String(number).padStart(4, '0')}-edition`);
    fs.mkdirSync(directory, { recursive: true });
    const year = 2000 + Math.floor((number - 1) / 4);
    const month = String(((number - 1) % 4) * 3 + 1).padStart(2, '0');
    const { paragraph, sentence } = writer(number);
    fs.writeFileSync(
      path.join(directory, 'edition.md'),
      `---\nnumber: ${number}\ntitle: "Edition ${number}"\npublished: ${year}-${month}-15\nsummary: "${sentence()}"\n---\n\n${paragraph(4)}\n`,
    );
    SECTIONS.forEach((section, index) => {
      const seed = number * 10 + index;
      fs.writeFileSync(
        path.join(directory, `0${index + 1}-story-${index + 1}.md`),
        article(seed, `${section} story ${number}.${index + 1}`, section),
      );
    });
  }
  return { editions, articles: editions * SECTIONS.length };
}
