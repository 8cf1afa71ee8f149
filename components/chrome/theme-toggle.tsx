/**
 * Switches between light and dark and remembers the choice; until the reader chooses, the site
 * follows the system setting. It needs JavaScript to work, so it shows only once the reading
 * script (lib/reading/reading.ts) has readied it (data-ready), and holds its place meanwhile
 * where scripts run (app/globals.css). That script keeps `aria-pressed` true while the page is dark and
 * switches the theme. (It changes the button before any hydration, hence
 * suppressHydrationWarning.)
 */
export function ThemeToggle() {
  return (
    <button
      type="button"
      data-theme-toggle=""
      aria-pressed="false"
      suppressHydrationWarning
      className="rounded-sm border border-white/70 px-3 py-1 text-sm font-semibold text-white hover:bg-white/10 print:hidden"
    >
      Dark mode
    </button>
  );
}
