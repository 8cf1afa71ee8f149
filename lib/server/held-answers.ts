import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';

/*
 * Answers the server holds for a few seconds, as sent: a prerendered page already without
 * Next's scripts, and already compressed. Next's own handling of a page it has rendered costs
 * about 1.6 ms of CPU per request here (its router, its response cache, compressing again), and
 * holding the response to take the scripts out and compress it costs as much again; a page
 * held as bytes is sent for a tenth of that (docs/decisions/0010-held-answers.md has the
 * figures). Only what every reader would be sent is held: a GET or HEAD without a preview's
 * cookies, answered 200, marked neither private nor no-store, setting no cookie. Next still
 * sees each page at least once every HOLD_SECONDS, so its own regeneration goes on as before.
 */

/** How long an answer is held. A correction reaches readers through a new build (a new
 * process); this bounds only how late a scheduled edition or a regenerated page shows. */
const HOLD_SECONDS = 5;

/** Most bytes held at once (both encodings of every page of a large archive fit). */
const MAX_HELD_BYTES = 64 * 1024 * 1024;

/** Cookies that make a request an editor's preview, whose pages are never shared. */
const PREVIEW_COOKIES = /(?:^|;\s*)(?:__prerender_bypass|masthead_preview)=/;

/** An answer as held: its status and headers, and its body as it is and compressed. */
export interface HeldAnswer {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
  /** The body gzipped, when it is worth compressing. */
  gzipped?: Buffer;
  heldAt: number;
}

/**
 * What a held answer is kept under: the request target, and the one request header that
 * changes the site's answers (over HTTPS, next.config.ts adds HSTS). Next's own (`rsc` and the
 * router's) never reach it (./internal-headers.ts); the encoding is chosen when sending.
 */
export function heldKey(target: string, headers: IncomingHttpHeaders): string {
  return `${String(headers['x-forwarded-proto'] ?? '')} ${target}`;
}

/** Whether a request may be answered with, or give, an answer held for every reader. */
export function isSharedRequest(method: string | undefined, headers: IncomingHttpHeaders): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (headers.range !== undefined || headers.authorization !== undefined) return false;
  return !PREVIEW_COOKIES.test(String(headers.cookie ?? ''));
}

/** Whether an answer is the same for every reader, so it may be held. */
export function isSharedAnswer(status: number, headers: OutgoingHttpHeaders): boolean {
  if (status !== 200 || headers['set-cookie'] !== undefined) return false;
  return !/\b(?:private|no-store)\b/.test(String(headers['cache-control'] ?? ''));
}

/** The held answers, by request target, oldest first. */
export class HeldAnswers {
  private readonly answers = new Map<string, HeldAnswer>();
  private bytes = 0;

  constructor(
    private readonly holdMs: number = HOLD_SECONDS * 1000,
    private readonly maxBytes: number = MAX_HELD_BYTES,
  ) {}

  /** The answer held for `target`, if it is still fresh at `now`. */
  get(target: string, now: number = Date.now()): HeldAnswer | undefined {
    const answer = this.answers.get(target);
    if (!answer) return undefined;
    if (now - answer.heldAt < this.holdMs) return answer;
    this.remove(target, answer);
    return undefined;
  }

  /** Holds `answer` for `target`, letting the oldest go when the total would pass the limit. */
  hold(target: string, answer: HeldAnswer): void {
    const previous = this.answers.get(target);
    if (previous) this.remove(target, previous);
    const size = sizeOf(answer);
    if (size > this.maxBytes) return;
    for (const [oldest, held] of this.answers) {
      if (this.bytes + size <= this.maxBytes) break;
      this.remove(oldest, held);
    }
    this.answers.set(target, answer);
    this.bytes += size;
  }

  private remove(target: string, answer: HeldAnswer): void {
    this.answers.delete(target);
    this.bytes -= sizeOf(answer);
  }
}

function sizeOf(answer: HeldAnswer): number {
  return answer.body.length + (answer.gzipped?.length ?? 0);
}
