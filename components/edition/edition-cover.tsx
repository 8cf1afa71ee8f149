import type { Picture } from '@/lib/library/getters';
import { ContentImage } from '../article/content-image';

/**
 * An edition's cover. Width and height come from the file so the page does not shift while
 * it loads. Editions without a cover get a typographic one, so layouts keep their shape.
 */
export function EditionCover({
  cover,
  label,
  priority = false,
  className = '',
}: {
  cover: Picture | undefined;
  label: string;
  priority?: boolean;
  className?: string;
}) {
  if (!cover) {
    return (
      <div
        className={`flex aspect-[4/5] items-end bg-masthead p-6 font-serif text-3xl font-bold text-white shadow-md ${className}`}
        aria-hidden="true"
      >
        {label}
      </div>
    );
  }
  return (
    <ContentImage
      picture={cover}
      sizes="(min-width: 48rem) 40vw, 100vw"
      priority={priority}
      className={`h-auto w-full bg-masthead shadow-md ${className}`}
    />
  );
}
