import { slugify } from '@/lib/site/slug';
import { sectionPath } from '@/lib/site/urls';

/**
 * The section an article belongs to ("Case Study"), set small above its headline. With
 * `linked`, it leads to every article of that section.
 */
export function SectionLabel({
  section,
  linked = false,
  className = '',
}: {
  section: string | undefined;
  linked?: boolean;
  className?: string;
}) {
  if (!section) return null;
  return (
    <p className={`kicker ${className}`}>
      {linked ? (
        <a
          href={sectionPath(slugify(section))}
          className="text-accent no-underline hover:underline"
        >
          {section}
        </a>
      ) : (
        section
      )}
    </p>
  );
}
