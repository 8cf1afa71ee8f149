/*
 * The reader's choice of theme, as the page's head script and the reading script
 * (lib/reading/reading.ts) both keep it: a class on <html>, remembered in the browser's storage.
 * Without a stored choice the CSS follows the system's (app/globals.css).
 */

/** Where the browser keeps the reader's choice. */
export const THEME_STORAGE_KEY = 'theme';

const DARK = 'dark';
const LIGHT = 'light';
const SCRIPTED = 'js';

/** The classes on <html>: each theme, and `js` once the page's scripts can run. */
export const THEME_CLASSES = { dark: DARK, light: LIGHT, scripted: SCRIPTED } as const;

/**
 * Runs in <head> before the page is painted: applies the theme the reader chose last time,
 * so a dark page never flashes light, and marks the page `js`, so the theme toggle holds its
 * place from the first paint instead of pushing the page down when the reading script readies
 * it (app/globals.css). Kept tiny, and the same on every page, so its CSP hash never changes.
 */
export const THEME_SCRIPT = `document.documentElement.classList.add('${SCRIPTED}');try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');if(t==='${DARK}'||t==='${LIGHT}')document.documentElement.classList.add(t)}catch(e){}`;
