import { archivePath } from '@/lib/site/urls';

/**
 * What a reader sees when a page fails to render: an apology in the site's own design, a way
 * to try again, and the ways back in. Never the error itself, which is logged on the server.
 */
export function ErrorView({ retry }: { retry: () => void }) {
  return (
    <div className="mx-auto max-w-3xl px-4 py-16 sm:px-6">
      <p className="kicker">Something went wrong</p>
      <h1 className="headline mt-2 text-4xl sm:text-5xl">This page could not be shown</h1>
      <p className="mt-5 font-serif text-xl leading-relaxed">
        Something went wrong on our side while preparing this page. It has been recorded, and you
        can try again in a moment.
      </p>
      <p className="mt-6 flex flex-wrap gap-3 font-sans">
        <button type="button" onClick={retry} className="button-primary">
          Try again
        </button>
        <a href={archivePath} className="button-secondary">
          Browse every edition
        </a>
      </p>
    </div>
  );
}
