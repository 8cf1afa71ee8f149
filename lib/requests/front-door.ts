import type { IncomingHttpHeaders } from 'node:http';
import { today } from '../content/publishing';
import { ROUTES } from '../site/routes';
import { editionPath, previewExitPath, previewPath, searchPath } from '../site/urls';
import { dropInternalHeaders } from './internal-headers';
import { DRAFT_MODE_COOKIE, PREVIEW_PASS_COOKIE, previewPassScope } from './preview-pass';
import { isGone, mayShowPublic, type PublicAddresses } from './public-addresses';
import { readTarget } from './request-target';

/*
 * The front door: every rule about what a request may ask, decided once, before Next sees the
 * request, so what it refuses can never be rendered, regenerated or stored. The production
 * server (lib/server/server.ts) asks it about every request; nginx.conf repeats the rules it
 * can (methods, targets, queries, Next's headers) so a cache never holds what they refuse.
 * FRONT_DOOR lists the rules in order; docs/architecture.md shows the same list.
 */

/** One rule of the front door, for the table in docs/architecture.md. */
interface DoorRule {
  rule: string;
  /** What the request gets when the rule applies. */
  answer: string;
  /** Why. */
  why: string;
}

/** The rules, in the order they are applied. */
export const FRONT_DOOR: readonly DoorRule[] = [
  {
    rule: 'Request target',
    answer: '400 for `*`, another host, `//…`, dot segments or text no URL parser reads',
    why: 'Next redirects to the other host, answers `*` with a stack trace, and decides on the normalised path',
  },
  {
    rule: "Next's own headers",
    answer:
      'dropped from the request (`rsc`, `next-router-*`, `x-middleware-*`, `Sec-Fetch-Dest`, …)',
    why: 'a stranger sending them changes what Next answers, and a cache would keep it',
  },
  {
    rule: 'Methods',
    answer: '405 with `Allow: GET, HEAD`, but POST to leave preview',
    why: 'a POST to a page due to be regenerated made Next store its 405 as the page',
  },
  {
    rule: 'Malformed %-escapes',
    answer: '400',
    why: 'Next answers `/editions/%E0%A4%A` with a 500',
  },
  {
    rule: 'Preview pass',
    answer:
      "draft mode switched off and its cookie cleared without a valid pass; a pass for one edition keeps it at that edition's addresses only",
    why: "Next's draft cookie alone is the build's, valid until the next build; the pass expires and is revoked with the secret",
  },
  {
    rule: 'Hidden and unknown addresses',
    answer:
      'the one not-found page, for a draft, a scheduled edition before its day and an address that never existed alike; a pass for one edition opens that edition only',
    why: 'a guessed slug of an embargoed story must not be confirmed',
  },
  {
    rule: 'Articles taken down',
    answer: '410 Gone, with the site’s page saying so, at every address under the article’s own',
    why: 'caches and search engines let go of a 410, and a partner following an old link learns what happened',
  },
  {
    rule: 'Queries pages do not take',
    answer:
      '308 to the address without its query (`?utm_source=…`); files, search and the preview link keep theirs',
    why: 'a page regenerated for a request keeps its address, query and all, for every reader after',
  },
  {
    rule: "Next's scripts",
    answer: 'taken out of reading pages once, when a page is held (held-answers.ts)',
    why: 'no React runs in the reader’s browser (decision 9); decision 11 says where and how often',
  },
];

/** A request as the front door reads it. Its headers are changed in place (see frontDoor). */
export interface DoorRequest {
  method: string;
  /** The target as the request line gave it. */
  target: string;
  headers: IncomingHttpHeaders;
}

/** What the front door needs to know besides the request. */
export interface DoorSettings {
  /** Where the public may be answered, and from which day (public-addresses.ts). */
  addresses: PublicAddresses;
  /** The preview secret; undefined when preview is off. */
  previewSecret: string | undefined;
  timeZone: string;
  /** The time now, for the day and the pass's expiry. */
  now?: Date;
}

/** What the front door decides. */
export type Decision =
  /** Answered at the door: Next never sees the request. */
  | { kind: 'answer'; status: number; headers: Record<string, string>; body: string }
  /**
   * Handed to Next at `url` (the not-found page's for a hidden address). `clearDraftMode`:
   * the answer must clear the draft cookie, whose pass was not valid. `status`: the status the
   * answer must have whatever Next says (410 for an article taken down, whose page Next
   * renders as any other).
   */
  | {
      kind: 'pass';
      url: string;
      path: string;
      preview: boolean;
      clearDraftMode: boolean;
      status?: number;
    };

/** The methods every address allows; POST only leaves preview. */
const READ_METHODS = new Set(['GET', 'HEAD']);

/** The address of the page for articles taken down, which only Next's rewrites lead to. */
const REMOVED_PREFIX = `/${ROUTES.removed.pattern.split('/')[1]}/`;

/** Where a hidden address is sent: a path no route can have (folders starting `_` are private). */
const NOWHERE = '/_nowhere';

