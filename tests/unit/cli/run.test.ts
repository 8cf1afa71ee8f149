import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/*
 * lib/cli/run.mjs starts a command from a bundle it keeps. Played in a project of its own: a
 * copy of the launcher, a command that prints its arguments and a greeting from another file,
 * a lock file, and esbuild from this project's dependencies.
 */

const root = path.resolve(import.meta.dirname, '..', '..', '..');
const project = fs.mkdtempSync(path.join(os.tmpdir(), 'masthead-run-'));
const launcher = path.join(project, 'lib', 'cli', 'run.mjs');
const cacheFolder = path.join(project, 'node_modules', '.cache', 'masthead-cli');

function write(file: string, text: string) {
  fs.mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
  fs.writeFileSync(path.join(project, file), text);
}

function run(...args: string[]) {
  const result = spawnSync('node', [launcher, ...args], { cwd: project, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The kept bundles of `command`. */
function keptBundles(command = 'hello'): string[] {
  const bundle = new RegExp(`^${command}-[0-9a-z]+\\.mjs$`);
  return fs.readdirSync(cacheFolder).filter((name) => bundle.test(name));
}

write('package-lock.json', '{"lockfileVersion": 3}\n');
write('lib/cli/run.mjs', fs.readFileSync(path.join(root, 'lib', 'cli', 'run.mjs'), 'utf8'));
for (const dependency of ['esbuild', '@esbuild']) {
  fs.mkdirSync(path.join(project, 'node_modules'), { recursive: true });
  fs.symlinkSync(
    path.join(root, 'node_modules', dependency),
    path.join(project, 'node_modules', dependency),
  );
}
write('lib/cli/greeting.ts', "export const greeting: string = 'Hello';\n");
write(
  'lib/cli/hello.ts',
  "import { greeting } from './greeting';\nconsole.log(`${greeting} ${process.argv.slice(2).join(' ')}`);\n",
);

afterAll(() => {
  fs.rmSync(project, { recursive: true, force: true });
});

describe('node lib/cli/run.mjs', () => {
  it('runs the command with its own arguments', () => {
    const result = run('hello', 'reader', '--format=github');
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('Hello reader --format=github\n');
    expect(keptBundles()).toHaveLength(1);
  });

  it('runs the kept bundle while nothing it was made from has changed', () => {
    const [bundle = ''] = keptBundles();
    fs.appendFileSync(path.join(cacheFolder, bundle), "console.log('from the kept bundle');\n");
    expect(run('hello', 'again').stdout).toBe('Hello again\nfrom the kept bundle\n');
  });

  it('bundles again when a file the command imports changes, and keeps only the new one', () => {
    const [before] = keptBundles();
    write('lib/cli/greeting.ts', "export const greeting: string = 'Good morning';\n");
    expect(run('hello', 'editor').stdout).toBe('Good morning editor\n');
    expect(keptBundles()).toHaveLength(1);
    expect(keptBundles()).not.toContain(before);
  });

  it('leaves the bundle of another command alone, even one whose name starts the same', () => {
    write('lib/cli/hello-world.ts', "console.log('world');\n");
    expect(run('hello-world').stdout).toBe('world\n');
    write('lib/cli/greeting.ts', "export const greeting: string = 'Good evening';\n");
    expect(run('hello', 'editor').stdout).toBe('Good evening editor\n');
    expect(keptBundles('hello-world')).toHaveLength(1);
    expect(keptBundles()).toHaveLength(1);
    write('lib/cli/greeting.ts', "export const greeting: string = 'Good morning';\n");
  });

  it('bundles again when the dependencies change', () => {
    const [before] = keptBundles();
    write('package-lock.json', '{"lockfileVersion": 3, "packages": {}}\n');
    expect(run('hello', 'editor').stdout).toBe('Good morning editor\n');
    expect(keptBundles()).not.toContain(before);
  });

  it('bundles again when the launcher (which holds the bundling options) changes', () => {
    const [before] = keptBundles();
    fs.appendFileSync(launcher, '// another option\n');
    expect(run('hello', 'editor').stdout).toBe('Good morning editor\n');
    expect(keptBundles()).not.toContain(before);
  });

  it('refuses a command that does not exist, saying how it is used', () => {
    for (const command of ['nonsense', '../cli/hello', '']) {
      const result = run(command);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('Usage: node lib/cli/run.mjs <command>');
    }
  });
});
