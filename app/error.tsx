'use client';

import { ErrorView } from '@/components/pages/error-view';

/** A page that failed to render, inside the site's header and footer. */
export default function PageError({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return <ErrorView retry={reset} />;
}
