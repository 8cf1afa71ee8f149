import path from 'node:path';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { loadLibrary } from '../../lib/library/load';
import { site } from '../../lib/content/site';
import { chromiumLaunchOptions } from '../support/chromium';
import { median, medianWithRange, READING_TARGETS, readingPages } from './reading-lab';
import { root, startNext } from '../support/servers';
import { printTable } from './table';

/*
 * `npm run bench:lighthouse`: Lighthouse's own mobile performance run (its default: a phone
 * screen, slow 4G and a CPU four times slower, simulated) on each reading page type of the
 * sample content, from the production build in .next (run npm run build first). Lighthouse
 * drives the same Chromium as the browser tests. LIGHTHOUSE_RUNS sets the runs of each page
 * (default 3); the figures are medians with their range. `npm run bench:reading` measures the
 * same things with Playwright alone, in a real (not simulated) slowed browser.
 */

const DEBUGGING_PORT = 9333;

interface Run {
  score: number;
  tbt: number;
  lcp: number;
  javascript: number;
}

interface NetworkRequest {
  resourceType?: string;
  transferSize?: number;
}

async function audit(url: string): Promise<Run> {
  const result = await lighthouse(url, {
    port: DEBUGGING_PORT,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance'],
  });
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  const { categories, audits, runtimeError } = result.lhr;
  if (runtimeError) throw new Error(`Lighthouse on ${url}: ${runtimeError.message}`);
  const requests = (audits['network-requests']?.details as { items?: NetworkRequest[] })?.items;
  return {
    score: Math.round((categories.performance?.score ?? 0) * 100),
    tbt: audits['total-blocking-time']?.numericValue ?? 0,
    lcp: audits['largest-contentful-paint']?.numericValue ?? 0,
    javascript: (requests ?? [])
      .filter((request) => request.resourceType === 'Script')
      .reduce((sum, request) => sum + (request.transferSize ?? 0), 0),
  };
}

const library = loadLibrary(path.join(root, 'content'), site, { render: false });
const pages = readingPages(library, 'beacon');
const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const server = await startNext(3451, '.next');
const browser = await chromium.launch({
  ...chromiumLaunchOptions,
  args: [...chromiumLaunchOptions.args, `--remote-debugging-port=${DEBUGGING_PORT}`],
});
try {
  const results = new Map<string, Run[]>(pages.map(([page]) => [page, []]));
  // Interleaved rounds, so a slow moment of the machine does not fall on one page alone.
  for (let round = 0; round < runs; round += 1)
    for (const [page, address] of pages) results.get(page)?.push(await audit(server.url + address));
  const { lcpMs, tbtMs, javascriptKb, lighthouseScore } = READING_TARGETS;
  const rows = [...results].map(([page, list]) => {
    const score = median(list.map((run) => run.score));
    const tbt = median(list.map((run) => run.tbt));
    const lcp = median(list.map((run) => run.lcp));
    const javascript = median(list.map((run) => run.javascript)) / 1024;
    const met =
      score >= lighthouseScore && tbt <= tbtMs && lcp <= lcpMs && javascript <= javascriptKb;
    return [
      page,
      medianWithRange(list.map((run) => run.score)),
      medianWithRange(list.map((run) => run.tbt)),
      medianWithRange(list.map((run) => run.lcp)),
      `${javascript.toFixed(1)} KB`,
      met ? 'met' : 'MISSED',
    ];
  });
  printTable(['page', 'score', 'blocking ms', 'largest paint ms', 'JavaScript', 'targets'], rows);
  console.log(
    `\nTargets: score at least ${lighthouseScore}, blocking time at most ${tbtMs} ms, largest paint at most ${lcpMs} ms, JavaScript at most ${javascriptKb} KB (Lighthouse ${runs} runs a page).`,
  );
} finally {
  await browser.close();
  await server.stop();
}
