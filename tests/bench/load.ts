import autocannon from 'autocannon';
import { getEditions } from '../../lib/library/getters';
import { articlePath, editionPath, plainViewPath, textFilePath } from '../../lib/site/urls';
import { residentMemory, startNext, startNginx } from '../support/servers';

/*
 * `npm run load`: 60 connections for 60 seconds across every page type, through the
 * production setup (nginx.conf in front of the standalone server), against a build that must already
 * exist (npm run build). Reports errors, timeouts and non-2xx answers, the latency
 * percentiles, and the server's memory after warm-up and at the end. Loopback only.
 */

// nginx.conf lets one address hold 64 connections (more are answered 429), and every
// connection here comes from one address; many readers come from many.
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 60);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const WARM_UP_SECONDS = Number(process.env.LOAD_WARM_UP_SECONDS ?? 70);

const [latest] = getEditions();
if (!latest) throw new Error('There is no edition to load.');
const paths = [
  '/',
  '/editions',
  editionPath(latest.number),
  ...latest.articles.map((article) => articlePath(latest.number, article.slug)),
  plainViewPath(latest.number),
  textFilePath(latest.number),
  '/feed.xml',
  '/sitemap.xml',
  // Not search: nginx.conf allows each address four searches a second, and every request here
  // comes from one address. `npm run bench:search` times the queries themselves.
];

const next = await startNext(3300);
const proxy = await startNginx(3380, 3300);
if (!proxy) {
  await next.stop();
  throw new Error('nginx is needed for the production setup: sudo apt-get install nginx');
}

try {
  // Warm-up: every page once through the proxy, then load at full strength until the pages'
  // first minute is up and Next has regenerated them once, so the memory measured after it
  // includes the regeneration caches.
  for (const path of paths) await fetch(`${proxy.url}${path}`);
  await autocannon({
    url: proxy.url,
    connections: CONNECTIONS,
    duration: WARM_UP_SECONDS,
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
  const warm = residentMemory(next.process.pid);

  const errorKinds = new Map<string, number>();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const run = autocannon(
      {
        url: proxy.url,
        connections: CONNECTIONS,
        duration: SECONDS,
        timeout: 10,
        requests: paths.map((path) => ({ method: 'GET', path })),
      },
      (error, output) => (error ? reject(error) : resolve(output)),
    );
    run.on('reqError', (error: Error) =>
      errorKinds.set(error.message, (errorKinds.get(error.message) ?? 0) + 1),
    );
  });
  const end = residentMemory(next.process.pid);

  const rows: [string, string][] = [
    ['connections, seconds', `${CONNECTIONS}, ${SECONDS}`],
    ['page types', String(paths.length)],
    ['requests', String(result.requests.total)],
    ['requests per second (mean)', result.requests.average.toFixed(0)],
    [
      'errors',
      `${result.errors}${errorKinds.size ? ` (${[...errorKinds].map(([kind, count]) => `${kind}: ${count}`).join(', ')})` : ''}`,
    ],
    ['timeouts', String(result.timeouts)],
    ['non-2xx answers', String(result.non2xx)],
    [
      'latency p50 / p99 / max',
      `${result.latency.p50} / ${result.latency.p99} / ${result.latency.max} ms`,
    ],
    ['Next server memory after warm-up', `${warm} MB`],
    ['Next server memory at the end', `${end} MB (${(end / warm).toFixed(2)}×)`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
  const failed = result.errors + result.timeouts + result.non2xx > 0 || end > warm * 1.2;
  console.log(
    failed
      ? '\nFAILED: errors, timeouts, non-2xx answers, or memory grew by more than 1.2×.'
      : '\nPassed: no failed responses, and memory stayed within 1.2×.',
  );
  process.exitCode = failed ? 1 : 0;
} finally {
  await proxy.stop();
  await next.stop();
}
