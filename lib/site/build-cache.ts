import path from 'node:path';

/** The build's folder: `NEXT_DIST_DIR`, so that a second build can live beside the main one. */
export function distDir(): string {
  return process.env.NEXT_DIST_DIR || '.next';
}

/**
 * A folder in the build's cache (<distDir>/cache), which Next keeps between builds and the
 * publishing pipeline keeps between publishes: what is kept there survives a rebuild.
 */
export function buildCacheFolder(root: string, ...parts: string[]): string {
  return path.join(/* turbopackIgnore: true */ root, distDir(), 'cache', ...parts);
}

/**
 * Whether this process is building the site (Next's build and its workers). What is kept by
 * the code's version is kept only then: a running server's sources may have changed since it
 * was built, so their hash would not name its code.
 */
export function isBuilding(): boolean {
  return process.env.NEXT_PHASE === 'phase-production-build';
}

/**
 * The reading pages' script as the build bundles it for the browser (lib/cli/reading-script.ts),
 * until app/reading.js serves it: kept beside the bundled commands, outside any build's folder,
 * since `npm run export` sets the server build's folder aside while it builds.
 */
export function readingScriptFile(root: string): string {
  return path.join(
    /* turbopackIgnore: true */ root,
    'node_modules',
    '.cache',
    'masthead-reading',
    'reading.js',
  );
}
