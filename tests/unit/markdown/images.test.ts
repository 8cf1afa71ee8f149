import { describe, expect, it } from 'vitest';
import { IMAGE_WIDTHS, responsiveSources, shouldOptimise } from '@/lib/markdown/images';

describe('shouldOptimise', () => {
  it('resizes published raster images, never SVG or a draft’s images', () => {
    expect(shouldOptimise('/editions/8/media/photo.jpg', { draft: false })).toBe(true);
    expect(shouldOptimise('/editions/8/media/photo.PNG', { draft: false })).toBe(true);
    expect(shouldOptimise('/editions/8/media/chart.svg', { draft: false })).toBe(false);
    expect(shouldOptimise('/editions/8/media/photo.jpg', { draft: true })).toBe(false);
  });
});

describe('responsiveSources', () => {
  it('offers every width up to the first as wide as the image, and no wider', () => {
    const { src, srcSet } = responsiveSources('/editions/8/media/photo.png', 700);
    expect(srcSet.split(', ').map((entry) => entry.split(' ')[1])).toEqual([
      '384w',
      '640w',
      '828w',
    ]);
    expect(src).toBe('/_next/image?url=%2Feditions%2F8%2Fmedia%2Fphoto.png&w=828&q=75');
  });

  it('stops at the largest configured width for very wide images', () => {
    const { srcSet } = responsiveSources('/editions/8/media/wide.png', 5000);
    expect(srcSet.split(', ')).toHaveLength(IMAGE_WIDTHS.length);
  });
});
