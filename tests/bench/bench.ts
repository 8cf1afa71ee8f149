import autocannon from 'autocannon';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { codeVersion, KeptResults } from '../../lib/library/kept-results';
import { readMediaBytes } from '../../lib/content/folder';
import { loadLibrary } from '../../lib/library/load';
import { editionPdf } from '../../lib/outputs/pdf/edition-pdf';
import { site } from '../../lib/content/site';
import { articlePath, editionPath, plainViewPath, textFilePath } from '../../lib/site/urls';
import { residentMemory, root, startNext, startNginx, type Server } from '../support/servers';
import {
  measureReadingPages,
  median,
  READING_COLUMNS,
  READING_TARGETS,
  readingPages,
  readingRows,
} from './reading-lab';
import { writeSyntheticArchive } from './synthetic-archive';
import { printTable } from './table';

/*
 * `npm run bench`: the performance figures in one run, on synthetic archives of N editions of
 * six realistic articles, in a temporary folder:
 *
 * 1. content loading and checking for N = 10, 100 and 1000, afresh and from kept results, and
 *    the time to write each sample edition's PDF and its size;
 * 2. `next build` time and peak memory for N = 10 and 100, the cost of each extra article, and
 *    the same again with the build's caches kept (kept loader results and preview images);
 * 3. `npm run check` for 100 editions, and again after one file changed;
 * 4. requests a second and latency for five page types at 10 and 50 connections, against
 *    `npm start` (Next's standalone server), the recommended setup (nginx.conf in front of it)
 *    and nginx sending the same bytes as static files;
 * 5. HTML and JavaScript bytes per page type, raw and gzipped;
 * 6. the server's memory before and after the load;
 * 7. lab figures for each reading page type (as `npm run bench:reading`) on the 100 editions;
 *
 * and last, every target against its figure. Every server listens on 127.0.0.1 and is stopped
 * by its process id. BENCH_SECONDS sets the length of each load run (default 5).
 */

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'masthead-bench-'));
// nginx's workers run as an unprivileged user, who must be able to read the static copies.
fs.chmodSync(scratch, 0o755);
const ms = (value: number) => `${value.toFixed(0)} ms`;
/** Each target with its figure, printed together at the end. */
const targets: { what: string; target: string; figure: string; met: boolean }[] = [];

function section(title: string) {
  console.log(`\n## ${title}\n`);
}

