import { describe, expect, it } from 'vitest';
import { slugify } from '@/lib/site/slug';

describe('slugify', () => {
  it('makes lower-case ASCII words joined by single hyphens', () => {
    expect(slugify('Strategic Update: from pilots to practice')).toBe(
      'strategic-update-from-pilots-to-practice',
    );
    expect(slugify('Café & Bar — Łódź’s night')).toBe('cafe-and-bar-odzs-night');
  });

  it('stays short and never ends in a hyphen', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith('-')).toBe(false);
  });

  it('gives a usable address when nothing is left', () => {
    expect(slugify('???')).toBe('article');
  });
});
