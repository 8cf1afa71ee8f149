import { gzipSync } from 'node:zlib';
import {
  HeldAnswers,
  heldKey,
  isSharedAnswer,
  isSharedRequest,
} from '../../lib/server/held-answers';
import { frontDoor } from '../../lib/requests/front-door';
import { dropInternalHeaders } from '../../lib/requests/internal-headers';
import { readPublicAddresses } from '../../lib/requests/public-addresses';
import { readTarget } from '../../lib/requests/request-target';
import { withoutFrameworkScripts } from '../../lib/server/scriptless';
import { printTable } from './table';

/*
 * `npm run bench:front-door`: what the server's own code costs a request before Next runs
 * (lib/server/server.ts), in process: the whole front door (lib/requests/front-door.ts) for a
 * site of 600 articles, and within it reading the target and dropping Next's internal headers;
 * then finding a held answer; and, for comparison, what holding saves: taking Next's scripts
 * out of a page and compressing it, which is done once per page and hold. A figure that grows
 * between runs is per-request work that has crept in; the door's budget is printed with it.
 * Prints a table.
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

/** The front door's list for 60 editions of 10 articles, each with its views. */
const views = ['', '/plain.txt', '/card.png'];
const opens = Object.fromEntries(
  Array.from({ length: 60 }, (_, edition) =>
    Array.from({ length: 10 }, (_, article) =>
      views.map((view) => [`/editions/${edition + 1}/article-${article + 1}${view}`, '']),
    ).flat(),
  ).flat(),
);
opens[target] = '';
const door = {
  addresses: readPublicAddresses({
    contentParts: ['/editions/', '/sections/', '/topics/'],
    opens,
    removed: {},
    timeZone: 'Europe/London',
  }),
  previewSecret: undefined,
  timeZone: 'Europe/London',
};

/** The most the front door may cost a request before it is worth a look (it is paid by all). */
const DOOR_BUDGET_MICROSECONDS = 20;

const doorCost = timed(() => frontDoor({ method: 'GET', target, headers: browserHeaders() }, door));
const rows: [string, number][] = [
  ['the front door, whole (headers copied in)', doorCost],
  ['  read the target', timed(() => readTarget(target, 'magazine.example.org'))],
  ['  drop internal headers', timed(() => dropInternalHeaders(browserHeaders()))],
  ['  (copying the headers, in the lines above)', timed(() => browserHeaders())],
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
  `\n${ROUNDS.toLocaleString('en-GB')} rounds each (2,000 for the last), on a ${Math.round(Buffer.byteLength(page) / 1024)} KB page. The front door and finding the held answer are paid on every request; a held answer is then sent from memory, and the last row once per page and hold.`,
);
const within = doorCost / 1000 <= DOOR_BUDGET_MICROSECONDS;
console.log(
  `The front door: ${(doorCost / 1000).toFixed(2)} µs a request, ${within ? 'within' : 'OVER'} its budget of ${DOOR_BUDGET_MICROSECONDS} µs.`,
);
