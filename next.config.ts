import type { NextConfig } from 'next';
import { IMAGE_QUALITY, IMAGE_WIDTHS } from './lib/markdown/images';
import { readRemovedAddresses } from './lib/library/getters';
import { isStaticExport as staticExport } from './lib/site/static-export';
import { distDir } from './lib/site/build-cache';
import { site } from './lib/content/site';
import { removedPath } from './lib/site/urls';
import {
  commonHeaders,
  httpsOnlyHeaders,
  mediaPolicy,
  noScriptPolicy,
  noScriptSources,
  pagePolicy,
} from './lib/site/security-headers';

// When several rules set the same header, the last one wins: the general policy first, then
// the stricter ones for responses without script.
async function headers() {
  const development = process.env.NODE_ENV === 'development';
  return [
    {
      source: '/:path*',
      headers: [
        ...commonHeaders,
        { key: 'Content-Security-Policy', value: pagePolicy(development) },
      ],
    },
    ...noScriptSources.map((source) => ({
      source,
      headers: [{ key: 'Content-Security-Policy', value: noScriptPolicy }],
    })),
    {
      source: '/editions/:edition/media/:file',
      headers: [{ key: 'Content-Security-Policy', value: mediaPolicy }],
    },
    {
      source: '/:path*',
      has: [{ type: 'header' as const, key: 'x-forwarded-proto', value: 'https' }],
      headers: httpsOnlyHeaders,
    },
  ];
}

/**
 * Every address under an article taken down (its page, text file, preview image and calendar
 * files) is answered by one route that says 410 Gone. Read from the content when the site is
 * built, as the pages are: a takedown is published by building again.
 */
async function rewrites() {
  const beforeFiles = readRemovedAddresses().flatMap(({ edition, slug }) => [
    { source: `/editions/${edition}/${slug}`, destination: removedPath(edition, slug) },
    { source: `/editions/${edition}/${slug}/:rest*`, destination: removedPath(edition, slug) },
  ]);
  return { beforeFiles, afterFiles: [], fallback: [] };
}

const nextConfig: NextConfig = {
  // A second build (the scheduled-publishing tests use one) can live beside the main one. (A
  // static export always builds in .next and writes out/; its distDir would name out/.)
  ...(staticExport ? {} : { distDir: distDir() }),
  // A self-contained server in <distDir>/standalone, so any number of instances can run from
  // one build; `npm run build` copies the static assets in beside it (lib/cli/standalone.ts).
  // `npm run export` (lib/cli/export.ts) builds a static copy into out/ instead.
  output: staticExport ? 'export' : 'standalone',
  // Read at run time, not imported, so the tracer cannot see them: the content (pages are
  // regenerated from it), the preview images' fonts and the accessibility report.
  outputFileTracingIncludes: {
    '/**': ['./content/**/*', './lib/fonts/**/*', './docs/accessibility-report.json'],
  },
  // Files named *.server.ts(x) need a running server: search results and draft preview. Files named *.static.ts(x) stand in for them in the static export.
  pageExtensions: staticExport
    ? ['tsx', 'ts', 'static.tsx', 'static.ts']
    : ['tsx', 'ts', 'server.tsx', 'server.ts'],
  poweredByHeader: false,
  // The one page drawn in the browser (app/global-error.tsx, when the layout itself failed) is
  // in the site's language too: Next writes this value into the browser's code at build.
  env: { MASTHEAD_LANGUAGE: site.language },
  reactStrictMode: true,
  images: {
    // A static host has no optimiser: the export links each image as it is.
    unoptimized: staticExport,
    // Only the editions' own images, by their plain address, may be optimised.
    localPatterns: [{ pathname: '/editions/**', search: '' }],
    deviceSizes: IMAGE_WIDTHS,
    imageSizes: [],
    qualities: [IMAGE_QUALITY],
    formats: ['image/webp'],
  },
  // A static host sends its own headers; nginx-static.conf sends these same ones.
  ...(staticExport ? {} : { headers, rewrites }),
};

export default nextConfig;
