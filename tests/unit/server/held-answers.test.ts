import { describe, expect, it } from 'vitest';
import {
  HeldAnswers,
  heldKey,
  isSharedAnswer,
  isSharedRequest,
  type HeldAnswer,
} from '@/lib/server/held-answers';

const answer = (bytes: number, heldAt = 0): HeldAnswer => ({
  status: 200,
  headers: { 'content-type': 'text/html' },
  body: Buffer.alloc(bytes),
  heldAt,
});

describe('answers held for every reader', () => {
  it('are given back while fresh, and then let go', () => {
    const held = new HeldAnswers(5_000);
    held.hold('/editions/9', answer(10, 1_000));
    expect(held.get('/editions/9', 5_999)?.body.length).toBe(10);
    expect(held.get('/editions/9', 6_000)).toBeUndefined();
    expect(held.get('/editions/9', 1_000)).toBeUndefined();
  });

  it('let the oldest go to stay within their size', () => {
    const held = new HeldAnswers(60_000, 100);
    held.hold('/a', answer(40));
    held.hold('/b', answer(40));
    held.hold('/c', answer(40));
    expect(held.get('/a', 1)).toBeUndefined();
    expect(held.get('/b', 1)).toBeDefined();
    expect(held.get('/c', 1)).toBeDefined();
    held.hold('/huge', answer(101));
    expect(held.get('/huge', 1)).toBeUndefined();
  });

  it('come only from requests any reader could make', () => {
    expect(isSharedRequest('GET', { accept: 'text/html' })).toBe(true);
    expect(isSharedRequest('HEAD', {})).toBe(true);
    expect(isSharedRequest('POST', {})).toBe(false);
    expect(isSharedRequest('GET', { cookie: 'theme=dark; __prerender_bypass=x' })).toBe(false);
    expect(isSharedRequest('GET', { cookie: 'masthead_preview=1.x' })).toBe(false);
    expect(isSharedRequest('GET', { range: 'bytes=0-10' })).toBe(false);
    expect(isSharedRequest('GET', { authorization: 'Basic eDp5' })).toBe(false);
  });

  it('and only answers meant for every reader', () => {
    expect(isSharedAnswer(200, { 'cache-control': 's-maxage=60' })).toBe(true);
    expect(isSharedAnswer(404, { 'cache-control': 's-maxage=60' })).toBe(false);
    expect(isSharedAnswer(200, { 'cache-control': 'private, no-cache, no-store' })).toBe(false);
    expect(isSharedAnswer(200, { 'set-cookie': ['a=b'] })).toBe(false);
  });
});

describe('the key an answer is held under', () => {
  it('tells an HTTPS request from a plain one, since only the first is sent HSTS', () => {
    expect(heldKey('/editions/9', { 'x-forwarded-proto': 'https' })).not.toBe(
      heldKey('/editions/9', {}),
    );
    expect(heldKey('/editions/9', { accept: 'text/html' })).toBe(heldKey('/editions/9', {}));
  });
});
