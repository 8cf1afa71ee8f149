'use client';

import { useState, useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * Copies the page's address to the clipboard and says so to screen readers. It stays hidden
 * until it can work (JavaScript and a clipboard), since a button that does nothing is worse
 * than none; the address is always shown beside it for copying by hand.
 */
export function CopyLinkButton({ url }: { url: string }) {
  // False in the server's HTML; true once hydrated in a browser that has a clipboard.
  const available = useSyncExternalStore(
    noSubscription,
    () => Boolean(navigator.clipboard),
    () => false,
  );
  const [status, setStatus] = useState('');

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus('Link copied to the clipboard.');
    } catch {
      setStatus('The link could not be copied. Select the address and copy it instead.');
    }
  }

  return (
    <>
      <button type="button" hidden={!available} onClick={copy} className="share-button">
        Copy link
      </button>
      {/* Last in the row of share links, on a line of its own. */}
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
