import { createHmac, timingSafeEqual } from 'node:crypto';

/*
 * Draft preview on a production site. Next's draft mode cookie alone is the build's own bypass
 * value: the same for every editor, valid until the next build, and not revoked by changing or
 * unsetting the secret. So the preview link also hands out a pass of Masthead's own: what it
 * shows (every draft, or one edition's) and its expiry, signed with the secret. Every preview
 * request must carry a pass that is unexpired and signed with the secret the server has now;
 * changing the secret revokes every pass and every link at once.
 *
 * Two links give a pass: the site-wide one, which carries the secret itself (for whoever runs
 * the site), and a link made for one edition (npm run preview-link), which carries only a
 * signature, lasts at most 30 days, and shows that edition's drafts and nothing else
 * unpublished, so an editor can send it to a colleague without giving away every draft.
 */

/** Next's draft mode cookie, which makes pages render per request. */
export const DRAFT_MODE_COOKIE = '__prerender_bypass';

/** The cookie that holds the pass. */
export const PREVIEW_PASS_COOKIE = 'masthead_preview';

/** How long a pass lasts: a working day, so a lost laptop's preview ends by itself. */
export const PREVIEW_PASS_SECONDS = 8 * 60 * 60;

/** A secret short enough to guess is refused: 32 characters, as from `openssl rand -hex 16`. */
export const MIN_SECRET_LENGTH = 32;

/**
 * Fewest different characters a secret may have. Thirty-two random hexadecimal digits have
 * about fourteen, and fewer than eight almost never; `aaaa…` or `abab…` has one or two.
 */
const MIN_SECRET_DISTINCT_CHARACTERS = 8;

/** Why the secret cannot be used, or undefined when it can (or is unset, so preview is off). */
export function previewSecretProblem(secret: string | undefined): string | undefined {
  if (!secret) return undefined;
  const advice = 'Make one with: openssl rand -hex 32';
  if (secret.length < MIN_SECRET_LENGTH)
    return `MASTHEAD_PREVIEW_SECRET is ${secret.length} characters long; it must be at least ${MIN_SECRET_LENGTH}, or guessing it is a matter of time. ${advice}`;
  const distinct = new Set(secret).size;
  if (distinct < MIN_SECRET_DISTINCT_CHARACTERS)
    return `MASTHEAD_PREVIEW_SECRET uses only ${distinct} different characters; a random secret has at least ${MIN_SECRET_DISTINCT_CHARACTERS}, and one made of a repeated pattern is easy to guess. ${advice}`;
  return undefined;
}

/** Stops the server as it starts when the preview secret is too short, saying why. */
export function refuseWeakPreviewSecret(env: Record<string, string | undefined> = process.env) {
  const problem = previewSecretProblem(env.MASTHEAD_PREVIEW_SECRET);
  if (!problem) return;
  console.error(`Masthead cannot start: ${problem}`);
  process.exit(1);
}

/** The preview secret when one is set and long enough; undefined means preview is off. */
export function previewSecret(
  env: Record<string, string | undefined> = process.env,
): string | undefined {
  const secret = env.MASTHEAD_PREVIEW_SECRET;
  return secret && !previewSecretProblem(secret) ? secret : undefined;
}

/**
 * What a preview shows: every draft (`all`, from the site-wide secret), or the drafts of one
 * edition (its number, from a link made for that edition).
 */
export type PreviewScope = 'all' | number;

/** The longest a link made for one edition lasts: 30 days. */
export const MAX_PREVIEW_LINK_HOURS = 30 * 24;

function signature(secret: string, what: string): string {
  return createHmac('sha256', secret).update(`masthead-preview:${what}`).digest('base64url');
}

/**
 * A pass for `scope`, valid for PREVIEW_PASS_SECONDS from `now` (milliseconds), or until
 * `until` (seconds) when that is sooner: a pass never outlives the link that gave it.
 */
export function issuePreviewPass(
  secret: string,
  now: number = Date.now(),
  scope: PreviewScope = 'all',
  until?: number,
): string {
  const expires = Math.min(Math.floor(now / 1000) + PREVIEW_PASS_SECONDS, until ?? Infinity);
  return `${expires}.${scope}.${signature(secret, `pass:${scope}:${expires}`)}`;
}

/**
 * What `pass` lets its holder see, when it was issued with `secret` and has not expired at
 * `now` (milliseconds); undefined otherwise.
 */
export function previewPassScope(
  pass: string | undefined,
  secret: string | undefined,
  now: number = Date.now(),
): PreviewScope | undefined {
  if (!pass || !secret) return undefined;
  const match = /^(\d{1,12})\.(all|[1-9]\d{0,6})\.([\w-]{43})$/.exec(pass);
  if (!match) return undefined;
  const expires = Number(match[1]);
  if (expires * 1000 <= now) return undefined;
  // No pass is issued for longer than PREVIEW_PASS_SECONDS, so one that lasts longer was not
  // issued by this server as it is now (a minute's grace for clocks that disagree).
  if (expires * 1000 > now + (PREVIEW_PASS_SECONDS + 60) * 1000) return undefined;
  const scope = match[2] === 'all' ? 'all' : Number(match[2]);
  return sameText(match[3] ?? '', signature(secret, `pass:${match[2]}:${expires}`))
    ? scope
    : undefined;
}

/** Whether `pass` was issued with `secret` and has not expired at `now` (milliseconds). */
export function isValidPreviewPass(
  pass: string | undefined,
  secret: string | undefined,
  now: number = Date.now(),
): boolean {
  return previewPassScope(pass, secret, now) !== undefined;
}

/**
 * The query of a link that previews one edition's drafts until `hours` from `now`
 * (milliseconds): the edition, the time it ends and a signature, never the secret itself, so
 * whoever holds the link can see that edition and nothing else unpublished.
 */
export function editionPreviewQuery(
  secret: string,
  edition: number,
  hours: number,
  now: number = Date.now(),
): string {
  const until = Math.floor(now / 1000) + Math.round(hours * 3600);
  const sig = signature(secret, `link:${edition}:${until}`);
  return `edition=${edition}&until=${until}&sig=${sig}`;
}

/**
 * The edition and the end (seconds) of a preview link's query, when it was made with `secret`
 * and is still good at `now` (milliseconds); undefined otherwise.
 */
export function readEditionPreviewQuery(
  query: URLSearchParams,
  secret: string | undefined,
  now: number = Date.now(),
): { edition: number; until: number } | undefined {
  if (!secret) return undefined;
  const edition = query.get('edition') ?? '';
  const until = query.get('until') ?? '';
  const sig = query.get('sig') ?? '';
  if (!/^[1-9]\d{0,6}$/.test(edition) || !/^\d{1,12}$/.test(until)) return undefined;
  const ends = Number(until) * 1000;
  if (ends <= now || ends > now + (MAX_PREVIEW_LINK_HOURS * 3600 + 60) * 1000) return undefined;
  if (!sameText(sig, signature(secret, `link:${edition}:${until}`))) return undefined;
  return { edition: Number(edition), until: Number(until) };
}

/** Compares two strings in constant time, so timing does not tell how much of a guess was right. */
export function sameText(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
