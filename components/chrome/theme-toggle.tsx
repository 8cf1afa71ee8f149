'use client';

import { useSyncExternalStore } from 'react';

type Theme = 'light' | 'dark';

/** The theme in force: the reader's choice if they made one, else the system's. */
function currentTheme(): Theme {
  const classes = document.documentElement.classList;
  if (classes.contains('dark')) return 'dark';
  if (classes.contains('light')) return 'light';
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Calls `onChange` when the chosen theme (a class on <html>) or the system's changes. */
function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
  const system = window.matchMedia('(prefers-color-scheme: dark)');
  system.addEventListener('change', onChange);
  return () => {
    observer.disconnect();
    system.removeEventListener('change', onChange);
  };
}

/**
 * Switches between light and dark and remembers the choice. Until the reader chooses, the
 * site follows the system setting. Rendered only once it can work (it needs JavaScript).
 */
export function ThemeToggle() {
  // Undefined in the server's HTML, so the button appears only once it can work.
  const theme = useSyncExternalStore<Theme | undefined>(subscribe, currentTheme, () => undefined);

  if (!theme) return null;

  function toggle() {
    const next: Theme = theme === 'dark' ? 'light' : 'dark';
    const classes = document.documentElement.classList;
    classes.remove('light', 'dark');
    classes.add(next);
    try {
      localStorage.setItem('theme', next);
    } catch {
      // Storage can be refused (private browsing); the choice then lasts for this page only.
    }
  }

  return (
    <button
      type="button"
      aria-pressed={theme === 'dark'}
      onClick={toggle}
      className="rounded-sm border border-white/70 px-3 py-1 text-sm font-semibold text-white hover:bg-white/10 print:hidden"
    >
      Dark mode
    </button>
  );
}
