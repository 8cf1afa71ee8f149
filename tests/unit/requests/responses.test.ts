import { describe, expect, it } from 'vitest';
import { lookupResponse } from '@/lib/requests/responses';

describe('lookupResponse', () => {
  const respond = (value: string) => new Response(value);

  it('answers with what was found', async () => {
    const response = lookupResponse({ kind: 'found', value: 'the edition' }, respond);
    expect(await response.text()).toBe('the edition');
  });

  it('sends a former address on with a permanent redirect', () => {
    const response = lookupResponse({ kind: 'moved', location: '/editions/8/plain' }, respond);
    expect(response.status).toBe(308);
    expect(response.headers.get('location')).toBe('/editions/8/plain');
  });

  it('answers 404 with a way back for anything else', async () => {
    const response = lookupResponse<string>({ kind: 'missing' }, respond);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('/editions');
  });
});
