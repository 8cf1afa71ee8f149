import { eventFileName } from '../site/urls';
import { getAllAddresses, getEditions, shownMedia } from '../library/getters';
import { isStaticExport } from '../site/static-export';

/*
 * The parameters every dynamic route is prerendered for. With `dynamicParams = false`,
 * anything not listed here answers 404 without reaching a page. Drafts, scheduled editions
 * and former addresses are listed too; the pages decide what each reader may see. A static
 * export lists only today's public addresses (see lib/site/static-export.ts).
 */

/** The editions whose pages are prerendered: every one, or in a static export the public ones. */
function editionsToPrerender() {
  return getEditions(isStaticExport ? 'public' : 'preview');
}

/** One entry per edition number (and former number), for `/editions/[edition]` and its plain views. */
export function editionParams(): { edition: string }[] {
  if (isStaticExport)
    return editionsToPrerender().map((edition) => ({ edition: String(edition.number) }));
  return getAllAddresses().editions.map((edition) => ({ edition }));
}

/** One entry per article address, for `/editions/[edition]/[slug]`. */
export function articleParams(): { edition: string; slug: string }[] {
  if (isStaticExport)
    return editionsToPrerender().flatMap((edition) =>
      edition.articles.map((article) => ({ edition: String(edition.number), slug: article.slug })),
    );
  return getAllAddresses().articles;
}

/** One entry per image file that content shows, for `/editions/[edition]/media/[file]`. */
export function mediaParams(): { edition: string; file: string }[] {
  return editionsToPrerender().flatMap((edition) =>
    [...shownMedia(edition)].map((file) => ({ edition: String(edition.number), file })),
  );
}

/**
 * One entry per event of every article, drafts included, for its calendar file: under every
 * address the article has had (former ones redirect), or in a static export its current one.
 */
export function calendarParams(): { edition: string; slug: string; file: string }[] {
  return editionsToPrerender().flatMap((edition) =>
    edition.articles.flatMap((article) => {
      const files = (article.events ?? []).map((event, index) => eventFileName(event, index));
      const keys = isStaticExport ? [edition.number] : [edition.number, ...edition.aliases];
      const slugs = isStaticExport ? [article.slug] : [article.slug, ...article.aliases];
      return keys.flatMap((key) =>
        slugs.flatMap((slug) => files.map((file) => ({ edition: String(key), slug, file }))),
      );
    }),
  );
}
