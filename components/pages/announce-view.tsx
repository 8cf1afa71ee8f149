import type { Edition } from '@/lib/library/getters';
import { POST_LIMIT } from '@/lib/outputs/announcement';
import type { EditionEmail } from '@/lib/outputs/email';
import { coverImagePath, emailFilePath, emailPath, editionPath } from '@/lib/site/urls';
import { CopyButton } from '../shared/copy-button';

/**
 * The announcement kit: everything an editor copies to tell partners an edition is out. The
 * email, shown at a desktop's and a phone's width, with its subject, preview text, HTML and
 * text; a post for social media or Teams; a snippet for the programme's main website, shown as
 * it will look; and the cover. Every text is on the page to select by hand; the copy buttons
 * only save a step when JavaScript runs.
 */
export function AnnounceView({
  edition,
  email,
  post,
  snippet,
  previewLink,
}: {
  edition: Edition;
  email: EditionEmail;
  post: string;
  snippet: string;
  /**
   * For an editor previewing every draft: a link that shows a colleague this edition, drafts
   * and all, and nothing else unpublished (`link`), or, where the site has no preview secret
   * (the development server), the command that makes one.
   */
  previewLink?: { link: string; days: number } | { command: string };
}) {
  return (
    <div className="mx-auto max-w-4xl px-4 py-8 sm:px-6">
      <p className="kicker">Edition {edition.number} · For editors</p>
      <h1 className="headline mt-2 text-4xl sm:text-5xl">Announce {edition.title}</h1>
      <p className="mt-4 font-serif text-lg">
        Everything to tell partners that <a href={editionPath(edition.number)}>this edition</a> is
        out. Readers are not sent here, and search engines do not list it.
      </p>

      <section aria-labelledby="email" className="mt-10">
        <h2 id="email" className="headline text-3xl">
          The email
        </h2>
        <dl className="mt-4 space-y-3 font-sans">
          <div>
            <dt className="font-semibold">Subject</dt>
            <dd className="flex flex-wrap items-center gap-3">
              <span>{email.subject}</span>
              <CopyButton
                text={email.subject}
                label="Copy subject"
                copied="Subject copied to the clipboard."
                className="share-button"
              />
            </dd>
          </div>
          <div>
            <dt className="font-semibold">Preview text (shown after the subject in the inbox)</dt>
            <dd>{email.preheader}</dd>
          </div>
        </dl>
        <ul className="mt-4 list-disc space-y-1 pl-6 font-sans">
          <li>
            <a href={emailFilePath(edition.number)} download>
              Download the email as a draft (.eml)
            </a>{' '}
            to open in Outlook or Apple Mail, address and send.
          </li>
          <li>
            <a href={emailPath(edition.number)}>Open the email on its own</a>, to import its HTML
            into a mailing tool.
          </li>
        </ul>
        <p className="mt-4 flex flex-wrap items-center gap-3 font-sans">
          <CopyButton
            text={email.text}
            html={email.html}
            label="Copy as formatted email"
            copied="The formatted email is on the clipboard: paste it into a new message in Outlook on the web or Gmail."
            className="share-button"
          />
        </p>
        {/* Wider than a phone: it scrolls sideways, so keyboard users must be able to reach it. */}
        <div
          role="region"
          aria-label="The email at two widths"
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must take focus (WCAG 2.1.1)
          tabIndex={0}
          className="mt-6 flex flex-wrap items-start gap-6 overflow-x-auto"
        >
          {[
            { width: 600, where: 'a desktop mail program' },
            { width: 320, where: 'a small phone' },
          ].map(({ width, where }) => (
            <figure key={width}>
              <figcaption className="mb-2 font-sans text-sm font-semibold">
                At {width} pixels ({where})
              </figcaption>
              <iframe
                title={`The email, ${width} pixels wide: ${email.subject}`}
                srcDoc={email.html}
                sandbox=""
                width={width}
                height={900}
                className="border border-rule bg-white"
              />
            </figure>
          ))}
        </div>
        <CopyableText
          id="email-html"
          label="The email's HTML"
          copy="Copy the email's HTML"
          text={email.html}
          rows={8}
        />
        <CopyableText
          id="email-text"
          label="The email's text"
          copy="Copy the email's text"
          text={email.text}
          rows={8}
        />
      </section>

      <section aria-labelledby="post" className="mt-12">
        <h2 id="post" className="headline text-3xl">
          A post for social media or Teams
        </h2>
        <CopyableText
          id="post-text"
          label={`The post (${post.length} of ${POST_LIMIT} characters)`}
          copy="Copy the post"
          text={post}
          rows={4}
        />
      </section>

      <section aria-labelledby="website" className="mt-12">
        <h2 id="website" className="headline text-3xl">
          For the programme&apos;s main website
        </h2>
        <p className="mt-3 font-sans">How it looks, in this site&apos;s styles:</p>
        <div
          className="article-body mt-3 border border-rule p-4"
          // Made by websiteSnippet from escaped content and the site's own addresses.
          dangerouslySetInnerHTML={{ __html: snippet }}
        />
        <CopyableText
          id="website-html"
          label="Its HTML"
          copy="Copy the website HTML"
          text={snippet}
          rows={8}
        />
      </section>

      {previewLink ? (
        <section aria-labelledby="preview-link" className="mt-12">
          <h2 id="preview-link" className="headline text-3xl">
            A preview link for a colleague
          </h2>
          {'link' in previewLink ? (
            <>
              <p className="mt-3 font-serif text-lg">
                Whoever opens this link sees this edition as it will be published, drafts and all,
                and nothing else that is not yet published, for {previewLink.days} days.
              </p>
              <CopyableText
                id="preview-link-text"
                label="The link"
                copy="Copy the preview link"
                text={previewLink.link}
                rows={2}
              />
            </>
          ) : (
            <p className="mt-3 font-serif text-lg">
              Links are made where the site runs, with its preview secret: ask whoever runs it to
              run <code>{previewLink.command}</code>. The link shows this edition, drafts and all,
              and nothing else that is not yet published.
            </p>
          )}
        </section>
      ) : null}

      {edition.cover ? (
        <section aria-labelledby="cover" className="mt-12">
          <h2 id="cover" className="headline text-3xl">
            The cover
          </h2>
          <p className="mt-3 font-sans">
            <a href={coverImagePath(edition.number)} download>
              Download the cover (JPEG, 1200 pixels wide)
            </a>
            . Its description, for alt text: {edition.cover.alt}
          </p>
        </section>
      ) : null}
    </div>
  );
}

/** A labelled, read-only text to select by hand, or copy with a button. */
function CopyableText({
  id,
  label,
  copy,
  text,
  rows,
}: {
  id: string;
  label: string;
  /** The button's words, naming what it copies. */
  copy: string;
  text: string;
  rows: number;
}) {
  return (
    <div className="mt-6 font-sans">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <textarea
        id={id}
        readOnly
        rows={rows}
        value={text}
        className="mt-2 w-full rounded-sm border border-rule bg-surface p-2 font-mono text-sm"
      />
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <CopyButton
          text={text}
          label={copy}
          copied="Copied to the clipboard."
          className="share-button"
        />
      </div>
    </div>
  );
}
