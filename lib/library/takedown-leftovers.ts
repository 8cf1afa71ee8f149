import path from 'node:path';
import { readBytes } from '../content/folder';
import type { ProblemList } from '../content/problems';
import type { Article, Takedown } from '../content/types';

/*
 * After a takedown, what of the edition still speaks of the article: its summary, its
 * introduction, its cover's description or another article naming it or linking to it. A
 * takedown that leaves "read our case study on the harbour town below" in the introduction
 * tells every reader what was removed, so the check says where each mention is.
 */

/** What is checked: the edition's files and where the article was taken down from. */
export interface LeftoverCheck {
  folder: string;
  /** edition.md as named in messages. */
  editionFile: string;
  /** The edition's numbers, its own and its former ones, under which the article lived. */
  numbers: readonly number[];
  takedowns: readonly Takedown[];
  articles: readonly Pick<Article, 'file'>[];
}

/** Warns at each line of the edition's files that names or links to an article taken down. */
export function checkTakedownLeftovers(check: LeftoverCheck, problems: ProblemList): void {
  if (check.takedowns.length === 0) return;
  const files = [
    {
      shown: check.editionFile,
      absolute: path.join(check.folder, path.basename(check.editionFile)),
    },
    ...check.articles.map((article) => ({
      shown: article.file,
      absolute: path.join(check.folder, path.basename(article.file)),
    })),
  ];
  for (const { shown, absolute } of files) {
    const lines = new TextDecoder().decode(readBytes(absolute)).split('\n');
    lines.forEach((line, index) => {
      for (const { slug } of check.takedowns) {
        const message = leftover(line, slug, check.numbers);
        if (message) problems.warn(shown, index + 1, message);
      }
    });
  }
}

/** What `line` still says of the article at `slug`, or undefined when it says nothing. */
function leftover(line: string, slug: string, numbers: readonly number[]): string | undefined {
  const escaped = slug.replace(/[-]/g, '\\-');
  const address = new RegExp(
    `(?:/editions/(?:${numbers.join('|')})/${escaped}|\\]\\((?:\\./)?${escaped})(?![a-z0-9-])`,
  );
  if (address.test(line))
    return `this line links to "${slug}", an article taken down from this edition: remove the link`;
  // The listing of the takedown itself (removed:) names the slug as it is; it is not a mention.
  if (line.includes(slug)) return undefined;
  const words = slug.split('-');
  if (words.length < 2) return undefined;
  const text = ` ${line.toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `;
  return text.includes(` ${words.join(' ')} `)
    ? `this line still names "${words.join(' ')}", an article taken down from this edition: take the mention out, or it tells readers what was removed`
    : undefined;
}