function timed(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

// 1. Content loading.
section('Content loading and checking (in process)');
const archives = new Map<number, string>();
{
  const rows: string[][] = [];
  const version = codeVersion(root) ?? 'unknown';
  for (const editions of [10, 100, 1000]) {
    const folder = path.join(scratch, `content-${editions}`);
    const { articles } = writeSyntheticArchive(folder, editions);
    archives.set(editions, folder);
    const figures = [true, false].flatMap((render) => {
      const kept = new KeptResults(path.join(scratch, `kept-${editions}-${render}`), version);
      const fresh = timed(() => loadLibrary(folder, site, { render }));
      timed(() => loadLibrary(folder, site, { render, kept }));
      const again = timed(() => loadLibrary(folder, site, { render, kept }));
      fs.rmSync(kept.folder, { recursive: true, force: true });
      return [fresh, again];
    });
    const [full = 0, fullKept = 0, check = 0, checkKept = 0] = figures;
    rows.push([
      String(editions),
      String(articles),
      ms(full),
      `${(full / articles).toFixed(2)} ms`,
      ms(fullKept),
      ms(check),
      ms(checkKept),
    ]);
    if (editions === 1000) {
      targets.push(
        {
          what: 'load 1,000 editions, afresh',
          target: '10 s',
          figure: ms(full),
          met: full <= 10_000,
        },
        {
          what: 'load 1,000 editions, from kept results',
          target: '10 s',
          figure: ms(fullKept),
          met: fullKept <= 10_000,
        },
      );
    }
  }
  printTable(
    [
      'editions',
      'articles',
      'load and render',
      'per article',
      'from kept results',
      'check only',
      'check from kept results',
    ],
    rows,
  );
}

// 1b. The PDF edition of each sample edition: the first written in this process pays for
// loading PDFKit and the fonts, as the first PDF of a build does; the target is 5 s each.
section('PDF editions of the sample content (in process)');
{
  const sample = loadLibrary(path.join(root, 'content'), site);
  const rows: string[][] = [];
  for (const edition of sample.editions) {
    const media = sample.media.get(edition.number);
    const write = () =>
      editionPdf(edition, site, async (name) => {
        const file = media?.get(name);
        return file && { bytes: await readMediaBytes(file), contentType: file.contentType };
      });
    let started = performance.now();
    const bytes = await write();
    const first = performance.now() - started;
    started = performance.now();
    await write();
    const again = performance.now() - started;
    const pages = (new TextDecoder('latin1').decode(bytes).match(/\/Type \/Page\b/g) ?? []).length;
    rows.push([
      String(edition.number),
      String(pages),
      `${(bytes.byteLength / 1024).toFixed(0)} KB`,
      ms(first),
      ms(again),
    ]);
  }
  printTable(['edition', 'pages', 'size', 'written (first)', 'written again'], rows);
}

// 2. next build for N = 10 and 100, each into its own folder, then again with its cache kept.
section('next build');
const builds = new Map<number, string>();
{
  const rows: string[][] = [];
  const results: { editions: number; fresh: number; again: number; outputs: number }[] = [];
  for (const editions of [10, 100]) {
    const distDir = `.next-bench-${editions}`;
    fs.rmSync(path.join(root, distDir), { recursive: true, force: true });
    const fresh = await timedBuild(distDir, archives.get(editions) ?? '');
    // The same content again: the loader's kept results, the preview images and Next's own
    // compiler cache are all in <distDir>/cache, as the publishing pipeline keeps it.
    const again = await timedBuild(distDir, archives.get(editions) ?? '');
    builds.set(editions, distDir);
    // Not timed: the step `npm run build` takes after next build, so the standalone server has
    // its assets and the list of public addresses of this content.
    execFileSync('npx', ['tsx', 'lib/cli/standalone.ts'], {
      cwd: root,
      env: {
        ...process.env,
        NEXT_DIST_DIR: distDir,
        MASTHEAD_CONTENT_DIR: archives.get(editions) ?? '',
      },
      stdio: 'ignore',
    });
    const manifest = JSON.parse(
      fs.readFileSync(path.join(root, distDir, 'prerender-manifest.json'), 'utf8'),
    ) as { routes: Record<string, unknown> };
    const outputs = Object.keys(manifest.routes).length;
    results.push({ editions, fresh: fresh.seconds, again: again.seconds, outputs });
    rows.push([
      String(editions),
      String(editions * 6),
      String(outputs),
      `${fresh.seconds.toFixed(1)} s`,
      `${again.seconds.toFixed(1)} s`,
      `${Math.max(fresh.peak, again.peak)} MB`,
    ]);
  }
  printTable(
    [
      'editions',
      'articles',
      'prerendered outputs',
      'build time',
      'again, cache kept',
      'peak memory (all processes)',
    ],
    rows,
  );
  const [small, large] = results;
  if (small && large) {
    const articles = (large.editions - small.editions) * 6;
    const perArticle = ((large.fresh - small.fresh) * 1000) / articles;
    const perArticleAgain = ((large.again - small.again) * 1000) / articles;
    const perOutput = ((large.fresh - small.fresh) * 1000) / (large.outputs - small.outputs);
    console.log(
      `\nEach extra article (its page, text file, preview image and calendar files together): ${perArticle.toFixed(1)} ms, ${perArticleAgain.toFixed(1)} ms with the cache kept; each extra prerendered output: ${perOutput.toFixed(1)} ms.`,
    );
    targets.push(
      {
        what: 'build per extra article',
        target: '20 ms',
        figure: ms(perArticle),
        met: perArticle <= 20,
      },
      {
        what: 'build per extra article, cache kept',
        target: '20 ms',
        figure: ms(perArticleAgain),
        met: perArticleAgain <= 20,
      },
    );
  }
}

/** Runs `next build`, sampling the memory of its whole process tree. */
function timedBuild(
  distDir: string,
  contentDir: string,
): Promise<{ seconds: number; peak: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(
      process.execPath,
      [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'],
      {
        cwd: root,
        env: {
          ...process.env,
          NEXT_TELEMETRY_DISABLED: '1',
          NEXT_DIST_DIR: distDir,
          MASTHEAD_CONTENT_DIR: contentDir,
        },
        stdio: 'ignore',
      },
    );
    let peak = 0;
    const sampler = setInterval(() => {
      peak = Math.max(peak, residentMemory(child.pid));
    }, 200);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearInterval(sampler);
      if (code === 0) resolve({ seconds: (performance.now() - started) / 1000, peak });
      else reject(new Error(`next build failed for ${contentDir}`));
    });
  });
}

