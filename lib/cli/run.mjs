import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/*
 * `node lib/cli/run.mjs <command> [arguments]` runs lib/cli/<command>.ts from one bundled file
 * kept in node_modules/.cache/masthead-cli; every npm script in lib/cli starts this way. Started
 * through tsx, `npm run check` took about 2 s on 600 articles, 1.5 s of it loading modules:
 * each TypeScript file compiled on the way in, and each of remark's many small files found and
 * read one by one. From one file it takes about 0.65 s (0.4 s without npm). Plain JavaScript,
 * so that it needs no compiler to start.
 *
 * The bundle is named by a hash of every source file it was made from (as esbuild lists them),
 * the lock file and this file, so a changed file, dependency or option makes it again (about
 * half a second) instead of running what was bundled before.
 */

const root = process.cwd();
const cacheFolder = path.join(root, 'node_modules', '.cache', 'masthead-cli');
const command = process.argv[2] ?? '';
const entry = path.join(root, 'lib', 'cli', `${command}.ts`);
if (!/^[a-z-]+$/.test(command) || !fs.existsSync(entry)) {
  console.error(`Usage: node lib/cli/run.mjs <command>, where lib/cli/<command>.ts exists.`);
  process.exit(2);
}
// The command reads its own arguments as if started directly.
process.argv.splice(1, 2, entry);

const inputsFile = path.join(cacheFolder, `${command}.inputs.json`);
const bundle = existingBundle() ?? (await makeBundle());
await import(pathToFileURL(bundle).href);

/** The kept bundle, when every file it was made from is as it was; otherwise undefined. */
function existingBundle() {
  let inputs;
  try {
    inputs = JSON.parse(fs.readFileSync(inputsFile, 'utf8'));
  } catch {
    return undefined;
  }
  const hash = hashOf(inputs);
  const file = hash && bundleFile(hash);
  return file && fs.existsSync(file) ? file : undefined;
}

/** Bundles the command with esbuild (a development dependency, as tsx is) and keeps it. */
async function makeBundle() {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    outdir: cacheFolder,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    metafile: true,
    // Loaded only when a picture is written, and native code besides (sharp); esbuild, which
    // the standalone command calls, finds its own binary from where it is installed.
    external: ['sharp', 'svgo', 'esbuild'],
    // Some dependencies are CommonJS and call require(), which an ES module does not have.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  const inputs = Object.keys(result.metafile.inputs)
    .filter((input) => !input.includes('node_modules/'))
    .sort();
  // A file removed while bundling leaves no hash: this bundle runs once and is made again.
  const hash = hashOf(inputs) ?? 'unsettled';
  const file = bundleFile(hash);
  fs.mkdirSync(cacheFolder, { recursive: true });
  writeAtomically(file, result.outputFiles[0].contents);
  // Earlier bundles of the command are of no more use. (Files being written end in .tmp.)
  const earlier = new RegExp(`^${command}-[0-9a-z]+\\.mjs$`);
  for (const name of fs.readdirSync(cacheFolder)) {
    if (earlier.test(name) && path.join(cacheFolder, name) !== file)
      fs.rmSync(path.join(cacheFolder, name), { force: true });
  }
  writeAtomically(inputsFile, JSON.stringify(inputs));
  return file;
}

/**
 * A hash of the listed files, the lock file and this launcher (which holds the bundling
 * options); undefined when one is missing.
 */
function hashOf(inputs) {
  const hash = createHash('sha256');
  const files = [...inputs, 'package-lock.json'].map((input) => path.join(root, input));
  for (const file of [...files, import.meta.filename]) {
    let bytes;
    try {
      bytes = fs.readFileSync(file);
    } catch {
      return undefined;
    }
    hash.update(`${path.relative(root, file)}\0${bytes.length}\0`).update(bytes);
  }
  return hash.digest('hex').slice(0, 16);
}

function bundleFile(hash) {
  return path.join(cacheFolder, `${command}-${hash}.mjs`);
}

/** Written under another name and renamed, so a command run at the same time never reads half a file. */
function writeAtomically(file, contents) {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, contents);
  fs.renameSync(temporary, file);
}
