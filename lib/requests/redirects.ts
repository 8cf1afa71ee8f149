import {
  getAllAddresses,
  getArticle,
  getArticleRedirect,
  getEdition,
  getEditionRedirect,
  type ArticleInContext,
  type Edition,
} from '../library/getters';
import type { Audience } from '../content/publishing';
import { articlePath, editionPath } from '../site/urls';

/*
 * Former addresses. An edition's `aliases` (old numbers) and an article's `aliases` (old
 * slugs) lead to where the content lives now, with a permanent redirect.
 */

/** The current number of the edition at `key`, following a former number, or undefined. */
function currentEditionNumber(key: string, audience: Audience): number | undefined {
  return getEdition(key, audience)?.number ?? getEditionRedirect(key, audience);
}

/** Where a former edition address now lives, or undefined when `key` is not a former number. */
export function editionRedirect(key: string, audience: Audience, suffix = ''): string | undefined {
  const number = getEditionRedirect(key, audience);
  return number === undefined ? undefined : `${editionPath(number)}${suffix}`;
}

/** Where a former article address now lives, or undefined when it is not a former address. */
export function articleRedirect(
  editionKey: string,
  slug: string,
  audience: Audience,
): string | undefined {
  const number = currentEditionNumber(editionKey, audience);
  if (number === undefined) return undefined;
  const current =
    getArticle(String(number), slug, audience)?.article.slug ??
    getArticleRedirect(String(number), slug, audience);
  if (current === undefined || (String(number) === editionKey && current === slug))
    return undefined;
  return articlePath(number, current);
}

/**
 * What an address leads to, for `audience`: the content itself, a permanent redirect to where
 * it lives now, or nothing. Every route that answers for an edition or an article asks here.
 */
export type Lookup<T> =
  { kind: 'found'; value: T } | { kind: 'moved'; location: string } | { kind: 'missing' };

function settle<T>(value: T | undefined, location: string | undefined): Lookup<T> {
  if (value !== undefined) return { kind: 'found', value };
  return location === undefined ? { kind: 'missing' } : { kind: 'moved', location };
}

/** The edition at `key`; a former number leads to its current address plus `suffix`. */
export function lookupEdition(key: string, audience: Audience, suffix = ''): Lookup<Edition> {
  const edition = getEdition(key, audience);
  return settle(edition, edition ? undefined : editionRedirect(key, audience, suffix));
}

/** The article at `editionKey`/`slug`; a former address leads to its current one plus `suffix`. */
export function lookupArticle(
  editionKey: string,
  slug: string,
  audience: Audience,
  suffix = '',
): Lookup<ArticleInContext> {
  const found = getArticle(editionKey, slug, audience);
  const moved = found ? undefined : articleRedirect(editionKey, slug, audience);
  return settle(found, moved === undefined ? undefined : `${moved}${suffix}`);
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
