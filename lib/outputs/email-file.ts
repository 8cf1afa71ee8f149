import MailComposer from 'nodemailer/lib/mail-composer';
import type { SiteSettings } from '../site/settings';
import type { EditionEmail } from './email';

/**
 * The email edition as a message file (`.eml`): text and HTML as multipart/alternative, with
 * the subject and, when the site has one, the sender. `X-Unsent: 1` makes Outlook and Apple Mail
 * open it as a draft, ready to address and send; nothing here sends anything.
 */
export async function emailFile(
  email: EditionEmail,
  site: Pick<SiteSettings, 'emailFrom'>,
  date: Date = new Date(),
): Promise<Uint8Array<ArrayBuffer>> {
  const message = new MailComposer({
    ...(site.emailFrom ? { from: site.emailFrom } : {}),
    subject: email.subject,
    date,
    text: email.text,
    html: email.html,
    headers: { 'X-Unsent': '1' },
    textEncoding: 'quoted-printable',
    // Lines end CRLF, as a message file's must; and nothing is read from disk or the network.
    newline: 'win',
    disableFileAccess: true,
    disableUrlAccess: true,
    xMailer: false,
  }).compile();
  const bytes: Buffer = await message.build();
  return new Uint8Array(bytes);
}
