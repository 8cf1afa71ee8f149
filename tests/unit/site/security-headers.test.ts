import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  commonHeaders,
  mediaPolicy,
  noScriptPolicy,
  noScriptSources,
  pagePolicy,
  scriptlessPagePolicy,
} from '@/lib/site/security-headers';

/*
 * nginx-static.conf writes out the headers the Next.js server sets from lib/site/security-headers.ts
 * (nginx cannot read TypeScript). These tests keep the two in step: change one, and they
 * fail until the other follows.
 */

const config = fs.readFileSync(
  path.join(import.meta.dirname, '..', '..', '..', 'nginx-static.conf'),
  'utf8',
);

/** The map from address to policy, as [pattern or "default", policy] pairs, in order. */
function policyMap(): [string, string][] {
  const block = /map \$uri \$content_security_policy \{([\s\S]*?)\n {2}\}/.exec(config)?.[1] ?? '';
  return [...block.matchAll(/^\s*("~[^"]+"|default)\s+"([^"]+)";/gm)].map((match) => [
    (match[1] ?? '').replace(/^"~|"$/g, ''),
    match[2] ?? '',
  ]);
}

/** The policy nginx's map gives an address: the first matching pattern, as nginx picks it. */
function policyFor(address: string): string | undefined {
  const entries = policyMap();
  const matched = entries.find(
    ([pattern]) => pattern !== 'default' && new RegExp(pattern).test(address),
  );
  return (matched ?? entries.find(([pattern]) => pattern === 'default'))?.[1];
}

/** An example address for a Next.js source pattern such as /editions/:edition/plain. */
function example(source: string): string {
  return source.replace(/:[a-z]+/g, 'x7');
}

describe('nginx-static.conf', () => {
  it('sends every header the server sends on every response', () => {
    for (const { key, value } of commonHeaders) {
      expect(config, key).toContain(`add_header ${key} "${value}" always;`);
    }
  });

  it("gives pages the policy of pages without Next's scripts", () => {
    for (const address of ['/', '/editions/9', '/editions/9/an-article', '/404.html']) {
      expect(policyFor(address), address).toBe(scriptlessPagePolicy);
    }
  });

  it("gives the search page, which keeps Next's scripts in the static copy, the page policy", () => {
    for (const address of ['/search', '/search.html']) {
      expect(policyFor(address), address).toBe(pagePolicy(false));
    }
    expect(policyFor('/searching-for-answers')).toBe(scriptlessPagePolicy);
  });

  it('gives every script-free response the no-script policy', () => {
    for (const source of noScriptSources)
      expect(policyFor(example(source)), source).toBe(noScriptPolicy);
  });

  it('gives images the policy under which nothing runs', () => {
    expect(policyFor('/editions/9/media/cover.svg')).toBe(mediaPolicy);
  });
});
