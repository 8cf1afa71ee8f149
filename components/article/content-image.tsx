import { getImageProps } from 'next/image';
import { preload } from 'react-dom';
import type { Picture } from '@/lib/library/getters';

/**
 * An edition's image at its measured size, so nothing shifts while it loads. Published raster
 * images go through Next's optimiser (resized, WebP); SVG is served as it is.
 *
 * A plain <img> with the attributes next/image would give it, rather than next/image itself:
 * that is a client component, which costs every page showing a picture about 6 KB of
 * JavaScript and its hydration for nothing a reader sees (docs/performance.md). A picture on
 * the first screen (`priority`) is preloaded, as next/image does it.
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
  const { props } = getImageProps({
    src: picture.url,
    alt: picture.alt,
    width: picture.width,
    height: picture.height,
    sizes,
    preload: priority,
    unoptimized: !picture.optimise,
    className,
  });
  if (priority)
    preload(props.src, {
      as: 'image',
      imageSrcSet: props.srcSet,
      imageSizes: props.sizes,
      fetchPriority: 'high',
    });
  // eslint-disable-next-line @next/next/no-img-element -- next/image's own attributes, without its client script (see above)
  return <img {...props} alt={picture.alt} />;
}
