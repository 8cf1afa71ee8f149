/*
 * Reading pages leave the server without Next's scripts. The page is complete HTML before any
 * script runs (every page works without JavaScript), so the framework's runtime would only
 * hydrate what is already there: on a phone, its one long task of module loading and hydration
 * was most of the page's blocking time. The interactive parts (theme toggle, copy link,
 * click-to-load videos, search as you type) are the site's own script (lib/reading/reading.ts,
 * served at /reading.js), which these rules leave in place. docs/performance.md has the
 * figures, docs/decisions/0009-reading-pages-without-framework-scripts.md the reasons.
 */

/** Next's script files, from its own folder, whatever their attributes. */
const FRAMEWORK_FILE = /<script\b[^>]*\bsrc="\/_next\/[^"]*"[^>]*><\/script>/g;

/** Hints that fetch those files early. */
const FRAMEWORK_HINT = /<link\b[^>]*\bas="script"[^>]*\bhref="\/_next\/[^"]*"[^>]*\/?>/g;

/**
 * Next's inline scripts: the page's server-component payload (`self.__next_f`) and the
 * bundler's list of chunks (`TURBOPACK`). Matched by how they begin, so no other inline script
 * (the theme's, the structured data) is touched.
 */
const FRAMEWORK_INLINE =
  /<script\b(?![^>]*\bsrc=)[^>]*>\s*\(?(?:self\.__next_[a-z]+|\(?globalThis\["TURBOPACK"\])[\s\S]*?<\/script>/g;

/**
 * Parts of a page React has not finished on the server: one still streaming (`$?`, put in place
 * later by React's own inline script) or one that failed and is left for the browser to render
 * (`$!`, as when a page fails and shows its error boundary, whose "Try again" is React's). Such
 * a page needs its scripts, so it is left as it is.
 */
const UNFINISHED_BOUNDARIES = ['<!--$?-->', '<!--$!-->'];

/**
 * The page without Next's scripts, or undefined when it must keep them (a part is still
 * streamed in by script). Only what Next itself writes is taken out.
 */
export function withoutFrameworkScripts(html: string): string | undefined {
  if (UNFINISHED_BOUNDARIES.some((marker) => html.includes(marker))) return undefined;
  return html.replace(FRAMEWORK_FILE, '').replace(FRAMEWORK_HINT, '').replace(FRAMEWORK_INLINE, '');
}
