/*
 * Every address the site publishes, built in one place so links and routes cannot disagree.
 */

/** The magazine view of an edition. */
export function editionPath(edition: number): string {
  return `/editions/${edition}`;
}

/** An article page. */
export function articlePath(edition: number, slug: string): string {
  return `/editions/${edition}/${slug}`;
}

/** The plain, single-column HTML view of an edition. */
export function plainPath(edition: number): string {
  return `/editions/${edition}/plain`;
}

/** The plain-text file of an edition. */
export function textPath(edition: number): string {
  return `/editions/${edition}/plain.txt`;
}

/** The archive of every edition. */
export const archivePath = '/editions';
