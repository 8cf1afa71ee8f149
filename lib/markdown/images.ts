import { isStaticExport } from '../site/static-export';

/*
 * Responsive images through Next's image optimiser, which resizes raster images and serves
 * them as WebP. The same widths are configured in next.config.ts: the optimiser refuses any
 * width it was not told about.
 */

/** Widths the optimiser may produce, in pixels. */
export const IMAGE_WIDTHS = [384, 640, 828, 1080, 1200, 1920];
/** The one quality the optimiser allows. */
export const IMAGE_QUALITY = 75;
/** How wide article images are laid out: the article column, or the screen on a phone. */
export const ARTICLE_IMAGE_SIZES = '(min-width: 48rem) 48rem, 100vw';

/** True for formats the optimiser resizes; SVG is already resolution-independent. */
function isOptimisable(url: string): boolean {
  return /\.(png|jpe?g|webp|avif)$/i.test(url);
}

/**
 * Whether pages ask the optimiser for resized copies of an image: raster images only, and
 * never in the static export (a static host has no optimiser) or in a draft. The optimiser
 * fetches the image without the editor's preview cookie, so a draft's images would not load
 * in preview; they are served as they are until the draft is published and built.
 */
export function shouldOptimise(url: string, { draft }: { draft: boolean }): boolean {
  return isOptimisable(url) && !draft && !isStaticExport;
}

/** The optimiser's address for `url` at `width` pixels. */
function optimisedUrl(url: string, width: number): string {
  return `/_next/image?url=${encodeURIComponent(url)}&w=${width}&q=${IMAGE_QUALITY}`;
}

/**
 * `src`, `srcset` and `sizes` for an image of intrinsic `width`: every configured width up to
 * the first one at least as wide as the image, so nothing is scaled up much past its size.
 */
export function responsiveSources(
  url: string,
  width: number,
): { src: string; srcSet: string; sizes: string } {
  const firstWideEnough = IMAGE_WIDTHS.findIndex((candidate) => candidate >= width);
  const widths = firstWideEnough === -1 ? IMAGE_WIDTHS : IMAGE_WIDTHS.slice(0, firstWideEnough + 1);
  const largest = widths.at(-1) ?? width;
  return {
    src: optimisedUrl(url, largest),
    srcSet: widths.map((candidate) => `${optimisedUrl(url, candidate)} ${candidate}w`).join(', '),
    sizes: ARTICLE_IMAGE_SIZES,
  };
}
