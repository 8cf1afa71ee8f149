import type { SiteSettings } from '../site/settings';
import { contentDirectory } from './folder';
import { readSiteSettings } from './site-file';

/**
 * The settings of the content this process serves (contentDirectory), read once as the process
 * starts: a broken content/site.yml stops it with the file's problems, each at its line.
 */
export const site: SiteSettings = readSiteSettings(contentDirectory());
