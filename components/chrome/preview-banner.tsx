import { isPreview, type Audience } from '@/lib/content/publishing';

/**
 * Tells an editor that drafts are showing. In draft mode it offers a way out; in the
 * development server drafts always show.
 */
export function PreviewBanner({
  audience,
  development,
  announce,
  problems,
}: {
  audience: Audience;
  development: boolean;
  /** The newest edition's announcement kit, for the editor who is about to publish it. */
  announce?: { href: string; title: string };
  /** Edition folders left out of the preview for their errors, and where they are listed. */
  problems?: { href: string; folders: readonly string[] };
}) {
  if (!isPreview(audience)) return null;
  return (
    <div role="region" aria-label="Draft preview" className="bg-gold text-on-gold">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-2 font-sans text-sm sm:px-6">
        <p>
          <strong>Draft preview.</strong>{' '}
          {development
            ? 'The development server shows drafts and scheduled editions, marked as such.'
            : typeof audience === 'object'
              ? `You are seeing edition ${audience.preview} before it is published, with its drafts. Readers do not see them.`
              : 'You are seeing drafts and scheduled editions. Readers do not see them.'}
        </p>
        {problems ? (
          <p className="w-full">
            <strong>Left out until fixed:</strong>{' '}
            {problems.folders.map((folder) => (
              <code key={folder} className="mr-2">
                {folder}
              </code>
            ))}
            <a href={problems.href} className="font-semibold text-on-gold underline">
              See what to fix
            </a>
          </p>
        ) : null}
        {announce ? (
          <p className="flex flex-wrap gap-x-4">
            <a href={announce.href} className="font-semibold text-on-gold underline">
              Announce {announce.title}
            </a>
            {audience === 'preview' ? (
              <a
                href={`${announce.href}#preview-link`}
                className="font-semibold text-on-gold underline"
              >
                Preview link for a colleague
              </a>
            ) : null}
          </p>
        ) : null}
        {development ? null : (
          <form method="post" action="/preview/exit">
            <button
              type="submit"
              className="rounded-sm border border-on-gold px-3 py-1 font-semibold hover:bg-white/60"
            >
              Leave preview
            </button>
          </form>
        )}
      </div>
    </div>
  );
}
