/**
 * A button that copies `text` to the clipboard, and a status that says so to screen readers.
 * The server sends the button hidden: the reading script (lib/reading/reading.ts) shows it
 * only where it can work (JavaScript and a clipboard), since a button that does nothing is worse than none; the text
 * is always on the page beside it for copying by hand. (That script unhides it before any
 * hydration, hence suppressHydrationWarning.)
 */
export function CopyButton({
  text,
  label,
  copied,
  className,
}: {
  text: string;
  /** What the button says, e.g. "Copy link". */
  label: string;
  /** What screen readers hear once it worked, e.g. "Link copied to the clipboard." */
  copied: string;
  className?: string;
}) {
  return (
    <>
      <button
        type="button"
        hidden
        data-copy-text={text}
        data-copied={copied}
        suppressHydrationWarning
        className={className}
      >
        {label}
      </button>
      {/* The script writes into the element right after the button. */}
      <span
        role="status"
        aria-live="polite"
        className="order-last w-full text-sm text-muted empty:hidden"
      />
    </>
  );
}
