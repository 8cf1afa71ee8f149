import { THEME_CLASSES, THEME_STORAGE_KEY } from '../site/theme';
import { VIDEO_PLAYER } from '../site/video-players';

/*
 * The reading pages' only script, served at /reading.js (app/reading.js/route.ts) once the build
 * has bundled it for the browser (lib/cli/reading-script.ts). The server sends every page
 * complete and working without JavaScript, and without Next's scripts (lib/server/scriptless.ts);
 * this adds the four things that need a script, each to markup the server wrote for it:
 *
 * - the theme toggle: a button shown once ready (components/chrome/theme-toggle.tsx);
 * - copy buttons: hidden buttons holding the text (components/shared/copy-button.tsx);
 * - click-to-load videos: each video block is a link (lib/markdown/rich-blocks.ts);
 * - search as you type: the search form and its results (components/chrome/search-box.tsx).
 *
 * It shares with the server the theme's storage and classes (lib/site/theme.ts) and the rule
 * for which video players may load (lib/site/video-players.ts): both are bundled in.
 */

const root = document.documentElement;
const darkScheme = window.matchMedia('(prefers-color-scheme: dark)');

type Theme = typeof THEME_CLASSES.dark | typeof THEME_CLASSES.light;

/** The reader's choice (a class on <html>, set before paint by the head script), else the system's. */
function currentTheme(): Theme {
  if (root.classList.contains(THEME_CLASSES.dark)) return THEME_CLASSES.dark;
  if (root.classList.contains(THEME_CLASSES.light)) return THEME_CLASSES.light;
  return darkScheme.matches ? THEME_CLASSES.dark : THEME_CLASSES.light;
}

function themeToggles(): void {
  const buttons = document.querySelectorAll<HTMLButtonElement>('button[data-theme-toggle]');
  if (buttons.length === 0) return;
  const show = () => {
    const dark = currentTheme() === THEME_CLASSES.dark;
    for (const button of buttons) button.setAttribute('aria-pressed', String(dark));
  };
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const next = currentTheme() === THEME_CLASSES.dark ? THEME_CLASSES.light : THEME_CLASSES.dark;
      root.classList.remove(THEME_CLASSES.light, THEME_CLASSES.dark);
      root.classList.add(next);
      try {
        localStorage.setItem(THEME_STORAGE_KEY, next);
      } catch {
        // Storage can be refused (private browsing); the choice then lasts for this page.
      }
    });
    button.dataset.ready = '';
  }
  show();
  new MutationObserver(show).observe(root, { attributes: true, attributeFilter: ['class'] });
  darkScheme.addEventListener('change', show);
}

/**
 * Copy buttons stay hidden without a clipboard: a button that does nothing is worse than none,
 * and the text is on the page beside it. A button with HTML as well puts both on the clipboard,
 * so a web mail pastes the formatted message; it stays hidden where the clipboard takes no HTML.
 */
function copyButtons(): void {
  if (!navigator.clipboard) return;
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-text]')) {
    const status = button.nextElementSibling;
    const { copyText = '', copyHtml } = button.dataset;
    if (copyHtml !== undefined && typeof ClipboardItem === 'undefined') continue;
    const copy = () =>
      copyHtml === undefined
        ? navigator.clipboard.writeText(copyText)
        : navigator.clipboard.write([
            new ClipboardItem({
              'text/html': new Blob([copyHtml], { type: 'text/html' }),
              'text/plain': new Blob([copyText], { type: 'text/plain' }),
            }),
          ]);
    button.addEventListener('click', () => {
      copy().then(
        () => {
          if (status) status.textContent = button.dataset.copied ?? 'Copied.';
        },
        () => {
          if (status)
            status.textContent = 'It could not be copied. Select the text and copy it instead.';
        },
      );
    });
    button.hidden = false;
  }
}

/**
 * Each video block arrives as a link to the video. This puts a play button before it and loads
 * the privacy-enhanced player only when the reader presses it, so the video host hears nothing
 * until then.
 */
function videos(): void {
  const figures = document.querySelectorAll<HTMLElement>('figure.video-embed[data-video-player]');
  for (const figure of figures) {
    const player = figure.dataset.videoPlayer ?? '';
    if (figure.dataset.ready || !VIDEO_PLAYER.test(player)) continue;
    figure.dataset.ready = 'true';
    const title = figure.dataset.videoTitle ?? 'Video';
    const host = new URL(player).hostname.includes('vimeo') ? 'Vimeo' : 'YouTube';

    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'video-play';
    button.textContent = `Play video: ${title}`;
    const note = document.createElement('p');
    note.className = 'video-note';
    note.textContent = `The video plays from ${host} when you press play. Nothing is loaded from ${host} before then.`;

    button.addEventListener('click', () => {
      const frame = document.createElement('iframe');
      frame.src = `${player}${player.includes('?') ? '&' : '?'}autoplay=1`;
      frame.title = title;
      frame.allow = 'autoplay; fullscreen; picture-in-picture';
      frame.allowFullscreen = true;
      frame.className = 'video-frame';
      button.replaceWith(frame);
      note.remove();
      frame.focus();
    });
    figure.prepend(button, note);
  }
}

/**
 * Search as you type: after a short pause the address follows the query, and the results are
 * those of the server's own page for it, put in place of the old ones. (In the static copy,
 * whose results are worked out in the browser, only the address changes: the page follows it.)
 */
function searchAsYouType(): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: AbortController | undefined;
  // Listened for on the document, not the field: in the static copy React draws the search
  // form after this script has run.
  document.addEventListener('input', (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || !input.matches('[data-search-as-you-type]')) return;
    const form = input.form;
    if (!form) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const query = input.value.trim();
      const address = `${form.getAttribute('action') ?? ''}${query ? `?q=${encodeURIComponent(query)}` : ''}`;
      // No state of its own: where Next's router runs (the static copy), it then follows the
      // address, as it does for any page's own replaceState.
      history.replaceState(null, '', address);
      const results = document.querySelector('[data-search-results]');
      if (!results) return;
      pending?.abort();
      pending = new AbortController();
      fetch(address, { signal: pending.signal, headers: { Accept: 'text/html' } })
        .then((response) => {
          if (!response.ok) throw new Error(String(response.status));
          return response.text();
        })
        .then((html) => {
          const page = new DOMParser().parseFromString(html, 'text/html');
          const fresh = page.querySelector('[data-search-results]');
          if (!fresh) return;
          // The count's heading is a live region: it keeps its element and takes the new text,
          // so screen readers announce it; everything after it is replaced.
          const heading = results.querySelector('[aria-live]');
          const freshHeading = fresh.querySelector('[aria-live]');
          const rest = [...fresh.children].filter((child) => child !== freshHeading);
          results.replaceChildren(...(heading ? [heading] : []), ...rest);
          if (heading && freshHeading) heading.textContent = freshHeading.textContent;
          document.title = page.title;
        })
        .catch(() => {
          // Left as it was: the form still submits, and the reader can press Search.
        });
    }, 250);
  });
}

themeToggles();
copyButtons();
videos();
searchAsYouType();
