import localFont from 'next/font/local';

// Source Serif 4 (SIL Open Font License, lib/fonts), served from our own origin: nothing is fetched
// from a font host at build or run time. Latin only; other scripts fall back to the stack in
// app/globals.css.
// Not preloaded: a preload put both files (about 100 KB) ahead of the stylesheet the first
// paint waits for, on every page, the italic too. Text paints in the fallback (swap) and the
// browser asks for a file once a page shows text in it.
export const sourceSerif = localFont({
  src: [
    {
      path: '../../lib/fonts/source-serif-4-latin-wght-normal.woff2',
      style: 'normal',
      weight: '200 900',
    },
    {
      path: '../../lib/fonts/source-serif-4-latin-wght-italic.woff2',
      style: 'italic',
      weight: '200 900',
    },
  ],
  variable: '--font-source-serif',
  display: 'swap',
  preload: false,
  // The faces text is set in meanwhile, and the rest of the stack, are in app/globals.css
  // (--font-serif): next/font sizes one stand-in from Times New Roman alone, which most Linux
  // and Android phones do not have, and gives italic the upright's figures.
  adjustFontFallback: false,
});
