'use client';

import { useState, useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * Copies `text` to the clipboard and says so to screen readers. It stays hidden until it can
 * work (JavaScript and a clipboard), since a button that does nothing is worse than none; the
 * text is always on the page beside it for copying by hand.
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
  // False in the server's HTML; true once hydrated in a browser that has a clipboard.
  const available = useSyncExternalStore(
    noSubscription,
    () => Boolean(navigator.clipboard),
    () => false,
  );
  const [status, setStatus] = useState('');

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(copied);
    } catch {
      setStatus('It could not be copied. Select the text and copy it instead.');
    }
  }

  return (
    <>
      <button type="button" hidden={!available} onClick={copy} className={className}>
        {label}
      </button>
      <span
        role="status"
        aria-live="polite"
        className="order-last w-full text-sm text-muted empty:hidden"
      >
        {status}
      </span>
    </>
  );
}
