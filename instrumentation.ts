import type { Instrumentation } from 'next';

/**
 * Runs once as the server starts: a preview secret short enough to guess stops it, with the
 * reason, rather than let it run with preview open to guessing.
 */
export async function register() {
  // Next also builds this file for its edge runtime, which has neither node:crypto nor
  // process.exit; the server runs on Node.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { refuseWeakPreviewSecret } = await import('./lib/requests/preview-pass');
  refuseWeakPreviewSecret();
}

/**
 * Every error a request meets on the server, as one JSON line on standard error, for log
 * collectors: when, where, and Next's digest (the reference a reader's error page carries).
 * The stack goes with it; the request's headers and cookies do not.
 */
export const onRequestError: Instrumentation.onRequestError = (error, request, context) => {
  const failure = error instanceof Error ? error : new Error(String(error));
  console.error(
    JSON.stringify({
      time: new Date().toISOString(),
      level: 'error',
      message: failure.message,
      digest: (failure as Error & { digest?: string }).digest,
      method: request.method,
      path: request.path,
      route: context.routePath,
      routeType: context.routeType,
      stack: failure.stack,
    }),
  );
};
