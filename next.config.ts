import type { NextConfig } from 'next';
import { IMAGE_QUALITY, IMAGE_WIDTHS } from './lib/images';
import { commonHeaders, httpsOnlyHeaders, mediaPolicy, noScriptPolicy, noScriptSources, pagePolicy } from './lib/security-headers';

const nextConfig: NextConfig = {
  // A second build (the scheduled-publishing tests use one) can live beside the main one.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // A self-contained server in <distDir>/standalone, so any number of instances can run from
  // one build. `npm run build` copies the static assets in beside it (lib/cli/standalone.ts).
  output: 'standalone',
  // Read at run time, not imported, so the tracer cannot see them: the content (pages are
  // regenerated from it), the preview images' fonts and the accessibility report.
  outputFileTracingIncludes: {
    '/**': ['./content/**/*', './lib/fonts/**/*', './docs/accessibility-report.json'],
  },
  poweredByHeader: false,
  reactStrictMode: true,
  images: {
    // Only the editions' own images, by their plain address, may be optimised.
    localPatterns: [{ pathname: '/editions/**', search: '' }],
    deviceSizes: IMAGE_WIDTHS,
    imageSizes: [],
    qualities: [IMAGE_QUALITY],
    formats: ['image/webp'],
  },
  // When several rules set the same header, the last one wins: the general policy first,
  // then the stricter ones for responses without script.
  async headers() {
    const development = process.env.NODE_ENV === 'development';
    return [
      { source: '/:path*', headers: [...commonHeaders, { key: 'Content-Security-Policy', value: pagePolicy(development) }] },
      ...noScriptSources.map((source) => ({ source, headers: [{ key: 'Content-Security-Policy', value: noScriptPolicy }] })),
      { source: '/editions/:edition/media/:file', headers: [{ key: 'Content-Security-Policy', value: mediaPolicy }] },
      { source: '/:path*', has: [{ type: 'header' as const, key: 'x-forwarded-proto', value: 'https' }], headers: httpsOnlyHeaders },
    ];
  },
};

export default nextConfig;
