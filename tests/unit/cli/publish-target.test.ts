import { describe, expect, it } from 'vitest';
import { parseTarget } from '@/lib/publish/target';

describe('where npm run publish puts the site', () => {
  it('reads a server or a static copy, on this machine or over SSH, and an object store', () => {
    expect(parseTarget('server:/srv/masthead')).toEqual({
      kind: 'server',
      host: undefined,
      folder: '/srv/masthead',
    });
    expect(parseTarget('server:deploy@web1.example.org:/srv/masthead')).toEqual({
      kind: 'server',
      host: 'deploy@web1.example.org',
      folder: '/srv/masthead',
    });
    expect(parseTarget('static:/srv/www/site/')).toEqual({
      kind: 'static',
      host: undefined,
      folder: '/srv/www/site',
    });
    expect(parseTarget('s3://magazine-bucket/')).toEqual({
      kind: 'bucket',
      bucket: 's3://magazine-bucket',
    });
  });

  it('says what to write when the setting is missing or wrong', () => {
    expect(parseTarget(undefined)).toMatch(
      /^MASTHEAD_PUBLISH_TO is not set, so there is nowhere to publish to\. Set MASTHEAD_PUBLISH_TO to one of: server:\/srv\/masthead, /,
    );
    expect(parseTarget('ftp://old-host/site')).toMatch(
      /^MASTHEAD_PUBLISH_TO is "ftp:\/\/old-host\/site", which is not a place to publish to\./,
    );
    expect(parseTarget('server:/srv/a b')).toMatch(/which is not a place to publish to/);
    expect(parseTarget('server:deploy@web1:srv/masthead')).toBe(
      'MASTHEAD_PUBLISH_TO names a folder on deploy@web1 that is not absolute ("srv/masthead"): write it from the root, e.g. server:deploy@web1:/srv/masthead.',
    );
  });
});