// 3. npm run check on 100 editions, then after one file changed.
section('npm run check, 100 editions (600 articles)');
{
  const folder = archives.get(100) ?? '';
  // As an editor types it, and the same command without npm starting first.
  const check = (command: 'npm' | 'node' = 'npm') => {
    const started = performance.now();
    const args = command === 'npm' ? ['run', '--silent', 'check'] : ['lib/cli/run.mjs', 'check'];
    const output = execFileSync(command, args, {
      cwd: root,
      // Its kept results go into the benchmark's build folder, removed at the end.
      env: { ...process.env, MASTHEAD_CONTENT_DIR: folder, NEXT_DIST_DIR: '.next-bench-100' },
      encoding: 'utf8',
    });
    const own = Number(/\((\d+) ms\)\.?\s*$/.exec(output.trim())?.[1] ?? NaN);
    return { own, wall: performance.now() - started };
  };
  // The build kept the check's results too (next.config.ts reads the content): start without.
  fs.rmSync(path.join(root, '.next-bench-100', 'cache', 'content', 'check'), {
    recursive: true,
    force: true,
  });
  const first = check();
  const edition = fs.readdirSync(path.join(folder, 'editions')).sort()[50] ?? '';
  const changed = path.join(folder, 'editions', edition, '03-story-3.md');
  fs.appendFileSync(changed, '\nOne more sentence for the re-check.\n');
  const after = check();
  fs.appendFileSync(changed, '\nAnd another.\n');
  const withoutNpm = check('node');
  printTable(
    ['run', 'own timing', 'wall clock, with start-up'],
    [
      ['npm run check, nothing kept (the first check)', ms(first.own), ms(first.wall)],
      [
        `npm run check, after ${path.relative(folder, changed)} changed`,
        ms(after.own),
        ms(after.wall),
      ],
      [
        'node lib/cli/run.mjs check, after it changed again',
        ms(withoutNpm.own),
        ms(withoutNpm.wall),
      ],
    ],
  );
  targets.push(
    {
      what: 'npm run check after one file changed, 600 articles',
      target: '500 ms',
      figure: ms(after.own),
      met: after.own <= 500,
    },
    {
      what: 'the same, wall clock with npm starting',
      target: '500 ms',
      figure: ms(after.wall),
      met: after.wall <= 500,
    },
    {
      what: 'the same, wall clock without npm',
      target: '500 ms',
      figure: ms(withoutNpm.wall),
      met: withoutNpm.wall <= 500,
    },
  );
}

// 4–6. Serving, against the 100-edition build.
const distDir = builds.get(100) ?? '.next';
const content = archives.get(100) ?? '';
const servedLibrary = loadLibrary(content, site);
const latest = servedLibrary.editions[0];
if (!latest) throw new Error('no edition');
const pageTypes: [string, string][] = [
  ['home', '/'],
  ['edition', editionPath(latest.number)],
  ['article', articlePath(latest.number, latest.articles[0]?.slug ?? '')],
  ['plain view', plainViewPath(latest.number)],
  ['text file', textFilePath(latest.number)],
];

