/** The first thing a keyboard user reaches: a link past the masthead to the page's content. */
export function SkipLink() {
  return (
    <a
      href="#main-content"
      className="sr-only bg-gold px-4 py-3 font-sans font-semibold text-on-gold focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50"
    >
      Skip to main content
    </a>
  );
}
