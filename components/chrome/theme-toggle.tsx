/**
 * Switches between light and dark and remembers the choice; until the reader chooses, the site
 * follows the system setting. The server sends it hidden, since it needs JavaScript to work:
 * public/reading.js shows it, keeps `aria-pressed` true while the page is dark and switches the
 * theme. (That script changes it before any hydration, hence suppressHydrationWarning.)
 */
export function ThemeToggle() {
  return (
    <button
      type="button"
      data-theme-toggle=""
      hidden
      aria-pressed="false"
      suppressHydrationWarning
      className="rounded-sm border border-white/70 px-3 py-1 text-sm font-semibold text-white hover:bg-white/10 print:hidden"
    >
      Dark mode
    </button>
  );
}
