/**
 * A button that copies `text` to the clipboard, and a status that says so to screen readers.
 * With `html`, the clipboard holds that as formatted content too, so it pastes into a web
 * mail's new message as the formatted email, not as its source. The server sends the button
 * hidden: the reading script (lib/reading/reading.ts) shows it only where it can work
 * (JavaScript and a clipboard that takes HTML), since a button that does nothing is worse than
 * none; the text is always on the page beside it for copying by hand. (That script unhides it
 * before any hydration, hence suppressHydrationWarning.)
 */
export function CopyButton({
  text,
  html,
  label,
  copied,
  className,
}: {
  text: string;
  /** The same as formatted HTML, put on the clipboard beside the text. */
  html?: string;
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
        data-copy-html={html}
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
