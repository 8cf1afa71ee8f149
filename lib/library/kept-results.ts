import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { buildCacheFolder } from '../site/build-cache';

/*
 * The loader's results kept between runs, so that `npm run check` after one file changed reads
 * every other edition's result instead of parsing it again. Each result is kept in a file named
 * by a hash of everything it was made from: the bytes of every file in its folder, the settings,
 * the options, today's date, and the version of the code that made it (every source file under
 * lib/, the locked dependency versions and Node's). A change to any of them names another file,
 * so a stale result is never found. Results not asked for in a run are removed at its end.
 */

/** The results of one kind of run (checking, or rendering for a build), kept in one folder. */
export class KeptResults {
  private readonly used = new Set<string>();
  /** How many results were found kept, and how many had to be made: for tests and benchmarks. */
  hits = 0;
  misses = 0;

  /**
   * @param folder where the results are kept; made when first written
   * @param codeVersion the version of the code that makes the results (see codeVersion)
   */
  constructor(
    readonly folder: string,
    private readonly codeVersion: string,
  ) {}

  /** The name of the result made from these inputs. */
  key(...inputs: readonly (string | Uint8Array)[]): string {
    const hash = createHash('sha256').update(this.codeVersion);
    for (const input of inputs) {
      // Each input's length first, so that two inputs can never run together into the same text.
      hash.update(`\n${input.length}\n`).update(input);
    }
    return hash.digest('hex');
  }

  /** The result kept under `key`, or the one `make` returns, kept for next time. */
  get<T>(key: string, make: () => T): T {
    this.used.add(key);
    const file = path.join(this.folder, key);
    const kept = readKept(file);
    if (kept !== undefined) {
      this.hits += 1;
      return kept as T;
    }
    this.misses += 1;
    const made = make();
    // Written beside and renamed, so a run in parallel never reads half a file. A result
    // that cannot be written only costs making it again next time.
    const partial = `${file}.${process.pid}.partial`;
    try {
      fs.mkdirSync(this.folder, { recursive: true });
      fs.writeFileSync(partial, v8.serialize({ value: made }));
      fs.renameSync(partial, file);
    } catch {
      fs.rmSync(partial, { force: true });
    }
    return made;
  }

  /**
   * Ends a run: removes every kept result it did not ask for, since they belong to content,
   * settings or code that has since changed.
   */
  removeUnused(): void {
    const used = new Set(this.used);
    this.used.clear();
    let names: string[];
    try {
      names = fs.readdirSync(this.folder);
    } catch {
      return;
    }
    for (const name of names) {
      if (!used.has(name) && !name.endsWith('.partial'))
        fs.rmSync(path.join(this.folder, name), { force: true });
    }
  }
}

function readKept(file: string): unknown {
  try {
    return (v8.deserialize(fs.readFileSync(file)) as { value: unknown }).value;
  } catch {
    // Missing, or unreadable (written by another Node version, cut short): made again.
    return undefined;
  }
}

/**
 * The version of the code that makes the loader's results: a hash of every source file under
 * `root`/lib, the lock file and Node's version. Undefined where the sources are not there (the
 * standalone server), so nothing is kept without knowing which code made it.
 */
export function codeVersion(root: string): string | undefined {
  const lib = path.join(/* turbopackIgnore: true */ root, 'lib');
  let files: string[];
  try {
    files = fs
      .readdirSync(lib, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort();
  } catch {
    return undefined;
  }
  const hash = createHash('sha256').update(process.version);
  for (const file of [...files, path.join(root, 'package-lock.json')]) {
    hash.update(`\n${path.relative(root, file)}\n`);
    try {
      hash.update(fs.readFileSync(file));
    } catch {
      hash.update('missing');
    }
  }
  return hash.digest('hex');
}

/**
 * Kept results of the kind named (`check` or `render`) in the build's cache folder
 * (<distDir>/cache/content), or undefined where the code's version cannot be known.
 */
export function openKeptResults(kind: string, root = process.cwd()): KeptResults | undefined {
  const version = codeVersion(root);
  if (!version) return undefined;
  return new KeptResults(buildCacheFolder(root, 'content', kind), version);
}
