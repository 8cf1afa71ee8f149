import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from 'next/constants';
import { afterEach, describe, expect, it, vi } from 'vitest';
import config from '@/next.config';
import { siteUrlWarning } from '@/lib/site/settings';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('a build without SITE_URL', () => {
  it('is warned loudly that its addresses would name localhost', () => {
    expect(siteUrlWarning({})).toMatch(/SITE_URL is not set[\s\S]*localhost:3000/);
    expect(siteUrlWarning({ SITE_URL: 'https://magazine.example.org' })).toBeUndefined();
  });

  it('prints the warning when Next builds for production, and only then', () => {
    vi.stubEnv('SITE_URL', '');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    config(PHASE_DEVELOPMENT_SERVER);
    expect(warn).not.toHaveBeenCalled();
    config(PHASE_PRODUCTION_BUILD);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('SITE_URL is not set'));
  });
});
