/**
 * Runs in <head> before the page is painted: applies the theme the reader chose last time,
 * so a dark page never flashes light. Without a stored choice the CSS follows the system.
 * Kept tiny and free of interpolation, so its content (and its CSP hash) never changes.
 */
export const THEME_SCRIPT =
  "try{var t=localStorage.getItem('theme');if(t==='dark'||t==='light')document.documentElement.classList.add(t)}catch(e){}";
