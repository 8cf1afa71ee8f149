/*
 * The request line's target, read before Next sees it. Next answers an absolute-form target
 * naming another host with a redirect to that host, `*` with a stack trace, and a target no URL
 * parser can read by throwing after it has answered; and a rule that reads the raw target
 * (`/_next/../editions/9` starts with `/_next/`) decides differently from the router, which
 * reads the normalised path. So every target is read here once, as text, and the server
 * decides on what this returns.
 */

export type RequestTarget =
  /** Answer 400: not an address of this site. */
  | { kind: 'refused' }
  /** Serve: `url` is the origin-form target to hand on, `path` its normalised path. */
  | { kind: 'serve'; url: string; path: string };

const BASE = 'http://localhost';

/**
 * Reads `raw`, the target as the request line gave it, for a request whose Host header is
 * `host`. An origin-form target (`/editions/9`) is served; an absolute-form one only when it
 * names the host the request was sent to; anything else (`*`, `example.org:443`, text no URL
 * parser reads) is refused, and so is a path with dot segments (`/_next/../editions/9`,
 * `/%2e%2e/`), which browsers resolve before they ask (nginx.conf refuses them too).
 */
export function readTarget(raw: string, host: string | undefined): RequestTarget {
  let originForm = raw;
  if (!raw.startsWith('/')) {
    const absolute = /^https?:\/\/([^/?#]+)(.*)$/i.exec(raw);
    if (!absolute || !host || absolute[1]?.toLowerCase() !== host.toLowerCase())
      return { kind: 'refused' };
    originForm = absolute[2] || '/';
    if (!originForm.startsWith('/')) return { kind: 'refused' };
  }
  // `//other.example/x` is read by Next as naming a host: no address of the site starts so.
  if (originForm.startsWith('//') || hasDotSegment(originForm.replace(/[?#].*$/s, '')))
    return { kind: 'refused' };
  const path = pathOf(originForm);
  return path === undefined ? { kind: 'refused' } : { kind: 'serve', url: originForm, path };
}

/** The normalised path of an origin-form target, or undefined when no URL parser reads it. */
function pathOf(originForm: string): string | undefined {
  try {
    return new URL(`${BASE}${originForm}`).pathname;
  } catch {
    return undefined;
  }
}

/** Whether a path has a `.` or `..` segment, plain or %-encoded, which a URL parser resolves. */
function hasDotSegment(path: string): boolean {
  return /(?:^|\/)(?:\.|%2e){1,2}(?:\/|$)/i.test(path);
}
