import { escapeHtml } from './html';
import type { SiteSettings } from '../site/settings';
import { absoluteUrl } from '../site/urls';

/**
 * A page standing at a former address in the static export, where no server can answer 308:
 * browsers follow its refresh at once, search engines take its canonical link as the new
 * address, and anyone else has a link to follow. No script, so it works everywhere.
 */
export function redirectPage(to: string, site: SiteSettings): string {
  const target = escapeHtml(to);
  return `<!DOCTYPE html>
<html lang="${escapeHtml(site.language)}">
<head>
<meta charset="utf-8">
<title>Moved · ${escapeHtml(site.name)}</title>
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${target}">
<link rel="canonical" href="${escapeHtml(absoluteUrl(site.baseUrl, to))}">
</head>
<body>
<p>This page has moved to <a href="${target}">${target}</a>.</p>
</body>
</html>
`;
}
