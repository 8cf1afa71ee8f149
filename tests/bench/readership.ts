import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getEditions } from '../../lib/library/getters';
import { pdfPath, plainViewPath, textFilePath } from '../../lib/site/urls';
import { AGENTS, logLine } from '../support/access-log';
import { printTable } from './table';

/*
 * `npm run bench:readership`: the readership report against GoAccess (Debian's `goaccess`, the
 * usual tool for reading access logs) on the same generated quarter of 1,000,000 requests to
 * the sample content: pages of every format, assets, bots, errors and searches. Each runs three
 * times; the table gives the fastest and slowest.
 */

const LINES = Number(process.env.READERSHIP_LINES ?? 1_000_000);
const RUNS = 3;

function goaccessBinary(): string | undefined {
  return ['/usr/bin/goaccess', '/usr/local/bin/goaccess'].find((file) => fs.existsSync(file));
}

/** A quarter's log: mostly pages and assets from browsers, with bots, errors and searches. */
function writeQuarter(file: string): void {
  const editions = getEditions('public');
  const addresses = editions.flatMap((edition) => [
    `/editions/${edition.number}`,
    plainViewPath(edition.number),
    textFilePath(edition.number),
    pdfPath(edition.number),
    ...edition.articles.map((article) => `/editions/${edition.number}/${article.slug}`),
  ]);
  const assets = ['/_next/static/chunks/main.js', '/_next/static/css/app.css', '/icon.svg'];
  const agents = [AGENTS.firefox, AGENTS.safari, AGENTS.edge];
  const out = fs.openSync(file, 'w');
  let chunk: string[] = [];
  let seed = 42;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  for (let index = 0; index < LINES; index += 1) {
    const day = new Date(Date.UTC(2026, 9, 1) + Math.floor((index / LINES) * 92) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const roll = random();
    chunk.push(
      logLine({
        client: `10.${Math.floor(random() * 40)}.${Math.floor(random() * 250)}.${Math.floor(random() * 250)}`,
        day,
        path:
          roll < 0.45
            ? pick(addresses)
            : roll < 0.85
              ? pick(assets)
              : roll < 0.9
                ? `/search?q=${pick(['beacon', 'training', 'harbour', 'events'])}`
                : roll < 0.95
                  ? '/editions/9/no-such-page'
                  : '/',
        status: roll > 0.9 && roll < 0.95 ? 404 : 200,
        referrer: roll < 0.1 ? 'https://www.partner.example.org/news' : undefined,
        agent: roll > 0.97 ? AGENTS.googlebot : pick(agents),
      }),
    );
    if (chunk.length === 10_000) {
      fs.writeSync(out, `${chunk.join('\n')}\n`);
      chunk = [];
    }
  }
  if (chunk.length) fs.writeSync(out, `${chunk.join('\n')}\n`);
  fs.closeSync(out);
}

function time(command: string, args: readonly string[]): number[] {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    execFileSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
    times.push((performance.now() - started) / 1000);
  }
  return times.sort((a, b) => a - b);
}

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'masthead-readership-'));
const log = path.join(scratch, 'access.log');
writeQuarter(log);
const size = fs.statSync(log).size;
console.log(
  `\n## Readership report against GoAccess: ${LINES.toLocaleString('en-GB')} lines, ${(size / 1024 / 1024).toFixed(0)} MB\n`,
);

const ours = time(process.execPath, [
  path.join('lib', 'cli', 'run.mjs'),
  'readership',
  '--json',
  log,
]);
const rows = [
  ['npm run readership -- --json', `${ours[0]!.toFixed(1)} s`, `${ours.at(-1)!.toFixed(1)} s`],
];
const goaccess = goaccessBinary();
if (goaccess) {
  const theirs = time(goaccess, [
    log,
    '--log-format=COMBINED',
    '--no-global-config',
    '-o',
    path.join(scratch, 'goaccess.json'),
  ]);
  rows.push([
    'goaccess (JSON report)',
    `${theirs[0]!.toFixed(1)} s`,
    `${theirs.at(-1)!.toFixed(1)} s`,
  ]);
} else {
  console.log(
    'goaccess is not installed (on Debian: apt-get install goaccess); only our figure is given.',
  );
}
printTable(['tool', 'fastest of 3', 'slowest of 3'], rows);
fs.rmSync(scratch, { recursive: true, force: true });
