/*
 * `npm run export` builds a static copy of the site (lib/cli/export.ts sets this). A static
 * host answers every address with a file, so the copy holds only what is public on the day
 * it is built: no drafts, no scheduled editions, and former addresses as redirect pages
 * written after the build.
 */
export const isStaticExport = process.env.MASTHEAD_EXPORT === '1';
