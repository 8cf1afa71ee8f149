import { createHmac, timingSafeEqual } from 'node:crypto';

/*
 * Draft preview on a production site. Next's draft mode cookie alone is the build's own bypass
 * value: the same for every editor, valid until the next build, and not revoked by changing or
 * unsetting the secret. So the preview link also hands out a pass of Masthead's own: an expiry
 * signed with the secret. Every preview request must carry a pass that is unexpired and signed
 * with the secret the server has now; changing the secret revokes every pass at once.
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

function signature(secret: string, expires: number): string {
  return createHmac('sha256', secret).update(`masthead-preview:${expires}`).digest('base64url');
}

/** A pass valid for PREVIEW_PASS_SECONDS from `now` (milliseconds). */
export function issuePreviewPass(secret: string, now: number = Date.now()): string {
  const expires = Math.floor(now / 1000) + PREVIEW_PASS_SECONDS;
  return `${expires}.${signature(secret, expires)}`;
}

/** Whether `pass` was issued with `secret` and has not expired at `now` (milliseconds). */
export function isValidPreviewPass(
  pass: string | undefined,
  secret: string | undefined,
  now: number = Date.now(),
): boolean {
  if (!pass || !secret) return false;
  const match = /^(\d{1,12})\.([\w-]{43})$/.exec(pass);
  if (!match) return false;
  const expires = Number(match[1]);
  if (expires * 1000 <= now) return false;
  // No pass is issued for longer than PREVIEW_PASS_SECONDS, so one that lasts longer was not
  // issued by this server as it is now (a minute's grace for clocks that disagree).
  if (expires * 1000 > now + (PREVIEW_PASS_SECONDS + 60) * 1000) return false;
  return sameText(match[2] ?? '', signature(secret, expires));
}

/** Compares two strings in constant time, so timing does not tell how much of a guess was right. */
export function sameText(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
