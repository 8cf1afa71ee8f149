#!/usr/bin/env node
/*
 * `npm test`: every test in one command. It finds (or, on Debian, installs) Chromium, runs
 * the unit tests, makes the static export and a production build, runs the browser tests
 * against them, and ends with one line, "N passed, N failed, N skipped", summing both suites.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { SHIFT_DAYS, writeScheduledFixture } from './support/scheduled-fixture.mjs';
import { writeTakedownFixture } from './support/takedown-fixture.mjs';
import { TEST_CONTENT_DIR } from './support/test-content.mjs';

const root = path.resolve(import.meta.dirname, '..');
const artifacts = path.join(root, 'tests', '.artifacts');
fs.rmSync(artifacts, { recursive: true, force: true });
fs.mkdirSync(artifacts, { recursive: true });

// Next checks the route types every build folder holds (tsconfig.json names them all), so types
// a build wrote for a route since removed would fail the next build: each is written afresh.
for (const entry of fs.readdirSync(root)) {
  if (!/^\.next(?:-[\w-]+)?$/.test(entry)) continue;
  for (const types of ['types', path.join('dev', 'types')])
    fs.rmSync(path.join(root, entry, types), { recursive: true, force: true });
}

function run(command, args, env = {}) {
  console.log(`\n$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
  });
  return result.status === 0;
}

function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((candidate) => candidate && fs.existsSync(candidate));
}

let aptUpdated = false;

/** Installs a Debian package when this is Debian and we may (root, or password-less sudo). */
function installDebianPackage(name, why) {
  if (!fs.existsSync('/etc/debian_version')) return false;
  const root = process.getuid?.() === 0;
  const sudo = !root && spawnSync('sudo', ['-n', 'true']).status === 0;
  if (!root && !sudo) return false;
  const prefix = root ? [] : ['sudo', '-n'];
  console.log(`${name} is missing: installing Debian's ${name} package ${why}.`);
  const [command, ...rest] = [...prefix, 'apt-get'];
  const environment = { DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) aptUpdated = run(command, [...rest, 'update', '-qq'], environment);
  return aptUpdated && run(command, [...rest, 'install', '-y', '-qq', name], environment);
}

