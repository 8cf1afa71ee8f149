import { describe, expect, it } from 'vitest';
import {
  isValidPreviewPass,
  issuePreviewPass,
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
    const [expires, signature] = pass.split('.');
    const later = `${Number(expires) + 86_400}.${signature}`;
    expect(isValidPreviewPass(later, secret, now)).toBe(false);
    expect(isValidPreviewPass(`${expires}.${'A'.repeat(43)}`, secret, now)).toBe(false);
    for (const junk of ['', '.', 'yes', `${expires}`, `${pass}x`, `-1.${signature}`])
      expect(isValidPreviewPass(junk, secret, now)).toBe(false);
  });

  it('differs for every secret, so no pass is the build’s shared value', () => {
    expect(issuePreviewPass(`${secret}-other`, now)).not.toBe(pass);
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
