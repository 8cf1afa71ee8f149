import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/*
 * The pipeline calls the project's own commands and nothing else of substance, so what it does
 * is what the tests here exercise. This keeps the two from drifting apart: every `npm run`
 * the workflow names must be a script, and the check must ask for annotations.
 */

const root = path.resolve(import.meta.dirname, '..', '..', '..');
const workflow = parse(
  fs.readFileSync(path.join(root, '.github', 'workflows', 'publish.yml'), 'utf8'),
) as {
  jobs: Record<
    string,
    {
      needs?: string | string[];
      if?: string;
      steps: { run?: string; with?: Record<string, unknown> }[];
    }
  >;
};
const scripts = Object.keys(
  (
    JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    }
  ).scripts,
);

function commands(job: string): string[] {
  return (workflow.jobs[job]?.steps ?? []).flatMap((step) =>
    (step.run ?? '').split('\n').filter((line) => line.startsWith('npm ')),
  );
}

describe('the pipeline', () => {
  it('checks a proposed change with annotations and builds the static copy', () => {
    expect(commands('check')).toEqual([
      'npm ci',
      'npm run check -- --format=github',
      'npm run export',
    ]);
  });

  it('checks and publishes the main branch with one command', () => {
    expect(commands('publish')).toEqual([
      'npm ci',
      'npm run check -- --format=github',
      'npm run publish',
    ]);
  });

  it('runs lint, the formatter, the types and the unit tests whenever code changes', () => {
    expect(commands('code')).toEqual([
      'npm ci',
      'npm run lint',
      'npm run format:check',
      'npm run typecheck',
      'npm run test:unit',
    ]);
    expect(workflow.jobs.code?.if).toBe("needs.changes.outputs.code == 'true'");
  });

  it('never publishes or previews after the code failed its checks', () => {
    for (const job of ['check', 'publish']) {
      expect(workflow.jobs[job]?.needs).toContain('code');
      expect(workflow.jobs[job]?.if).toContain(
        `contains(fromJSON('["success", "skipped"]'), needs.code.result)`,
      );
    }
  });

  it('runs every job on the current Node.js LTS', () => {
    const versions = Object.values(workflow.jobs).flatMap((job) =>
      job.steps.flatMap((step) => (step.with?.['node-version'] as number | undefined) ?? []),
    );
    expect(versions.length).toBeGreaterThan(0);
    // Node 24 is the long-term support line until April 2028; 20 ended in April 2026.
    expect(new Set(versions)).toEqual(new Set([24]));
  });

  it('names only scripts that exist', () => {
    for (const command of [...commands('code'), ...commands('check'), ...commands('publish')]) {
      const script = /^npm run (\S+)/.exec(command)?.[1];
      if (script) expect(scripts, command).toContain(script);
    }
  });

  it('is linted by actionlint, which finds a condition naming an output no job has', () => {
    const lint = (text: string) => {
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'masthead-workflow-'));
      fs.mkdirSync(path.join(folder, '.github', 'workflows'), { recursive: true });
      fs.writeFileSync(path.join(folder, '.github', 'workflows', 'publish.yml'), text);
      const bin = path.join(root, 'node_modules', '@tktco', 'node-actionlint', 'bin');
      const result = spawnSync(process.execPath, [path.join(bin, 'node-actionlint.js')], {
        cwd: folder,
        encoding: 'utf8',
      });
      fs.rmSync(folder, { recursive: true, force: true });
      return result;
    };
    const text = fs.readFileSync(path.join(root, '.github', 'workflows', 'publish.yml'), 'utf8');
    expect(lint(text).status).toBe(0);
    const broken = lint(
      text.replace('needs.changes.outputs.code ==', 'needs.changes.outputs.cod =='),
    );
    expect(broken.status).toBe(1);
    expect(broken.stdout + broken.stderr).toContain('property "cod" is not defined');
  });
});