function installChromium() {
  return installDebianPackage('chromium', 'for the browser tests');
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

let chromium = findChromium();
if (!chromium && installChromium()) chromium = findChromium();
if (!chromium) {
  console.error(
    [
      'The browser tests need Chromium, and none was found.',
      '- On Debian or Ubuntu: sudo apt-get install chromium, then run npm test again.',
      '- Elsewhere: install Chromium or Google Chrome and set CHROMIUM_PATH to its executable,',
      '  e.g. CHROMIUM_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" npm test',
    ].join('\n'),
  );
  console.log('0 passed, 1 failed');
  process.exit(1);
}

// nginx runs the repository's nginx.conf in front of the server for the hostile-request tests.
if (
  !['/usr/sbin/nginx', '/usr/bin/nginx'].some((file) => fs.existsSync(file)) &&
  !installDebianPackage('nginx', 'for the proxy tests')
) {
  console.warn(
    'nginx is not installed, so the tests of the production proxy and the static copy will fail.\nOn Debian or Ubuntu: sudo apt-get install nginx',
  );
}

// The page's stand-in serif (app/globals.css) is Times New Roman or a font of its measure; the
// test that nothing moves when the web font arrives needs one. Chromium's fonts come through
// fontconfig, which fc-list asks.
function hasSerifOfTimesMeasure() {
  return ['Times New Roman', 'Liberation Serif', 'Tinos'].some((family) => {
    const listed = spawnSync('fc-list', [`:family=${family}`, 'family'], { encoding: 'utf8' });
    return listed.status === 0 && listed.stdout.trim() !== '';
  });
}
if (
  !hasSerifOfTimesMeasure() &&
  !installDebianPackage('fonts-liberation', 'for the stand-in serif the pages show first')
) {
  console.warn(
    'Neither Times New Roman nor Liberation Serif is installed, so the test that pages do not move when the web font arrives will fail.\nOn Debian or Ubuntu: sudo apt-get install fonts-liberation',
  );
}

const counts = { passed: 0, failed: 0, skipped: 0 };

// The builds the browser tests run against are of the test content, not the sample content.
const testContent = { MASTHEAD_CONTENT_DIR: TEST_CONTENT_DIR };

const unitJson = path.join(artifacts, 'unit.json');
run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${unitJson}`,
]);
const unit = readJson(unitJson);
if (unit) {
  counts.passed += unit.numPassedTests;
  counts.failed +=
    unit.numFailedTests + (unit.numFailedTestSuites > 0 && unit.numFailedTests === 0 ? 1 : 0);
  counts.skipped += unit.numPendingTests + unit.numTodoTests;
} else {
  console.error('The unit tests did not report results.');
  counts.failed += 1;
}

// A second build, of the sample content plus an edition scheduled for next week, for the
// scheduled-publishing tests. It gets its own folder, and a copy for the server whose clock
// runs ahead, so the two servers' regenerated pages never mix.
function buildScheduledFixture() {
  const contentDir = path.join('tests', '.artifacts', 'scheduled-content');
  const edition = writeScheduledFixture(root, path.join(root, contentDir));
  const distDir = '.next-scheduled';
  const laterDistDir = '.next-scheduled-later';
  const environment = { NEXT_DIST_DIR: distDir, MASTHEAD_CONTENT_DIR: contentDir };
  if (
    !run('npx', ['next', 'build'], environment) ||
    !run('npx', ['tsx', 'lib/cli/standalone.ts'], environment)
  )
    return false;
  fs.rmSync(path.join(root, laterDistDir), { recursive: true, force: true });
  fs.cpSync(path.join(root, distDir), path.join(root, laterDistDir), { recursive: true });
  const fixture = { contentDir, distDir, laterDistDir, shiftDays: SHIFT_DAYS, edition };
  fs.writeFileSync(path.join(artifacts, 'scheduled.json'), JSON.stringify(fixture, null, 2));
  return true;
}

// A third build, of the test content with one article taken down, for the end-to-end
// takedown test, which swaps it in behind nginx for the main build.
function buildTakedownFixture() {
  const contentDir = path.join('tests', '.artifacts', 'takedown-content');
  const article = writeTakedownFixture(root, path.join(root, contentDir));
  const distDir = '.next-takedown';
  const environment = { NEXT_DIST_DIR: distDir, MASTHEAD_CONTENT_DIR: contentDir };
  if (!run('npx', ['next', 'build'], environment)) return false;
  if (!run('npx', ['tsx', 'lib/cli/standalone.ts'], environment)) return false;
  const fixture = { contentDir, distDir, article };
  fs.writeFileSync(path.join(artifacts, 'takedown.json'), JSON.stringify(fixture, null, 2));
  return true;
}

// The static copy (npm run export), served by nginx-static.conf in the browser tests. It sets
// any server build aside while it builds, so it can run first.
fs.rmSync(path.join(root, 'out'), { recursive: true, force: true });
if (!run('npm', ['run', 'export'], testContent)) {
  console.error('The static export failed, so the static copy could not be tested.');
  counts.failed += 1;
}

// The main build runs with the network unreachable for Node: tests/support/no-network.cjs
// refuses every connection off the machine in each of the build's processes and logs it, so
// a test can show that building never fetches anything (a preview image's font, say).
const networkLog = path.join(artifacts, 'network.log');
const offlineBuild = {
  ...testContent,
  MASTHEAD_NETWORK_LOG: networkLog,
  NODE_OPTIONS:
    `${process.env.NODE_OPTIONS ?? ''} --require ${path.join(root, 'tests', 'support', 'no-network.cjs')}`.trim(),
};
fs.writeFileSync(networkLog, '');

if (!run('npm', ['run', 'build'], offlineBuild)) {
  console.error('The production build failed, so the browser tests could not run.');
  counts.failed += 1;
} else if (!buildScheduledFixture()) {
  console.error('The scheduled-publishing build failed, so the browser tests could not run.');
  counts.failed += 1;
} else if (!buildTakedownFixture()) {
  console.error('The takedown build failed, so the browser tests could not run.');
  counts.failed += 1;
} else {
  const browserJson = path.join(artifacts, 'browser.json');
  run('npx', ['playwright', 'test'], {
    CHROMIUM_PATH: chromium,
    PLAYWRIGHT_JSON_OUTPUT_NAME: browserJson,
  });
  const browser = readJson(browserJson);
  if (browser?.stats) {
    counts.passed += browser.stats.expected + browser.stats.flaky;
    counts.failed += browser.stats.unexpected + (browser.errors?.length ?? 0);
    counts.skipped += browser.stats.skipped;
  } else {
    console.error('The browser tests did not report results.');
    counts.failed += 1;
  }
}

// A skipped test proves nothing, so a run with one does not pass.
if (counts.skipped > 0) console.error(`${counts.skipped} tests were skipped: every test must run.`);
console.log(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(counts.failed > 0 || counts.skipped > 0 ? 1 : 0);
