import { inSentence, type SiteSettings } from '@/lib/site/settings';
import { archivePath, searchPath, topicsPath } from '@/lib/site/urls';
import { ThemeToggle } from './theme-toggle';

/** The masthead on every page: the magazine's name, who publishes it, and the main links. */
export function SiteHeader({ site }: { site: Pick<SiteSettings, 'name' | 'publisher'> }) {
  return (
    <header className="bg-masthead text-white print:bg-white print:text-black">
      <div className="mx-auto flex max-w-6xl flex-wrap items-end justify-between gap-x-8 gap-y-3 px-4 py-5 sm:px-6">
        <div>
          <a
            href="/"
            className="font-serif text-4xl font-bold tracking-tight text-white no-underline sm:text-5xl print:text-black"
          >
            {site.name}
          </a>
          <p className="mt-1 text-sm tracking-wide text-white/85 print:text-black">
            The quarterly magazine of {inSentence(site.publisher)}
          </p>
        </div>
        <nav aria-label="Main" className="print:hidden">
          <ul className="flex flex-wrap items-center gap-x-6 gap-y-2 text-base font-semibold">
            <li>
              <a href="/" className="text-white underline-offset-4 hover:underline">
                Latest edition
              </a>
            </li>
            <li>
              <a href={archivePath} className="text-white underline-offset-4 hover:underline">
                All editions
              </a>
            </li>
            <li>
              <a href={topicsPath} className="text-white underline-offset-4 hover:underline">
                Topics
              </a>
            </li>
            <li>
              <a href={searchPath} className="text-white underline-offset-4 hover:underline">
                Search
              </a>
            </li>
            <li>
              <ThemeToggle />
            </li>
          </ul>
        </nav>
      </div>
      <div className="h-1 bg-gold" aria-hidden="true" />
    </header>
  );
}
