import { afterEach, describe, expect, it, vi } from 'vitest';

const getEditions = vi.fn();
vi.mock('@/lib/library/getters', () => ({ getEditions }));
const { GET } = await import('@/app/health/route.server');

afterEach(() => {
  getEditions.mockReset();
});

describe('the health address', () => {
  it('answers 200 with the number of public editions once the content has loaded', async () => {
    getEditions.mockReturnValue([{}, {}, {}]);
    const response = GET();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ status: 'ok', editions: 3 });
  });

  it('answers 503, without the reason, while the content cannot be loaded', async () => {
    getEditions.mockImplementation(() => {
      throw new Error('editions/9/edition.md:3:1: error: published is 2026-02-30');
    });
    const response = GET();
    expect(response.status).toBe(503);
    expect(await response.text()).not.toContain('edition.md');
  });
});
