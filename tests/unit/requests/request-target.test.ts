import { describe, expect, it } from 'vitest';
import { dropInternalHeaders, isInternalHeader } from '@/lib/requests/internal-headers';
import { readTarget } from '@/lib/requests/request-target';

describe('the request target, read before Next sees it', () => {
  const host = 'magazine.example.org';

  it('serves an address of this site, and decides on its normalised path', () => {
    expect(readTarget('/editions/9?x=1', host)).toEqual({
      kind: 'serve',
      url: '/editions/9?x=1',
      path: '/editions/9',
    });
    expect(readTarget(`http://${host}/editions/9`, host)).toEqual({
      kind: 'serve',
      url: '/editions/9',
      path: '/editions/9',
    });
    // A file name with dots is not a dot segment.
    expect(readTarget('/editions/9/plain.txt', host).kind).toBe('serve');
  });

  it.each([
    '*',
    'evil.example:443',
    'http://evil.example/editions/9',
    `http://${host}.evil.example/`,
    '//evil.example/editions/9',
    '/_next/../editions/9',
    '/editions/9/%2e%2e/x',
    '/editions/./9',
    'http://[x/',
  ])('refuses %s', (target) => {
    expect(readTarget(target, host)).toEqual({ kind: 'refused' });
  });
});

describe('Next’s internal request headers', () => {
  it('are told from a reader’s own, and dropped', () => {
    const headers: Record<string, unknown> = {
      'x-middleware-prefetch': '1',
      rsc: '1',
      'next-router-state-tree': '[]',
      'sec-fetch-dest': 'image',
      'x-nextjs-data': '1',
      accept: 'text/html',
      'x-forwarded-for': '203.0.113.7',
      cookie: 'a=b',
    };
    dropInternalHeaders(headers);
    expect(headers).toEqual({
      accept: 'text/html',
      'x-forwarded-for': '203.0.113.7',
      cookie: 'a=b',
    });
    expect(isInternalHeader('x-invoke-path')).toBe(true);
    expect(isInternalHeader('user-agent')).toBe(false);
  });
});
