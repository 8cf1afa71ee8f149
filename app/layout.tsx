import type { Metadata, Viewport } from 'next';
import { sourceSerif } from '@/components/chrome/fonts';
import { SiteFooter } from '@/components/chrome/site-footer';
import { SiteHeader } from '@/components/chrome/site-header';
import { PreviewBanner } from '@/components/chrome/preview-banner';
import { SkipLink } from '@/components/chrome/skip-link';
import { layoutMetadata } from '@/lib/requests/page-metadata';
import { site } from '@/lib/content/site';
import { THEME_SCRIPT } from '@/lib/site/theme';
import { currentAudience } from '@/lib/requests/audience';
import { isPreview } from '@/lib/content/publishing';
import { getLatestEdition, getLeftOut } from '@/lib/library/getters';
import { announcePath, problemsPath, readingScriptPath } from '@/lib/site/urls';
import './globals.css';

export const metadata: Metadata = layoutMetadata(site);

export const viewport: Viewport = {
  themeColor: '#0b1d3a',
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const audience = await currentAudience();
  const newest = isPreview(audience) ? getLatestEdition(audience) : undefined;
  const leftOut = getLeftOut();
  return (
    // --site-url lets the print stylesheet print site-relative link addresses in full.
    // The theme script adds a class to <html> before React loads, hence suppressHydrationWarning.
    <html
      lang={site.language}
      className={sourceSerif.variable}
      style={{ '--site-url': JSON.stringify(site.baseUrl) } as React.CSSProperties}
      suppressHydrationWarning
    >
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
        {/* The page's interactive parts (lib/reading/reading.ts, served at /reading.js). */}
        <script src={readingScriptPath} defer />
      </head>
      <body className="min-h-screen">
        <SkipLink />
        <PreviewBanner
          audience={audience}
          development={process.env.NODE_ENV === 'development'}
          announce={
            newest && { href: announcePath(newest.number), title: `edition ${newest.number}` }
          }
          problems={
            leftOut.length > 0
              ? { href: problemsPath, folders: leftOut.map((folder) => folder.folder) }
              : undefined
          }
        />
        <SiteHeader site={site} />
        <main id="main-content" tabIndex={-1} className="focus:outline-none">
          {children}
        </main>
        <SiteFooter site={site} />
      </body>
    </html>
  );
}
