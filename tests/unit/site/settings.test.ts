import { describe, expect, it } from 'vitest';
import { siteUrlWarning } from '@/lib/site/settings';

describe('a build without SITE_URL', () => {
  it('is warned loudly that its addresses would name localhost', () => {
    expect(siteUrlWarning({})).toMatch(/SITE_URL is not set[\s\S]*localhost:3000/);
    expect(siteUrlWarning({ SITE_URL: '' })).toBeDefined();
    expect(siteUrlWarning({ SITE_URL: 'https://magazine.example.org' })).toBeUndefined();
  });
});
