import { describe, expect, it } from 'vitest';
import { inSentence, siteUrlWarning } from '@/lib/site/settings';

describe('a build without SITE_URL', () => {
  it('is warned loudly that its addresses would name localhost', () => {
    expect(siteUrlWarning({})).toMatch(/SITE_URL is not set[\s\S]*localhost:3000/);
    expect(siteUrlWarning({ SITE_URL: '' })).toBeDefined();
    expect(siteUrlWarning({ SITE_URL: 'https://magazine.example.org' })).toBeUndefined();
  });
});

describe('a name inside a sentence', () => {
  it('starts with a small "the", and is otherwise as written', () => {
    expect(inSentence('The Northlight Programme')).toBe('the Northlight Programme');
    expect(inSentence('Theatre Partnership')).toBe('Theatre Partnership');
    expect(inSentence('Northlight Programme')).toBe('Northlight Programme');
  });
});