const next = await startNext(3400, distDir, { MASTHEAD_CONTENT_DIR: content });
let proxy: Server | undefined;
let files: Server | undefined;
try {
  const memoryBefore = residentMemory(next.process.pid);

  // 5. Page weight.
  section('Page weight (100 editions)');
  const weightRows: string[][] = [];
  const staticRoot = path.join(scratch, 'static');
  for (const [name, pagePath] of pageTypes) {
    const response = await fetch(`${next.url}${pagePath}`);
    const body = Buffer.from(await response.arrayBuffer());
    // Keep the same bytes for nginx to send as a static file.
    const file = path.join(
      staticRoot,
      pagePath === '/' ? 'index.html' : path.extname(pagePath) ? pagePath : `${pagePath}.html`,
    );
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, body);
    const scripts = [...body.toString('utf8').matchAll(/<script[^>]+src="([^"]+)"/g)].map(
      (match) => match[1] ?? '',
    );
    let js = 0;
    let jsGzip = 0;
    for (const script of new Set(scripts)) {
      const bytes = Buffer.from(await (await fetch(`${next.url}${script}`)).arrayBuffer());
      js += bytes.length;
      jsGzip += gzipSync(bytes).length;
    }
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    weightRows.push([
      name,
      kb(body.length),
      kb(gzipSync(body).length),
      String(new Set(scripts).size),
      kb(js),
      kb(jsGzip),
    ]);
  }
  printTable(
    ['page', 'HTML', 'HTML gzipped', 'scripts', 'JavaScript', 'JavaScript gzipped'],
    weightRows,
  );

  proxy = await startNginx(3480, 3400);
  files = await startStaticNginx(staticRoot, 3490);

  // 4. Serving.
  section(`Serving (${SECONDS} s a run, loopback)`);
  const servingRows: string[][] = [];
  const ratios: { connections: number; name: string; alone: number; recommended: number }[] = [];
  for (const connections of [10, 50]) {
    for (const [name, pagePath] of pageTypes) {
      const measured: { rps: number; p50: number; p99: number }[] = [];
      for (const target of [next.url, proxy?.url, files?.url]) {
        if (!target) {
          measured.push({ rps: 0, p50: 0, p99: 0 });
          continue;
        }
        const check = await fetch(`${target}${pagePath}`);
        const expected = Buffer.from(await check.arrayBuffer()).length;
        const result = await autocannon({
          url: `${target}${pagePath}`,
          connections,
          duration: SECONDS,
        });
        // A figure only counts if every answer was the page itself: no errors, no redirects or 404s.
        if (check.status !== 200 || result.non2xx > 0 || result.errors > 0) {
          throw new Error(
            `${target}${pagePath}: status ${check.status}, ${result.non2xx} non-2xx answers, ${result.errors} errors`,
          );
        }
        const bytesPerAnswer = result.throughput.average / result.requests.average;
        if (Math.abs(bytesPerAnswer - expected) > expected * 0.2 + 2048) {
          throw new Error(
            `${target}${pagePath}: answers averaged ${bytesPerAnswer.toFixed(0)} bytes, the page is ${expected}`,
          );
        }
        measured.push({
          rps: result.requests.average,
          p50: result.latency.p50,
          p99: result.latency.p99,
        });
      }
      const [plain, recommended, nginx] = measured as [
        (typeof measured)[0],
        (typeof measured)[0],
        (typeof measured)[0],
      ];
      const ratio = (value: number) => (nginx.rps ? `${(value / nginx.rps).toFixed(2)}×` : 'n/a');
      if (nginx.rps)
        ratios.push({
          connections,
          name,
          alone: plain.rps / nginx.rps,
          recommended: recommended.rps / nginx.rps,
        });
      servingRows.push([
        String(connections),
        name,
        `${plain.rps.toFixed(0)} (${plain.p50}/${plain.p99})`,
        `${recommended.rps.toFixed(0)} (${recommended.p50}/${recommended.p99})`,
        `${nginx.rps.toFixed(0)} (${nginx.p50}/${nginx.p99})`,
        ratio(plain.rps),
        ratio(recommended.rps),
      ]);
    }
  }
  printTable(
    [
      'conns',
      'page',
      'npm start rps (p50/p99 ms)',
      'nginx + next rps (p50/p99 ms)',
      'nginx static rps (p50/p99 ms)',
      'npm start ÷ nginx',
      'recommended ÷ nginx',
    ],
    servingRows,
  );

  const article = ratios.filter((entry) => entry.name === 'article');
  if (article.length > 0) {
    const lowest = Math.min(...article.map((entry) => entry.alone));
    targets.push({
      what: '`npm start` alone ÷ nginx sending the same bytes, an article',
      target: '0.11× (goal 0.2×)',
      figure: `${lowest.toFixed(2)}×`,
      met: lowest >= 0.11,
    });
  }
  if (ratios.length > 0 && proxy) {
    const lowest = Math.min(...ratios.map((entry) => entry.recommended));
    targets.push({
      what: 'nginx.conf in front ÷ nginx sending the same bytes, every page type',
      target: '0.9×',
      figure: `${lowest.toFixed(2)}×`,
      met: lowest >= 0.9,
    });
  }

  // Where a request's time goes in the server's own code before Next (npm run bench:front-door).
  section('The server’s own code before Next, per request (in process)');
  console.log(
    execFileSync(
      process.execPath,
      [
        path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
        path.join(root, 'tests', 'bench', 'front-door.ts'),
      ],
      {
        encoding: 'utf8',
      },
    ),
  );

  // 6. Memory.
  section('Server memory');
  const memoryAfter = residentMemory(next.process.pid);
  console.log(`Next server before the load: ${memoryBefore} MB; after: ${memoryAfter} MB`);
  targets.push({
    what: 'server memory after the load, 100 editions',
    target: '300 MB',
    figure: `${memoryAfter} MB`,
    met: memoryAfter <= 300,
  });

  // 7. Reading pages in the browser.
  section('Reading pages in a throttled phone browser (100 editions)');
  const figures = await measureReadingPages(next.url, readingPages(servedLibrary, 'partners'));
  printTable(READING_COLUMNS, readingRows(figures));
  const { javascriptKb, lcpMs, tbtMs } = READING_TARGETS;
  for (const row of figures) {
    const kb = row.javascript / 1024;
    targets.push(
      {
        what: `${row.page}: JavaScript`,
        target: `${javascriptKb} KB`,
        figure: `${kb.toFixed(1)} KB`,
        met: kb <= javascriptKb,
      },
      {
        what: `${row.page}: largest paint (median)`,
        target: `${lcpMs} ms`,
        figure: ms(median(row.lcp)),
        met: median(row.lcp) <= lcpMs,
      },
      {
        what: `${row.page}: blocking time (median)`,
        target: `${tbtMs} ms`,
        figure: ms(median(row.tbt)),
        met: median(row.tbt) <= tbtMs,
      },
    );
  }

  section('Targets');
  printTable(
    ['figure', 'target (at most)', 'measured', ''],
    targets.map((row) => [row.what, row.target, row.figure, row.met ? 'met' : 'MISSED']),
  );
} finally {
  await files?.stop();
  await proxy?.stop();
  await next.stop();
  for (const dist of builds.values())
    fs.rmSync(path.join(root, dist), { recursive: true, force: true });
  fs.rmSync(scratch, { recursive: true, force: true });
}

