import type { SiteSettings } from '@/lib/site/settings';
import { accessibilityPath, archivePath, privacyPath } from '@/lib/site/urls';

/** The footer on every page. */
export function SiteFooter({
  site,
}: {
  site: Pick<SiteSettings, 'name' | 'publisher' | 'description'>;
}) {
  return (
    <footer className="mt-16 border-t border-rule bg-surface/60 print:hidden">
      <div className="mx-auto max-w-6xl px-4 py-8 text-sm text-muted sm:px-6">
        <p className="font-serif text-lg font-semibold text-ink">{site.name}</p>
        <p className="mt-1 max-w-2xl">{site.description}</p>
        <p className="mt-4">
          <a href={archivePath}>Browse every edition</a>. Each edition is also available as a plain
          web page, a plain text file and a PDF, for screen readers, slow connections, print and
          email.
        </p>
        <p className="mt-2">
          <a href={accessibilityPath}>Accessibility statement</a> ·{' '}
          <a href={privacyPath}>Privacy</a>
        </p>
      </div>
    </footer>
  );
}
