import { getEditions, getMediaFiles } from './content';

/*
 * The parameters every dynamic route is prerendered for. With `dynamicParams = false`,
 * anything not listed here answers 404 without reaching a page.
 */

/** One entry per edition, for `/editions/[edition]` and its plain views. */
export function editionParams(): { edition: string }[] {
  return getEditions().map((edition) => ({ edition: String(edition.number) }));
}

/** One entry per article, for `/editions/[edition]/[slug]`. */
export function articleParams(): { edition: string; slug: string }[] {
  return getEditions().flatMap((edition) =>
    edition.articles.map((article) => ({ edition: String(edition.number), slug: article.slug })),
  );
}

/** One entry per image file, for `/editions/[edition]/media/[file]`. */
export function mediaParams(): { edition: string; file: string }[] {
  return getMediaFiles().map(({ edition, file }) => ({ edition: String(edition), file: file.name }));
}
