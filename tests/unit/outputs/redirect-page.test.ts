import { describe, expect, it } from 'vitest';
import { redirectPage } from '@/lib/outputs/redirect-page';
import { testSite } from '../support/content-folder';

const site = testSite;

describe('a redirect page for a former address in the static copy', () => {
  it('sends browsers on at once, names the new address as canonical, and links to it', () => {
    const html = redirectPage('/editions/9/beacon-roll-out', site);
    expect(html).toContain(
      '<meta http-equiv="refresh" content="0; url=/editions/9/beacon-roll-out">',
    );
    expect(html).toContain(
      `<link rel="canonical" href="${site.baseUrl}/editions/9/beacon-roll-out">`,
    );
    expect(html).toContain('<a href="/editions/9/beacon-roll-out">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).not.toContain('<script');
  });
});
