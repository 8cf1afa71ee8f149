/** The section an article belongs to ("Case Study"), set small above its headline. */
export function SectionLabel({ section, className = '' }: { section: string | undefined; className?: string }) {
  if (!section) return null;
  return <p className={`kicker ${className}`}>{section}</p>;
}
