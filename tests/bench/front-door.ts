import { gzipSync } from 'node:zlib';
import {
  HeldAnswers,
  heldKey,
  isSharedAnswer,
  isSharedRequest,
} from '../../lib/server/held-answers';
import { dropInternalHeaders } from '../../lib/server/internal-headers';
import { readTarget } from '../../lib/server/request-target';
import { withoutFrameworkScripts } from '../../lib/server/scriptless';
import { printTable } from './table';

/*
 * `npm run bench:front-door`: what the server's own code costs a request before Next runs
 * (lib/server/server.ts), step by step, in process: reading the target, dropping Next's
 * internal headers, and finding a held answer; and, for comparison, what holding saves: taking
 * Next's scripts out of a page and compressing it, which is done once per page and hold. A
 * figure that grows between runs is per-request work that has crept in. Prints a table.
 */

const ROUNDS = 200_000;

/** A browser's request for an article, as Node hands its headers over. */
function browserHeaders(): Record<string, string> {
  return {
    host: 'magazine.example.org',
    'user-agent': 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
    accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
    'accept-language': 'en-GB,en;q=0.5',
    'accept-encoding': 'gzip, deflate, br',
    'x-forwarded-for': '203.0.113.7',
    'x-forwarded-proto': 'https',
    'sec-fetch-dest': 'document',
    cookie: 'theme=dark',
  };
}

/** Nanoseconds per call of `step`, over ROUNDS calls after a warm-up. */
function timed(step: (round: number) => void, rounds = ROUNDS): number {
  for (let round = 0; round < rounds / 10; round += 1) step(round);
  const started = process.hrtime.bigint();
  for (let round = 0; round < rounds; round += 1) step(round);
  return Number(process.hrtime.bigint() - started) / rounds;
}

const target = '/editions/9/beacon-roll-out';
const page = `<!DOCTYPE html><html><head><script src="/_next/static/chunks/main.js" async=""></script></head><body>${'<p>A paragraph of an article, about as long as one in the magazine, set as the page sets it.</p>'.repeat(120)}<script>self.__next_f.push([1,"payload"])</script></body></html>`;
const held = new HeldAnswers();
const headers = browserHeaders();
held.hold(heldKey(target, headers), {
  status: 200,
  headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 's-maxage=60' },
  body: Buffer.from(page),
  gzipped: gzipSync(page),
  heldAt: Date.now(),
});

const rows: [string, number][] = [
  ['read the target', timed(() => readTarget(target, 'magazine.example.org'))],
  ['drop internal headers', timed(() => dropInternalHeaders(browserHeaders()))],
  ['(copying the headers, in the line above)', timed(() => browserHeaders())],
  [
    'find the held answer',
    timed(() => {
      if (isSharedRequest('GET', headers)) held.get(heldKey(target, headers));
    }),
  ],
  [
    'once per page and hold: scripts out, compress, hold',
    timed(() => {
      const body = Buffer.from(withoutFrameworkScripts(page) ?? page);
      if (isSharedAnswer(200, { 'cache-control': 's-maxage=60' })) gzipSync(body);
    }, 2_000),
  ],
];
printTable(
  ['step', 'per request'],
  rows.map(([step, nanoseconds]) => [step, `${(nanoseconds / 1000).toFixed(2)} µs`]),
);
console.log(
  `\n${ROUNDS.toLocaleString('en-GB')} rounds each (2,000 for the last), on a ${Math.round(Buffer.byteLength(page) / 1024)} KB page. Reading the target, dropping the headers and finding the held answer are paid on every request; a held answer is then sent from memory, and the last row once per page and hold.`,
);
