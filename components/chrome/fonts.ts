import localFont from 'next/font/local';

// Source Serif 4 (SIL Open Font License, lib/fonts), served from our own origin: nothing is fetched
// from a font host at build or run time. Latin only; other scripts fall back to Georgia.
// Not preloaded: a preload put both files (about 100 KB) ahead of the stylesheet the first
// paint waits for, on every page, the italic too. Text paints in the fallback (swap) and the
// browser asks for a file once a page shows text in it.
export const serif = localFont({
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
  fallback: ['Georgia', 'Cambria', 'Times New Roman', 'serif'],
  // The fallback face is sized to match Source Serif from Times New Roman's metrics, not
  // next/font's default Arial: where Times New Roman is installed (Windows, macOS, iOS), a serif
  // stands in for the serif, not a sans-serif. Where it is not (most Linux and Android), the
  // face fails and the text falls to the stack below, unadjusted.
  adjustFontFallback: 'Times New Roman',
});
