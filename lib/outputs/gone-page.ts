import { escapeHtml } from './html';
import type { SiteSettings } from '../site/settings';
import { archivePath, iconPath } from '../site/urls';

/**
 * The page at the address of an article taken down, answered with 410 Gone: it says the
 * article was removed, without its title or anything else it said, and leads to its edition
 * (when that edition is public) and to the archive. No script and no styles from elsewhere.
 */
export function gonePage(site: SiteSettings, edition?: { path: string; label: string }): string {
  const back = edition
    ? `<p><a href="${escapeHtml(edition.path)}">${escapeHtml(edition.label)}</a></p>\n`
    : '';
  return `<!DOCTYPE html>
<html lang="${escapeHtml(site.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Removed · ${escapeHtml(site.name)}</title>
<meta name="robots" content="noindex">
<link rel="icon" href="${iconPath}" type="image/svg+xml">
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#0b0c0c;background:#fff}a{color:#1d70b8}</style>
</head>
<body>
<main>
<p>${escapeHtml(site.name)}</p>
<h1>This article has been removed</h1>
<p>The article that was published at this address has been taken down and is no longer available.</p>
${back}<p><a href="${archivePath}">Every edition of ${escapeHtml(site.name)}</a></p>
</main>
</body>
</html>
`;
}
