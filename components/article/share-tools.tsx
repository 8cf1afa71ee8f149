import { CopyButton } from '../shared/copy-button';

/**
 * Ways to pass an article on: copy its link, email it, or share it on LinkedIn. Plain links
 * and one small script of our own; nothing from a third party loads until the reader clicks.
 */
export function ShareTools({ url, title }: { url: string; title: string }) {
  const email = `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(`${title}\n\n${url}`)}`;
  const linkedIn = `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(url)}`;
  return (
    <section
      aria-labelledby="share-heading"
      className="mt-10 rounded-sm border border-rule bg-surface p-5 font-sans print:hidden"
    >
      <h2 id="share-heading" className="text-base font-bold">
        Share this article
      </h2>
      <p className="mt-1 text-sm break-all text-muted">{url}</p>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <CopyButton
          text={url}
          label="Copy link"
          copied="Link copied to the clipboard."
          className="share-button"
        />
        <a href={email} className="share-button">
          Email<span className="sr-only"> this article</span>
        </a>
        <a href={linkedIn} className="share-button" rel="noopener noreferrer" target="_blank">
          LinkedIn<span className="sr-only"> (opens in a new tab)</span>
        </a>
      </div>
    </section>
  );
}
