import autocannon from 'autocannon';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadLibrary, readMediaBytes } from '../../lib/content/load';
import { editionPdf } from '../../lib/outputs/pdf/edition-pdf';
import { site } from '../../lib/site/settings';
import { articlePath, editionPath, plainViewPath, textFilePath } from '../../lib/site/urls';
import { residentMemory, root, startNext, startNginx, type Server } from './servers';
import { writeSyntheticArchive } from './synthetic-archive';
import { printTable } from './table';

/*
 * `npm run bench`: the performance figures in one run, on synthetic archives of N editions of
 * six realistic articles, in a temporary folder:
 *
 * 1. content loading and checking for N = 10, 100 and 1000, and the time to write each sample
 *    edition's PDF and its size;
 * 2. `next build` time and peak memory for N = 10 and 100, and the cost of each extra page;
 * 3. `npm run check` for 100 editions;
 * 4. requests a second and latency for five page types at 10 and 50 connections, against
 *    `npm start` (Next's standalone server), the recommended setup (nginx.conf in front of it)
 *    and nginx sending the same bytes as static files;
 * 5. HTML and JavaScript bytes per page type, raw and gzipped;
 * 6. the server's memory before and after the load.
 *
 * Every server listens on 127.0.0.1 and is stopped by its process id. BENCH_SECONDS sets the
 * length of each load run (default 5).
 */

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'masthead-bench-'));
// nginx's workers run as an unprivileged user, who must be able to read the static copies.
fs.chmodSync(scratch, 0o755);
const ms = (value: number) => `${value.toFixed(0)} ms`;

function section(title: string) {
  console.log(`\n## ${title}\n`);
}

// 1. Content loading.
section('Content loading and checking (in process)');
const archives = new Map<number, string>();
{
  const rows: string[][] = [];
  for (const editions of [10, 100, 1000]) {
    const folder = path.join(scratch, `content-${editions}`);
    const { articles } = writeSyntheticArchive(folder, editions);
    archives.set(editions, folder);
    let started = performance.now();
    loadLibrary(folder, site);
    const full = performance.now() - started;
    started = performance.now();
    loadLibrary(folder, site, { render: false });
    const check = performance.now() - started;
    rows.push([
      String(editions),
      String(articles),
      ms(full),
      `${(full / articles).toFixed(2)} ms`,
      ms(check),
    ]);
  }
  printTable(['editions', 'articles', 'load and render', 'per article', 'check only'], rows);
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

// 2. next build for N = 10 and 100, each into its own folder.
section('next build');
const builds = new Map<number, string>();
{
  const rows: string[][] = [];
  const results: { editions: number; seconds: number; outputs: number }[] = [];
  for (const editions of [10, 100]) {
    const distDir = `.next-bench-${editions}`;
    const { seconds, peak } = await timedBuild(distDir, archives.get(editions) ?? '');
    builds.set(editions, distDir);
    // Not timed: the copy `npm run build` makes after next build, so the standalone server has its assets.
    execFileSync('npx', ['tsx', 'lib/cli/standalone.ts'], {
      cwd: root,
      env: { ...process.env, NEXT_DIST_DIR: distDir },
      stdio: 'ignore',
    });
    const manifest = JSON.parse(
      fs.readFileSync(path.join(root, distDir, 'prerender-manifest.json'), 'utf8'),
    ) as { routes: Record<string, unknown> };
    const outputs = Object.keys(manifest.routes).length;
    results.push({ editions, seconds, outputs });
    rows.push([
      String(editions),
      String(editions * 6),
      String(outputs),
      `${seconds.toFixed(1)} s`,
      `${peak} MB`,
    ]);
  }
  printTable(
    ['editions', 'articles', 'prerendered outputs', 'build time', 'peak memory (all processes)'],
    rows,
  );
  const [small, large] = results;
  if (small && large) {
    const perArticle =
      ((large.seconds - small.seconds) * 1000) / ((large.editions - small.editions) * 6);
    const perOutput = ((large.seconds - small.seconds) * 1000) / (large.outputs - small.outputs);
    console.log(
      `\nEach extra article: ${perArticle.toFixed(1)} ms (its page, text file, preview image and calendar files together); each extra prerendered output: ${perOutput.toFixed(1)} ms.`,
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

// 3. npm run check on 100 editions.
section('npm run check, 100 editions (600 articles)');
{
  const started = performance.now();
  const output = execFileSync('npm', ['run', '--silent', 'check'], {
    cwd: root,
    env: { ...process.env, MASTHEAD_CONTENT_DIR: archives.get(100) ?? '' },
    encoding: 'utf8',
  });
  console.log(
    `${output.trim().split('\n').at(-1)}\nWall clock, with npm and TypeScript start-up: ${ms(performance.now() - started)}`,
  );
}

// 4–6. Serving, against the 100-edition build.
const distDir = builds.get(100) ?? '.next';
const content = archives.get(100) ?? '';
const { editions } = loadLibrary(content, site);
const latest = editions[0];
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

  // 6. Memory.
  section('Server memory');
  console.log(
    `Next server before the load: ${memoryBefore} MB; after: ${residentMemory(next.process.pid)} MB`,
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
