import { describe, expect, it } from 'vitest';
import {
  editionPreviewQuery,
  isValidPreviewPass,
  issuePreviewPass,
  MAX_PREVIEW_LINK_HOURS,
  previewPassScope,
  readEditionPreviewQuery,
  MIN_SECRET_LENGTH,
  PREVIEW_PASS_SECONDS,
  previewSecret,
  previewSecretProblem,
} from '@/lib/requests/preview-pass';

const secret = 'a-preview-secret-long-enough-to-use-0123';
const now = Date.parse('2026-12-01T09:00:00Z');

describe('the preview pass', () => {
  const pass = issuePreviewPass(secret, now);

  it('holds with the secret that signed it until it expires', () => {
    expect(isValidPreviewPass(pass, secret, now)).toBe(true);
    expect(isValidPreviewPass(pass, secret, now + (PREVIEW_PASS_SECONDS - 1) * 1000)).toBe(true);
    expect(isValidPreviewPass(pass, secret, now + PREVIEW_PASS_SECONDS * 1000)).toBe(false);
  });

  it('is revoked by changing or unsetting the secret', () => {
    expect(isValidPreviewPass(pass, `${secret}-changed`, now)).toBe(false);
    expect(isValidPreviewPass(pass, undefined, now)).toBe(false);
  });

  it('cannot be forged or stretched', () => {
    const [expires, scope, signature] = pass.split('.');
    const later = `${Number(expires) + 86_400}.${scope}.${signature}`;
    expect(isValidPreviewPass(later, secret, now)).toBe(false);
    expect(isValidPreviewPass(`${expires}.all.${'A'.repeat(43)}`, secret, now)).toBe(false);
    for (const junk of ['', '.', 'yes', `${expires}`, `${pass}x`, `-1.all.${signature}`])
      expect(isValidPreviewPass(junk, secret, now)).toBe(false);
  });

  it('shows every draft, or one edition’s, as it was issued; the edition cannot be changed', () => {
    expect(previewPassScope(pass, secret, now)).toBe('all');
    const edition = issuePreviewPass(secret, now, 10);
    expect(previewPassScope(edition, secret, now)).toBe(10);
    expect(previewPassScope(edition.replace('.10.', '.11.'), secret, now)).toBeUndefined();
    expect(previewPassScope(edition.replace('.10.', '.all.'), secret, now)).toBeUndefined();
  });

  it('never outlives the link that gave it', () => {
    const until = Math.floor(now / 1000) + 3600;
    const short = issuePreviewPass(secret, now, 10, until);
    expect(previewPassScope(short, secret, now + 3599 * 1000)).toBe(10);
    expect(previewPassScope(short, secret, now + 3600 * 1000)).toBeUndefined();
  });

  it('differs for every secret, so no pass is the build’s shared value', () => {
    expect(issuePreviewPass(`${secret}-other`, now)).not.toBe(pass);
  });
});

describe('a preview link for one edition', () => {
  const read = (query: string, at = now, key: string | undefined = secret) =>
    readEditionPreviewQuery(new URLSearchParams(query), key, at);

  it('names its edition and end, is signed, and never holds the secret', () => {
    const query = editionPreviewQuery(secret, 10, 48, now);
    expect(query).not.toContain(secret);
    expect(read(query)).toEqual({ edition: 10, until: Math.floor(now / 1000) + 48 * 3600 });
  });

  it('ends when it says, and when the secret changes', () => {
    const query = editionPreviewQuery(secret, 10, 1, now);
    expect(read(query, now + 3599 * 1000)).toBeDefined();
    expect(read(query, now + 3600 * 1000)).toBeUndefined();
    expect(read(query, now, `${secret}-changed`)).toBeUndefined();
    expect(readEditionPreviewQuery(new URLSearchParams(query), undefined, now)).toBeUndefined();
  });

  it('cannot be turned to another edition or stretched past 30 days', () => {
    const query = editionPreviewQuery(secret, 10, 1, now);
    expect(read(query.replace('edition=10', 'edition=11'))).toBeUndefined();
    const until = /until=(\d+)/.exec(query)?.[1];
    expect(read(query.replace(`until=${until}`, `until=${Number(until) + 1}`))).toBeUndefined();
    const tooLong = editionPreviewQuery(secret, 10, MAX_PREVIEW_LINK_HOURS + 2, now);
    expect(read(tooLong)).toBeUndefined();
    expect(read(editionPreviewQuery(secret, 10, MAX_PREVIEW_LINK_HOURS, now))).toBeDefined();
  });
});

describe('the preview secret', () => {
  it(`must be at least ${MIN_SECRET_LENGTH} characters, or preview stays off`, () => {
    expect(previewSecretProblem('abc')).toMatch(/3 characters long; it must be at least 32/);
    expect(previewSecretProblem('x'.repeat(31))).toBeDefined();
    expect(previewSecretProblem('0123456789abcdef'.repeat(2))).toBeUndefined();
    expect(previewSecretProblem(undefined)).toBeUndefined();
    expect(previewSecret({ MASTHEAD_PREVIEW_SECRET: 'abc' })).toBeUndefined();
    expect(previewSecret({ MASTHEAD_PREVIEW_SECRET: secret })).toBe(secret);
    expect(previewSecret({})).toBeUndefined();
  });
});
