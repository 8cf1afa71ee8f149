'use client';

import { ErrorView } from '@/components/pages/error-view';
import './globals.css';

/**
 * The last resort, when the layout itself failed: the same message in a page of its own (the
 * layout's header and footer could not be drawn). Next gives it no metadata, so it sets its
 * own language and title; the language is the site's (lib/site/settings.ts), which
 * next.config.ts hands to the browser's code as MASTHEAD_LANGUAGE.
 */
export default function GlobalError({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <html lang={process.env.MASTHEAD_LANGUAGE}>
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