/** nginx sending a folder as static files: the yardstick for serving speed. */
async function startStaticNginx(folder: string, port: number): Promise<Server | undefined> {
  const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((candidate) => fs.existsSync(candidate));
  if (!nginx) return undefined;
  const prefix = path.join(scratch, 'nginx-static');
  fs.mkdirSync(prefix, { recursive: true });
  const config = path.join(prefix, 'static.conf');
  fs.writeFileSync(
    config,
    [
      'worker_processes auto;',
      `pid ${prefix}/nginx.pid;`,
      'events { worker_connections 1024; }',
      'http {',
      '  access_log off;',
      '  sendfile on;',
      '  include /etc/nginx/mime.types;',
      '  keepalive_requests 100000;',
      '  server {',
      `    listen 127.0.0.1:${port};`,
      `    root ${folder};`,
      '    index index.html;',
      '    location / { try_files $uri $uri.html $uri/ =404; }',
      '  }',
      '}',
      '',
    ].join('\n'),
  );
  const child = spawn(
    '/bin/sh',
    ['-c', `exec ${nginx} -c ${config} -p ${prefix}/ -e ${prefix}/error.log -g "daemon off;"`],
    { stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 50; attempt += 1) {
    try {
      await fetch(`${url}/`);
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    process: child,
    url,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
