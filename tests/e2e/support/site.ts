import { getEditions, type Article, type Edition } from '@/lib/content/getters';
import { articlePath, editionPath, plainViewPath, textFilePath } from '@/lib/site/urls';

/*
 * What the browser tests expect comes from the same loader the site uses (itself covered by
 * unit tests), so the tests follow the sample content instead of copying it.
 */

export const editions = getEditions();

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined)
    throw new Error(`The sample content has no ${what}; the browser tests need one.`);
  return value;
}

export const latest: Edition = required(editions[0], 'edition');
export const firstArticle: Article = required(latest.articles[0], 'article');
export const secondArticle: Article = required(latest.articles[1], 'second article');
export const lastArticle: Article = required(latest.articles.at(-1), 'article');

/** One address of each page type, with the h1 a reader should see there. */
export const htmlPages = [
  { name: 'home', path: '/', h1: /latest edition/i },
  { name: 'archive', path: '/editions', h1: /^All editions$/ },
  {
    name: 'magazine view',
    path: editionPath(latest.number),
    h1: new RegExp(`^${escape(latest.title)}$`),
  },
  {
    name: 'article',
    path: articlePath(latest.number, firstArticle.slug),
    h1: new RegExp(`^${escape(firstArticle.title)}$`),
  },
  {
    name: 'plain view',
    path: plainViewPath(latest.number),
    h1: new RegExp(`^Edition ${latest.number}: ${escape(latest.title)}$`),
  },
  { name: 'not found', path: '/editions/does-not-exist', h1: /^Page not found$/ },
] as const;

export const textFile = textFilePath(latest.number);

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
