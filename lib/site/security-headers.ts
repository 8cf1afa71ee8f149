import { createHash } from 'node:crypto';
import { VIDEO_PLAYER_ORIGINS } from './video-players';
import { THEME_SCRIPT } from './theme';

/*
 * Security headers for every response: applied by next.config.ts's headers(), so prerendered
 * pages, route handlers and 404s all carry them. Kept here, as plain data, so they can be
 * read and tested apart from the framework.
 */

export interface Header {
  key: string;
  value: string;
}

/** The two privacy-enhanced video players a page may frame, after the reader presses play. */
const VIDEO_PLAYERS = VIDEO_PLAYER_ORIGINS.join(' ');

function policy(directives: Record<string, string>): string {
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/**
 * The policy for pages, with the scripts a page may run. Without per-request nonces (which would
 * make every page render on each request), Next's inline hydration scripts need 'unsafe-inline';
 * everything else is held to this origin, and 'unsafe-eval' is allowed only by the development
 * server.
 */
function pagePolicyWith(scripts: string, development: boolean): string {
  return policy({
    'default-src': "'self'",
    'script-src': `'self' ${scripts}${development ? " 'unsafe-eval'" : ''}`,
    'style-src': "'self' 'unsafe-inline'",
    'img-src': "'self' data: blob:",
    'font-src': "'self'",
    'connect-src': `'self'${development ? ' ws: wss:' : ''}`,
    'frame-src': VIDEO_PLAYERS,
    'media-src': "'self'",
    'object-src': "'none'",
    'base-uri': "'self'",
    'form-action': "'self'",
    'frame-ancestors': "'none'",
  });
}

/** The policy pages are served with: they may run Next's inline scripts. */
export function pagePolicy(development: boolean): string {
  return pagePolicyWith("'unsafe-inline'", development);
}

/**
 * The policy of a page the production server sends without Next's scripts
 * (lib/server/scriptless.ts): the one inline script left is the theme script, allowed by its
 * hash, so a script that found its way into the page would not run.
 */
export const scriptlessPagePolicy = pagePolicyWith(
  `'sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}'`,
  false,
);

/** The policy for responses that carry no script at all: plain views, text, feeds, calendars. */
export const noScriptPolicy = policy({
  'default-src': "'none'",
  'style-src': "'unsafe-inline'",
  'img-src': "'self'",
  'base-uri': "'none'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
});

/** An image opened on its own (an SVG is a document): nothing runs, nothing loads. */
export const mediaPolicy =
  "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox";

/** Headers for every response. */
export const commonHeaders: Header[] = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
];

/** HSTS, sent only when the request came over HTTPS (as a proxy in front reports it). */
export const httpsOnlyHeaders: Header[] = [
  { key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' },
];

/** Addresses whose responses carry no script. */
export const noScriptSources = [
  '/editions/:edition/plain',
  '/editions/:edition/plain.txt',
  '/editions/:edition/:slug/plain.txt',
  '/editions/:edition/:slug/calendar/:file',
  '/editions/:edition/calendar.ics',
  '/feed.xml',
  '/feed.json',
  '/sitemap.xml',
  '/robots.txt',
];
