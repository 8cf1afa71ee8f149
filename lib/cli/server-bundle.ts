import path from 'node:path';
import type { BuildOptions } from 'esbuild';

/**
 * How the production server (lib/server/server.ts) is bundled into one file, with the build's
 * configuration written in as Next's own server.js carries it. Next is left out: the standalone
 * folder has its own copy, traced by the build.
 */
export function serverBundleOptions(root: string, nextConfig: unknown): BuildOptions {
  return {
    entryPoints: [path.join(root, 'lib', 'server', 'server.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['next'],
    define: { NEXT_BUILD_CONFIG: JSON.stringify(nextConfig) },
    logLevel: 'warning',
  };
}
