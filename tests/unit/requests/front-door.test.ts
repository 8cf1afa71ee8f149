import { describe, expect, it } from 'vitest';
import { publicAddressSchedule } from '@/lib/requests/addresses';
import { FRONT_DOOR, frontDoor, type DoorRequest } from '@/lib/requests/front-door';
import { issuePreviewPass } from '@/lib/requests/preview-pass';
import { mayShowPublic, readPublicAddresses } from '@/lib/requests/public-addresses';
import { loadLibrary } from '@/lib/library/load';
import { articleFile, contentFolder, editionFile, settings } from '../support/content-folder';
import { architectureTable } from '../support/docs-table';

/*
 * The front door's rules, on requests as the server hands them over, and the list of public
 * addresses the build writes for it. The browser tests send the same requests to a running
 * server (tests/hostile/).
 */

// Edition 1 public, edition 2 scheduled for 2026-03-01 with a takedown, edition 3 a draft.
const library = loadLibrary(
  contentFolder({
    'editions/a/edition.md': editionFile(1),
    'editions/a/01-news.md': articleFile('News', 'aliases: [old-news]\n'),
    'editions/a/02-later.md': articleFile('Later', 'draft: true\n'),
    'editions/b/edition.md': editionFile(2, 'removed: [pulled]\n').replace(
      '2026-01-15',
      '2026-03-01',
    ),
    'editions/b/01-embargoed.md': articleFile('Embargoed', 'tags: [harbour]\n'),
    'editions/c/edition.md': editionFile(3, 'draft: true\n').replace('2026-01-15', '2026-02-01'),
    'editions/c/01-plans.md': articleFile('Plans'),
  }),
  settings,
);
const schedule = publicAddressSchedule(library.editions, '2026-02-10', 'Europe/London');
const addresses = readPublicAddresses(schedule);
const secret = 'a-preview-secret-of-more-than-thirty-two-characters';
const door = { addresses, previewSecret: secret, timeZone: 'Europe/London' };
const before = new Date('2026-02-10T12:00:00Z');
const after = new Date('2026-03-01T12:00:00Z');

function ask(target: string, extra: Partial<DoorRequest> = {}, now = before) {
  const request: DoorRequest = {
    method: 'GET',
    target,
    headers: { host: '127.0.0.1:3000' },
    ...extra,
  };
  return { request, decision: frontDoor(request, { ...door, now }) };
}

describe('the list of public addresses the build writes', () => {
  it('opens today’s public content from the build on, and a scheduled edition on its day', () => {
    expect(schedule.opens['/editions/1']).toBe('');
    expect(schedule.opens['/editions/1/old-news']).toBe('');
    expect(schedule.opens['/editions/2']).toBe('2026-03-01');
    expect(schedule.opens['/editions/2/embargoed/card.png']).toBe('2026-03-01');
    expect(schedule.opens['/topics/harbour']).toBe('2026-03-01');
    expect(schedule.removed['/editions/2/pulled']).toBe('2026-03-01');
  });

  it('never lists a draft, or an article kept back as one', () => {
    const listed = Object.keys(schedule.opens);
    expect(listed.filter((address) => address.startsWith('/editions/3'))).toEqual([]);
    expect(listed.filter((address) => address.includes('later'))).toEqual([]);
  });

  it('answers by the day: hidden before, public on and after', () => {
    expect(mayShowPublic(addresses, '/editions/2/embargoed', '2026-02-28')).toBe(false);
    expect(mayShowPublic(addresses, '/editions/2/embargoed', '2026-03-01')).toBe(true);
    expect(mayShowPublic(addresses, '/editions/2/pulled/card.png', '2026-02-28')).toBe(false);
    expect(mayShowPublic(addresses, '/editions/2/pulled/card.png', '2026-03-01')).toBe(true);
    expect(mayShowPublic(addresses, '/feed.xml', '2026-02-28')).toBe(true);
    expect(mayShowPublic(addresses, '/editions/constructor', '2026-03-01')).toBe(false);
    // Next answers these with a redirect to the address without the slash, for any address.
    expect(mayShowPublic(addresses, '/editions/3/', '2026-03-01')).toBe(true);
  });
});

