/*
 * Which addresses under the parts of the site content makes the public may be answered at, and
 * from which day. Worked out once, when the site is built (publicAddressSchedule in
 * addresses.ts), and read by the front door on every request without loading any content: a
 * draft's or a scheduled edition's address must answer exactly as one that never existed, or a
 * guessed slug of an embargoed story could be confirmed.
 */

/** The file the build writes beside the standalone server. */
export const PUBLIC_ADDRESSES_FILE = 'public-addresses.json';

/** What the build writes: each address with the day it opens (`''`: from the build on). */
export interface PublicAddressesFile {
  /** The parts of the site content makes (`/editions/`, …); any other address is the site's own. */
  contentParts: readonly string[];
  /** Every address content gives the site, with the day it becomes public. */
  opens: Readonly<Record<string, string>>;
  /** Every article taken down (its address), with the day the takedown becomes public. */
  removed: Readonly<Record<string, string>>;
  /** The time zone the days are in: the magazine's (content/site.yml). */
  timeZone: string;
}

/** The file, read for lookups. */
export interface PublicAddresses {
  contentParts: readonly string[];
  opens: ReadonlyMap<string, string>;
  removed: ReadonlyMap<string, string>;
  timeZone: string;
}

/** The lookups of a file the build wrote (maps, so no address can name an object's own keys). */
export function readPublicAddresses(file: PublicAddressesFile): PublicAddresses {
  return {
    contentParts: file.contentParts,
    opens: new Map(Object.entries(file.opens)),
    removed: new Map(Object.entries(file.removed)),
    timeZone: file.timeZone,
  };
}

/**
 * Whether the public may be answered at `path` (decoded) on `todayDate` by a page, a file or a
 * redirect, rather than "not found". Addresses outside the parts content makes (the home page,
 * feeds, search) are the site's own, and always may. An article taken down answers 410 Gone at
 * every address under its own.
 */
export function mayShowPublic(
  addresses: PublicAddresses,
  path: string,
  todayDate: string,
): boolean {
  if (!addresses.contentParts.some((part) => path.startsWith(part))) return true;
  // Next redirects an address with a trailing slash to the one without, for any address alike;
  // that address is then asked for, and decided, in its turn.
  if (path.endsWith('/')) return true;
  const opens = addresses.opens.get(path);
  if (opens !== undefined && opens <= todayDate) return true;
  return isGone(addresses, path, todayDate);
}

/**
 * Whether `path` (decoded) is, or is under, the address of an article taken down from an
 * edition the public may see on `todayDate`: it is answered 410 Gone.
 */
export function isGone(addresses: PublicAddresses, path: string, todayDate: string): boolean {
  // The first three segments: the address of the article the path is under, if it is one.
  const removed = addresses.removed.get(path.split('/').slice(0, 4).join('/'));
  return removed !== undefined && removed <= todayDate;
}
