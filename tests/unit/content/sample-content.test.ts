import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '@/lib/library/load';
import { site } from '@/lib/content/site';

// The browser tests run on tests/fixtures/site, so the sample content is checked here: it must
// always load (loadLibrary throws on any error), as `npm run serve` builds it, and it shows
// editors content the check has no advice about.
describe('the sample content in content/', () => {
  it('loads, holds published editions, and draws no warning', () => {
    const library = loadLibrary(path.resolve('content'), site);
    expect(library.editions.filter((edition) => !edition.draft).length).toBeGreaterThan(0);
    expect(library.findings.filter((finding) => finding.severity === 'warning')).toEqual([]);
  });
});
