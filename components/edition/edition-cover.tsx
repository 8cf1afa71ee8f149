import type { Picture } from '@/lib/library/getters';
import type { DrawnCoverContent } from '@/lib/outputs/drawn-cover';
import { ContentImage } from '../article/content-image';
import { DrawnCover } from '../shared/drawn-cover';

/**
 * An edition's cover. Width and height come from the file so the page does not shift while
 * it loads. An edition without a cover gets the drawn one (components/shared/drawn-cover.tsx),
 * which says what the edition is, so layouts keep their shape and their sense.
 */
export function EditionCover({
  cover,
  drawn,
  priority = false,
  className = '',
}: {
  cover: Picture | undefined;
  drawn: DrawnCoverContent;
  priority?: boolean;
  className?: string;
}) {
  if (!cover) return <DrawnCover content={drawn} className={className} />;
  return (
    <ContentImage
      picture={cover}
      sizes="(min-width: 48rem) 40vw, 100vw"
      priority={priority}
      className={`h-auto w-full bg-masthead shadow-md ${className}`}
    />
  );
}