/**
 * Applies the rules of FRONT_DOOR to `request`, in order. Next's own headers are removed from
 * `request.headers`, and so is the draft cookie when its pass is not valid, so what Next reads is
 * what the door decided on.
 */
export function frontDoor(request: DoorRequest, settings: DoorSettings): Decision {
  const target = readTarget(request.target, request.headers.host);
  if (target.kind === 'refused') return plain(400, 'Bad request: not an address of this site.');

  dropInternalHeaders(request.headers as Record<string, unknown>);

  const { method } = request;
  if (!READ_METHODS.has(method) && !(method === 'POST' && target.path === previewExitPath))
    return plain(405, 'Method not allowed: this site is read with GET and HEAD.', {
      Allow: 'GET, HEAD',
    });

  const path = decoded(target.path);
  if (path === undefined) return plain(400, 'Bad request: the address has a malformed %-encoding.');

  const now = settings.now ?? new Date();
  const cookies = readCookies(request.headers.cookie);
  const hasDraftMode = cookies.has(DRAFT_MODE_COOKIE);
  const scope = hasDraftMode
    ? previewPassScope(cookies.get(PREVIEW_PASS_COOKIE), settings.previewSecret, now.getTime())
    : undefined;
  // A pass for one edition is draft mode at that edition's addresses only: anywhere else the
  // request goes on as the public's, so what it is shown (and what the cache keeps) is what
  // readers see, and no other edition's draft can reach it.
  const preview =
    scope === 'all' ||
    (typeof scope === 'number' &&
      (path === editionPath(scope) || path.startsWith(`${editionPath(scope)}/`)));
  const revoked = hasDraftMode && scope === undefined;
  if (hasDraftMode && !preview) {
    cookies.delete(DRAFT_MODE_COOKIE);
    request.headers.cookie = [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    if (cookies.size === 0) delete request.headers.cookie;
  }
  // The preview link sets a new draft cookie, which the answer must not clear.
  const clearDraftMode = revoked && path !== previewPath;

  const day = dayOf(settings.timeZone, now);
  // The takedown page's own address is Next's to reach (by the rewrite), never a reader's.
  const internal = path.startsWith(REMOVED_PREFIX);
  if (internal || (!preview && !mayShowPublic(settings.addresses, path, day)))
    return { kind: 'pass', url: NOWHERE, path: NOWHERE, preview, clearDraftMode };
  // Next's configuration leads every address under the article to its page (next.config.ts).
  if (isGone(settings.addresses, path, day))
    return {
      kind: 'pass',
      url: target.url,
      path: target.path,
      preview,
      clearDraftMode,
      status: 410,
    };

  const query = target.url.indexOf('?');
  if (query >= 0 && takesNoQuery(target.path)) {
    const headers: Record<string, string> = { Location: target.url.slice(0, query) };
    if (clearDraftMode) headers['Set-Cookie'] = CLEARED_DRAFT_COOKIE;
    return {
      kind: 'answer',
      status: 308,
      headers: { ...headers, 'Cache-Control': 'no-store' },
      body: '',
    };
  }
  return { kind: 'pass', url: target.url, path: target.path, preview, clearDraftMode };
}

let lastDay = { minute: -1, timeZone: '', day: '' };

/**
 * Today's date in the site's time zone, worked out once a minute: formatting a date costs more
 * than the rest of the door together, and a day changes only at midnight.
 */
function dayOf(timeZone: string, now: Date): string {
  const minute = Math.floor(now.getTime() / 60_000);
  if (lastDay.minute !== minute || lastDay.timeZone !== timeZone)
    lastDay = { minute, timeZone, day: today(timeZone, now) };
  return lastDay.day;
}

/** The header that clears Next's draft cookie (set on `/`, as Next sets it). */
export const CLEARED_DRAFT_COOKIE = `${DRAFT_MODE_COOKIE}=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; HttpOnly; Secure; SameSite=None`;

/**
 * Whether a query on this (normalised) path is one pages do not take. Files (a name with a dot)
 * are served as they are: they do not show their address. Search, the preview link and Next's
 * own addresses take their queries. Next's `_rsc` is no exception: no page the server sends
 * runs Next's router, which is what asks with it.
 */
function takesNoQuery(path: string): boolean {
  if (path.startsWith('/_next/') || path === searchPath || path === previewPath) return false;
  return !/\.[^/]*$/.test(path);
}

function decoded(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

/** The request's cookies by name, in order; a malformed pair is kept as it came. */
function readCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const pair of (header ?? '').split(';')) {
    const trimmed = pair.trim();
    if (!trimmed) continue;
    const equals = trimmed.indexOf('=');
    if (equals < 0) cookies.set(trimmed, '');
    else cookies.set(trimmed.slice(0, equals), trimmed.slice(equals + 1));
  }
  return cookies;
}

function plain(status: number, message: string, headers: Record<string, string> = {}): Decision {
  return {
    kind: 'answer',
    status,
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
      ...headers,
    },
    body: `${message}\n`,
  };
}
