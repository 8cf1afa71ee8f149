/**
 * Site-wide settings, in one typed shape: the magazine's identity and editorial settings from
 * content/site.yml (lib/content/site-file.ts), and the public address from the environment.
 * Every page and output reads them from there.
 */
export interface SiteSettings {
  /** The magazine's name, shown in the masthead and page titles. */
  name: string;
  /** The programme that publishes it. */
  publisher: string;
  /** One sentence on what the magazine is, for the home page and metadata. */
  description: string;
  /** Absolute base address without a trailing slash, used to make links absolute in text files. */
  baseUrl: string;
  /** BCP 47 language tag of the content. */
  language: string;
  /** IANA time zone in which publication dates begin, e.g. Europe/London. */
  timeZone: string;
  /** The programme's own email domains: addresses there may appear in articles. */
  emailDomains: readonly string[];
  /** The programme's shared phone numbers (switchboards, team lines), which may appear too. */
  phoneNumbers: readonly string[];
  /** Where readers ask for another format or report an accessibility problem. */
  accessibilityContact: string;
  /** The sender the email edition names (`Name <address>`), when set. */
  emailFrom?: string;
  /** Why a reader receives the email edition, said in its footer. */
  emailReason: string;
}

/**
 * A name as it is written inside a sentence: an organisation called "The Northlight Programme"
 * is "the Northlight Programme" after "published by" or "the magazine of".
 */
export function inSentence(name: string): string {
  return name.replace(/^The\b/, 'the');
}

/** The public address from `SITE_URL`, without a trailing slash; a local one when unset. */
export function readBaseUrl(value: string | undefined): string {
  const fallback = 'http://localhost:3000';
  if (!value) return fallback;
  try {
    const url = new URL(value);
    return url.origin + url.pathname.replace(/\/+$/, '');
  } catch {
    throw new Error(
      `SITE_URL must be an absolute address such as https://magazine.example.org, not "${value}"`,
    );
  }
}

/**
 * The warning a production build prints when SITE_URL is not set, or undefined when it is.
 * Without it every absolute address the site writes (feeds, preview cards, canonical links,
 * text files) names http://localhost:3000, which no reader can open.
 */
export function siteUrlWarning(env: Record<string, string | undefined>): string | undefined {
  if (env.SITE_URL) return undefined;
  const line = '!'.repeat(78);
  return [
    line,
    '!! SITE_URL is not set. This build writes http://localhost:3000 into its feeds, preview',
    '!! cards, canonical links and text files. Build again with the public address, e.g.',
    '!!   SITE_URL=https://magazine.example.org npm run build',
    line,
  ].join('\n');
}
