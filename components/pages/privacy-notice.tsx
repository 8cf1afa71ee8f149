import { inSentence, type SiteSettings } from '@/lib/site/settings';
import { LOG_RETENTION_DAYS } from '@/lib/readership/tally';

/**
 * What the site records about its readers: no cookies and nothing from other sites, only the
 * web server's log, kept for a set time and read only for the readership report.
 */
export function PrivacyNotice({
  site,
}: {
  site: Pick<SiteSettings, 'name' | 'publisher' | 'accessibilityContact'>;
}) {
  return (
    <div className="article-body mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <h1>Privacy</h1>
      <p>
        {site.name} is published by {inSentence(site.publisher)}. This page says what the website
        records when you read it.
      </p>

      <h2>No cookies, no trackers</h2>
      <p>
        The website sets no cookies for readers, and loads nothing from any other website: no
        analytics, no advertising, no fonts or scripts from elsewhere. A video from YouTube or Vimeo
        loads only when you press its play button; from then on that service&rsquo;s own privacy
        policy applies. If you choose the light or dark theme, your browser remembers the choice on
        your own device; it is never sent to us.
      </p>

      <h2>What the web server records</h2>
      <p>
        Like every web server, ours writes a line to its log for each request it answers: your
        internet address, the time, the page or file asked for, whether it was found, the address of
        the page that linked to it, and the name and version of your browser.
      </p>
      <p>
        We use the log for two things: to keep the website running and secure, and to count how many
        people read each edition, in which format and from where, which we report to the
        programme&rsquo;s sponsors as totals. The count treats each pair of internet address and
        browser as one reader, only while the report is made; it never stores them, and the report
        holds totals only. A search appears in it only when at least five readers made it and it
        holds nothing that looks like personal information.
      </p>
      <p>
        The log is kept for {LOG_RETENTION_DAYS} days and then deleted. It is not shared with
        anyone.
      </p>

      <h2>Questions</h2>
      <p>
        Email <a href={`mailto:${site.accessibilityContact}`}>{site.accessibilityContact}</a> to ask
        about this notice or what we hold.
      </p>
    </div>
  );
}
