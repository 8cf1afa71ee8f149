import { getAllAddresses, getArticle, getArticleRedirect, getEdition, getEditionRedirect } from '../content/getters';
import type { View } from '../content/publishing';
import { articlePath, editionPath } from './urls';

/*
 * Former addresses. An edition's `aliases` (old numbers) and an article's `aliases` (old
 * slugs) lead to where the content lives now, with a permanent redirect.
 */

/** The current number of the edition at `key`, following a former number, or undefined. */
export function currentEditionNumber(key: string, view: View): number | undefined {
  return getEdition(key, view)?.number ?? getEditionRedirect(key, view);
}

/** Where a former edition address now lives, or undefined when `key` is not a former number. */
export function editionRedirect(key: string, view: View, suffix = ''): string | undefined {
  const number = getEditionRedirect(key, view);
  return number === undefined ? undefined : `${editionPath(number)}${suffix}`;
}

/** Where a former article address now lives, or undefined when it is not a former address. */
export function articleRedirect(editionKey: string, slug: string, view: View): string | undefined {
  const number = currentEditionNumber(editionKey, view);
  if (number === undefined) return undefined;
  const current = getArticle(String(number), slug, view)?.article.slug ?? getArticleRedirect(String(number), slug, view);
  if (current === undefined || (String(number) === editionKey && current === slug)) return undefined;
  return articlePath(number, current);
}

/** Every former address of public content, and where it leads now. */
export function formerAddresses(): { from: string; to: string }[] {
  const { editions, articles } = getAllAddresses();
  const moved = editions.flatMap((key) => {
    const to = editionRedirect(key, 'public');
    return to ? [{ from: editionPath(Number(key)), to }] : [];
  });
  const movedArticles = articles.flatMap(({ edition, slug }) => {
    const to = articleRedirect(edition, slug, 'public');
    return to ? [{ from: articlePath(Number(edition), slug), to }] : [];
  });
  return [...moved, ...movedArticles];
}
