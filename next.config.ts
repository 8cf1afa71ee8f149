import type { NextConfig } from 'next';
import { IMAGE_QUALITY, IMAGE_WIDTHS } from './lib/images';

const nextConfig: NextConfig = {
  // A second build (the scheduled-publishing tests use one) can live beside the main one.
  distDir: process.env.NEXT_DIST_DIR || '.next',
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
};

export default nextConfig;
