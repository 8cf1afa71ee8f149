import Image from 'next/image';
import type { Picture } from '@/lib/content/getters';

/**
 * An edition's image at its measured size, so nothing shifts while it loads. Published raster
 * images go through Next's optimiser (resized, WebP); SVG is served as it is.
 */
export function ContentImage({
  picture,
  sizes,
  priority = false,
  className = '',
}: {
  picture: Picture;
  sizes: string;
  priority?: boolean;
  className?: string;
}) {
  return (
    <Image
      src={picture.url}
      alt={picture.alt}
      width={picture.width}
      height={picture.height}
      sizes={sizes}
      priority={priority}
      unoptimized={!picture.optimise}
      className={className}
    />
  );
}
