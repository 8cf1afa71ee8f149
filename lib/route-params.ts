import { eventFileName } from './calendar';
import { getAllAddresses, getEditions } from './content';

/*
 * The parameters every dynamic route is prerendered for. With `dynamicParams = false`,
 * anything not listed here answers 404 without reaching a page. Drafts, scheduled editions
 * and former addresses are listed too; the pages decide what each reader may see.
 */

/** One entry per edition number (and former number), for `/editions/[edition]` and its plain views. */
export function editionParams(): { edition: string }[] {
  return getAllAddresses().editions.map((edition) => ({ edition }));
}

/** One entry per article address, for `/editions/[edition]/[slug]`. */
export function articleParams(): { edition: string; slug: string }[] {
  return getAllAddresses().articles;
}

/** One entry per image file, for `/editions/[edition]/media/[file]`. */
export function mediaParams(): { edition: string; file: string }[] {
  return getAllAddresses().media;
}

/** One entry per event of every article, drafts included, for its calendar file. */
export function calendarParams(): { edition: string; slug: string; file: string }[] {
  return getEditions('preview').flatMap((edition) =>
    edition.articles.flatMap((article) =>
      (article.events ?? []).map((event, index) => ({ edition: String(edition.number), slug: article.slug, file: eventFileName(event, index) })),
    ),
  );
}
