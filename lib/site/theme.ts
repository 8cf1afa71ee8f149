/**
 * Runs in <head> before the page is painted: applies the theme the reader chose last time,
 * so a dark page never flashes light (without a stored choice the CSS follows the system), and
 * marks the page `js`, so the theme toggle holds its place from the first paint instead of
 * pushing the page down when public/reading.js readies it (app/globals.css).
 * Kept tiny and free of interpolation, so its content (and its CSP hash) never changes.
 */
export const THEME_SCRIPT =
  "document.documentElement.classList.add('js');try{var t=localStorage.getItem('theme');if(t==='dark'||t==='light')document.documentElement.classList.add(t)}catch(e){}";
