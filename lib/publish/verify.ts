import { articlePath } from '../site/urls';

/*
 * After a publish, ask the live site whether it says what it should: the server is up, and
 * every article taken down is gone. A takedown that has not reached readers is the one
 * failure an editor must hear about, so it fails the publish rather than passing in silence.
 */

/**
 * How long to keep asking: nginx keeps a page 30 seconds, a CDN in front up to a minute.
 * MASTHEAD_PUBLISH_CHECK_SECONDS changes it (a CDN that keeps pages longer).
 */
export function verifyTimeoutMs(env: Record<string, string | undefined>): number {
  const seconds = Number(env.MASTHEAD_PUBLISH_CHECK_SECONDS);
  return (Number.isFinite(seconds) && seconds > 0 ? seconds : 90) * 1000;
}

interface VerifyOptions {
  /** The public address of the site, without a trailing slash. */
  siteUrl: string;
  /** A server answers 410 for an article taken down; a static host, 404. */
  kind: 'server' | 'static';
  removed: readonly { edition: string; slug: string }[];
  timeoutMs?: number;
  intervalMs?: number;
}

/** One line per check, and whether all passed. */
export async function verifyPublished(
  options: VerifyOptions,
): Promise<{ ok: boolean; lines: string[] }> {
  const { kind, removed, timeoutMs = 90_000, intervalMs = 1_000 } = options;
  // A user name and password in the address (a site still behind a login) are sent as a header
  // and never printed.
  const { url: siteUrl, headers } = splitCredentials(options.siteUrl);
  const lines: string[] = [];
  let ok = true;
  const wait = (path: string, expected: number) =>
    waitForStatus(`${siteUrl}${path}`, expected, timeoutMs, intervalMs, headers);

  if (kind === 'server') {
    const status = await wait('/health', 200);
    ok &&= status === 200;
    lines.push(
      status === 200
        ? `The server is up: ${siteUrl}/health answers 200.`
        : `The server is not answering: ${siteUrl}/health gave ${describe(status)} for ${timeoutMs / 1000} seconds. Check its log.`,
    );
    if (!ok) return { ok, lines };
  }

  const gone = kind === 'server' ? 410 : 404;
  // Every number an edition had leads to the same article, so each is asked for.
  for (const { edition, slug } of removed) {
    const path = articlePath(Number(edition), slug);
    const status = await wait(path, gone);
    ok &&= status === gone;
    lines.push(
      status === gone
        ? `Taken down: ${path} answers ${gone}.`
        : `NOT YET TAKEN DOWN: ${path} still answers ${describe(status)} after ${timeoutMs / 1000} seconds. Purge the cache in front of the site and check again.`,
    );
  }
  return { ok, lines };
}

/** Asks for `url` until it answers `expected` or the time is up; the last status, 0 if none. */
async function waitForStatus(
  url: string,
  expected: number,
  timeoutMs: number,
  intervalMs: number,
  headers: Record<string, string>,
): Promise<number> {
  const until = Date.now() + timeoutMs;
  let status = 0;
  for (;;) {
    const response = await fetch(url, { redirect: 'manual', cache: 'no-store', headers }).catch(
      () => undefined,
    );
    await response?.arrayBuffer();
    status = response?.status ?? 0;
    if (status === expected || Date.now() >= until) return status;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

function describe(status: number): string {
  return status === 0 ? 'no answer' : String(status);
}

/**
 * The site's address without a user name or password, which is how it may be printed, and
 * those as the Authorization header to send (fetch refuses an address that holds them).
 */
export function splitCredentials(address: string): {
  url: string;
  headers: Record<string, string>;
} {
  if (!URL.canParse(address)) return { url: address, headers: {} };
  const parsed = new URL(address);
  const { username, password } = parsed;
  if (!username && !password) return { url: address, headers: {} };
  parsed.username = '';
  parsed.password = '';
  const basic = Buffer.from(
    `${decodeURIComponent(username)}:${decodeURIComponent(password)}`,
  ).toString('base64');
  return {
    url: parsed.href.replace(/\/+$/, ''),
    headers: { Authorization: `Basic ${basic}` },
  };
}
