import path from 'node:path';
import { readBaseUrl, type SiteSettings } from '../site/settings';
import { readContentFile } from './folder';
import { decodeText, parseFields } from './front-matter';
import { ContentError, displayPath, ProblemList } from './problems';
import { checkFrontMatter, SITE_FILE, siteHelp, siteSchema } from './schema';

/*
 * The magazine's identity and editorial settings, read from content/site.yml and checked as
 * the editions are (each problem at its line, a misspelt field with the name it was meant to
 * be), so editors change the magazine's name without a developer. The public address is a
 * deployment setting and comes from the environment (SITE_URL).
 */

/** The settings of the content in `contentDir`; a ContentError names each problem of its file. */
export function readSiteSettings(
  contentDir: string,
  env: Record<string, string | undefined> = process.env,
): SiteSettings {
  const problems = new ProblemList();
  const file = displayPath(path.join(contentDir, SITE_FILE));
  const bytes = readContentFile(contentDir, SITE_FILE);
  if (bytes === undefined) {
    problems.add(
      file,
      1,
      `there is no ${SITE_FILE}: create it with the magazine's name, publisher and the other settings the guide lists (docs/editing.md, "The magazine's identity")`,
    );
    throw new ContentError(problems.items);
  }
  const text = decodeText(bytes, file, problems);
  const fields = text === undefined ? undefined : parseFields(text, file, problems);
  const settings = fields && checkFrontMatter(siteSchema, siteHelp, fields, file, problems);
  if (!settings || problems.errorCount > 0) throw new ContentError(problems.items);
  return { ...settings, baseUrl: readBaseUrl(env.SITE_URL) };
}
