import { chromium, type Browser } from '@playwright/test';
import type { Library } from '../../lib/content/types';
import { slugify } from '../../lib/site/slug';
import {
  archivePath,
  articlePath,
  editionPath,
  searchPath,
  sectionPath,
  topicsPath,
} from '../../lib/site/urls';
import { chromiumLaunchOptions } from '../support/chromium';

/*
 * Lab figures for reading pages, as Lighthouse's mobile run takes them but measured with
 * Playwright and Chromium: a phone-sized screen, the CPU slowed four times and a slow 4G link
 * (150 ms round trip, 1.6 Mbit/s down), a cold cache each time. For each page: the JavaScript
 * transferred, the link prefetches it fires by itself, when its largest element painted and
 * what it was, and the total blocking time (each main-thread task after the first paint, less
 * 50 ms). Figures are medians of `runs` loads, with the range.
 */

/** One address of each reading page type of a library, named by type. */
export function readingPages(library: Library, searchFor: string): [string, string][] {
  const latest = library.editions.find((edition) => !edition.draft);
  if (!latest) throw new Error('The content has no public edition.');
  const lead = latest.articles.find((article) => !article.draft) ?? latest.articles[0];
  return [
    ['home', '/'],
    ['archive', archivePath],
    ['edition', editionPath(latest.number)],
    ['article', articlePath(latest.number, lead?.slug ?? '')],
    ['section', sectionPath(slugify(lead?.section ?? 'news'))],
    ['topic list', topicsPath],
    ['search', `${searchPath}?q=${encodeURIComponent(searchFor)}`],
  ];
}

export interface ReadingFigures {
  page: string;
  scripts: number;
  /** Bytes of JavaScript transferred (compressed, as sent). */
  javascript: number;
  prefetches: number;
  lcp: number[];
  tbt: number[];
  lcpElement: string;
}

const OBSERVE = `
  window.__lab = { lcp: 0, element: '', fcp: 0, tasks: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__lab.lcp = entry.startTime;
      const node = entry.element;
      window.__lab.element = node ? node.tagName.toLowerCase() + (entry.url ? ' (image)' : ' (text)') : '';
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.name === 'first-contentful-paint') window.__lab.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      window.__lab.tasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
`;

export async function measureReadingPages(
  site: string,
  pages: readonly (readonly [string, string])[],
  runs = 3,
): Promise<ReadingFigures[]> {
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const figures: ReadingFigures[] = pages.map(([page]) => ({
      page,
      scripts: 0,
      javascript: 0,
      prefetches: 0,
      lcp: [],
      tbt: [],
      lcpElement: '',
    }));
    // Interleaved rounds, so a slow moment of the machine does not fall on one page alone.
    for (let round = 0; round < runs; round += 1)
      for (const [index, [, address]] of pages.entries()) {
        const result = await loadOnce(browser, `${site}${address}`);
        const row = figures[index];
        if (!row) continue;
        row.scripts = result.scripts;
        row.javascript = result.javascript;
        row.prefetches = result.prefetches;
        row.lcp.push(result.lcp);
        row.tbt.push(result.tbt);
        row.lcpElement = result.lcpElement;
      }
    return figures;
  } finally {
    await browser.close();
  }
}

async function loadOnce(browser: Browser, url: string) {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const scripts = new Map<string, number>();
  let prefetches = 0;
  cdp.on('Network.requestWillBeSent', (event) => {
    const headers = event.request.headers as Record<string, string>;
    const named = Object.keys(headers).map((name) => name.toLowerCase());
    if (named.includes('next-router-prefetch') || /[?&]_rsc=/.test(event.request.url))
      prefetches += 1;
  });
  const types = new Map<string, string>();
  cdp.on('Network.responseReceived', (event) => types.set(event.requestId, event.type));
  cdp.on('Network.loadingFinished', (event) => {
    if (types.get(event.requestId) === 'Script')
      scripts.set(event.requestId, event.encodedDataLength);
  });
  await page.addInitScript(OBSERVE);
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  // Hydration and prefetching go on after the load event; Lighthouse waits for a quiet page.
  await page.waitForTimeout(4_000);
  const lab = (await page.evaluate('window.__lab')) as {
    lcp: number;
    element: string;
    fcp: number;
    tasks: [number, number][];
  };
  await context.close();
  const tbt = lab.tasks
    .filter(([start]) => start >= lab.fcp)
    .reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
  return {
    scripts: scripts.size,
    javascript: [...scripts.values()].reduce((sum, bytes) => sum + bytes, 0),
    prefetches,
    lcp: lab.lcp,
    tbt,
    lcpElement: lab.element,
  };
}

/** The median of a list of figures, and its range. */
export function medianWithRange(values: readonly number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = median(values);
  const low = sorted[0] ?? 0;
  const high = sorted[sorted.length - 1] ?? 0;
  return `${middle.toFixed(0)} (${low.toFixed(0)}–${high.toFixed(0)})`;
}

/** The lab figures as a table's rows, for the columns of READING_COLUMNS. */
export function readingRows(figures: readonly ReadingFigures[]): string[][] {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  return figures.map((row) => [
    row.page,
    `${kb(row.javascript)} (${row.scripts})`,
    String(row.prefetches),
    medianWithRange(row.lcp),
    medianWithRange(row.tbt),
    row.lcpElement,
  ]);
}

export const READING_COLUMNS = [
  'page',
  'JavaScript (scripts)',
  'prefetches',
  'largest paint ms',
  'blocking ms',
  'largest element',
];

/** The targets reading pages are held to, in the lab and by Lighthouse (its score). */
export const READING_TARGETS = { javascriptKb: 144, lcpMs: 2000, tbtMs: 200, lighthouseScore: 95 };

/** The median of a list of figures. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
