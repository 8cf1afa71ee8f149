import { site } from '../content/site';
import { readUnrendered } from '../library/getters';
import {
  editionPreviewQuery,
  MAX_PREVIEW_LINK_HOURS,
  previewSecret,
  previewSecretProblem,
} from '../requests/preview-pass';
import { previewPath } from '../site/urls';

/*
 * `npm run preview-link -- <edition> [--hours N]`: prints a link that shows one edition, drafts
 * and all, to whoever opens it, until it ends (a week unless --hours says otherwise, 30 days at
 * most). It is signed with MASTHEAD_PREVIEW_SECRET but does not contain it: whoever runs the
 * site (or the pipeline) makes links, and editors share them without ever seeing the secret.
 * The link shows no other edition's drafts; changing the secret ends every link at once.
 */

const DEFAULT_HOURS = 7 * 24;

const [editionArgument, ...rest] = process.argv.slice(2);
const hoursAt = rest.indexOf('--hours');
const hoursArgument = hoursAt >= 0 ? rest[hoursAt + 1] : undefined;
const usage = 'Usage: npm run preview-link -- <edition number> [--hours N]';

if (!editionArgument || !/^\d+$/.test(editionArgument)) fail(usage);
const hours = hoursArgument === undefined ? DEFAULT_HOURS : Number(hoursArgument);
if (!Number.isFinite(hours) || hours <= 0 || hours > MAX_PREVIEW_LINK_HOURS)
  fail(
    `--hours must be a number of hours above 0 and at most ${MAX_PREVIEW_LINK_HOURS} (30 days), not "${hoursArgument}".`,
  );

const problem = previewSecretProblem(process.env.MASTHEAD_PREVIEW_SECRET);
if (problem) fail(problem);
const secret = previewSecret();
if (!secret)
  fail(
    'MASTHEAD_PREVIEW_SECRET is not set, so the site has no preview: set it where the site runs, and here, to make links (docs/deploying.md).',
  );

const number = Number(editionArgument);
const edition = readUnrendered().find((candidate) => candidate.number === number);
if (!edition) fail(`There is no edition ${number} in the content.`);

const now = Date.now();
const link = `${site.baseUrl}${previewPath}?${editionPreviewQuery(secret, number, hours, now)}`;
const ends = new Date(now + hours * 3600 * 1000).toLocaleString('en-GB', {
  timeZone: site.timeZone,
  dateStyle: 'long',
  timeStyle: 'short',
});
console.log(`Preview link for edition ${number} (${edition.title}), until ${ends}:\n\n${link}\n`);
console.log(
  `It shows edition ${number} with its drafts, and nothing else that is not yet published. Changing MASTHEAD_PREVIEW_SECRET ends every link.`,
);

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
