import type { Article } from '@/lib/library/getters';

/** "By Jane Doe, Programme Director", or nothing for an unsigned article. */
export function Byline({
  article,
  className = '',
}: {
  article: Pick<Article, 'author' | 'role'>;
  className?: string;
}) {
  if (!article.author) return null;
  return (
    <p className={`font-sans text-sm text-muted ${className}`}>
      By <span className="font-semibold text-ink">{article.author}</span>
      {article.role ? <>, {article.role}</> : null}
    </p>
  );
}
