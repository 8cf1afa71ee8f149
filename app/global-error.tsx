'use client';

import { ErrorView } from '@/components/pages/error-view';
import './globals.css';

/**
 * The last resort, when the layout itself failed: the same message in a page of its own (the
 * layout's header and footer could not be drawn). Next gives it no metadata, so it sets its
 * own language and title; the language is the site's (lib/site/settings.ts), written out here
 * because this file runs in the browser, where the settings module does not.
 */
export default function GlobalError({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <html lang="en-GB">
      <head>
        <title>This page could not be shown</title>
      </head>
      <body className="min-h-screen">
        <main>
          <ErrorView retry={reset} />
        </main>
      </body>
    </html>
  );
}
