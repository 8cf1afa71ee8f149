/*
 * The content the browser tests build and serve: tests/fixtures/site, which holds every
 * feature the site has (see its README), so that the sample content in content/ can change
 * freely. tests/run.mjs builds with it and playwright.config.ts serves it.
 */
export const TEST_CONTENT_DIR = 'tests/fixtures/site';
