/**
 * The one place where rendered Markdown enters a page. The HTML was sanitised by the content
 * loader (remark-html's default schema), so it holds no scripts, event handlers or frames.
 */
export function Prose({ html, className = 'article-body' }: { html: string; className?: string }) {
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