describe('the front door', () => {
  it('refuses a target that is not an address of this site', () => {
    for (const target of ['*', 'http://other.example/editions/1', '//other.example/x', '/a/../b'])
      expect(ask(target).decision).toMatchObject({ kind: 'answer', status: 400 });
    expect(ask('http://127.0.0.1:3000/editions/1').decision).toMatchObject({
      kind: 'pass',
      url: '/editions/1',
    });
  });

  it('takes Next’s own headers out of the request before anything reads them', () => {
    const { request } = ask('/editions/1', {
      headers: { host: 'h', rsc: '1', 'x-middleware-prefetch': '1', accept: 'text/html' },
    });
    expect(request.headers).toEqual({ host: 'h', accept: 'text/html' });
  });

  it('allows GET and HEAD, and POST only to leave preview', () => {
    expect(ask('/editions/1', { method: 'POST' }).decision).toMatchObject({
      status: 405,
      headers: { Allow: 'GET, HEAD' },
    });
    expect(ask('/editions/1', { method: 'HEAD' }).decision.kind).toBe('pass');
    expect(ask('/preview/exit', { method: 'POST' }).decision.kind).toBe('pass');
  });

  it('answers a malformed %-escape with 400', () => {
    expect(ask('/editions/%E0%A4%A').decision).toMatchObject({ kind: 'answer', status: 400 });
  });

  it('sends a hidden address and an unknown one to the same not-found page', () => {
    const hidden = ask('/editions/2/embargoed').decision;
    const draft = ask('/editions/3').decision;
    const unknown = ask('/editions/1/no-such-story').decision;
    for (const decision of [hidden, draft, unknown])
      expect(decision).toMatchObject({ kind: 'pass', url: '/_nowhere' });
    expect(ask('/editions/2/embargoed', {}, after).decision).toMatchObject({
      url: '/editions/2/embargoed',
    });
  });

  it('lets an editor with a valid pass see drafts, and clears draft mode without one', () => {
    const pass = issuePreviewPass(secret, before.getTime());
    const editor = ask('/editions/3', {
      headers: { host: 'h', cookie: `__prerender_bypass=x; masthead_preview=${pass}` },
    });
    expect(editor.decision).toMatchObject({ kind: 'pass', url: '/editions/3', preview: true });

    const stale = ask('/editions/1', {
      headers: { host: 'h', cookie: 'theme=dark; __prerender_bypass=x; masthead_preview=1.abc' },
    });
    expect(stale.decision).toMatchObject({ kind: 'pass', preview: false, clearDraftMode: true });
    expect(stale.request.headers.cookie).toBe('theme=dark; masthead_preview=1.abc');
    // The preview link sets a new draft cookie, which must not be cleared.
    expect(
      ask('/preview', { headers: { host: 'h', cookie: '__prerender_bypass=x' } }).decision,
    ).toMatchObject({ clearDraftMode: false });
  });

  it('opens one hidden edition to a pass for it, and no other', () => {
    const pass = issuePreviewPass(secret, before.getTime(), 3);
    const cookie = `__prerender_bypass=x; masthead_preview=${pass}`;
    const with3 = (target: string) => ask(target, { headers: { host: 'h', cookie } }).decision;
    expect(with3('/editions/3')).toMatchObject({ url: '/editions/3', preview: true });
    expect(with3('/editions/3/plans')).toMatchObject({ url: '/editions/3/plans' });
    // Edition 2, scheduled, and edition 1's draft article stay hidden, as from the public.
    expect(with3('/editions/2')).toMatchObject({ url: '/_nowhere' });
    expect(with3('/editions/1/later')).toMatchObject({ url: '/_nowhere' });
    expect(with3('/editions/30')).toMatchObject({ url: '/_nowhere' });
    // Elsewhere the request goes on as the public's: draft mode is taken out of it.
    const elsewhere = ask('/editions/1', { headers: { host: 'h', cookie } });
    expect(elsewhere.decision).toMatchObject({ url: '/editions/1', preview: false });
    expect(elsewhere.request.headers.cookie).toBe(`masthead_preview=${pass}`);
    expect(elsewhere.decision).toMatchObject({ clearDraftMode: false });
  });

  it('answers every address under an article taken down 410, once its edition is public', () => {
    expect(ask('/editions/2/pulled/card.png', {}, after).decision).toMatchObject({
      kind: 'pass',
      url: '/editions/2/pulled/card.png',
      status: 410,
    });
    // Before its edition is public, the takedown is as hidden as the edition.
    expect(ask('/editions/2/pulled').decision).toMatchObject({ url: '/_nowhere' });
    expect(ask('/editions/1/news', {}, after).decision).not.toHaveProperty('status');
    // The takedown page's own address is reached only through Next's rewrite.
    expect(ask('/removed/2/pulled', {}, after).decision).toMatchObject({ url: '/_nowhere' });
  });

  it('redirects a page asked with a query to its own address; files and search keep theirs', () => {
    expect(ask('/editions/1?utm_source=newsletter').decision).toMatchObject({
      kind: 'answer',
      status: 308,
      headers: { Location: '/editions/1', 'Cache-Control': 'no-store' },
    });
    expect(ask('/editions/1?_rsc=abc').decision).toMatchObject({ status: 308 });
    for (const target of ['/search?q=harbour', '/feed.xml?x=1', '/editions/1/plain.txt?x=1'])
      expect(ask(target).decision).toMatchObject({ kind: 'pass', url: target });
  });

  it('is the table docs/architecture.md shows', () => {
    expect(architectureTable('Rule')).toEqual(
      FRONT_DOOR.map(({ rule, answer, why }) => [rule, answer, why]),
    );
  });
});
