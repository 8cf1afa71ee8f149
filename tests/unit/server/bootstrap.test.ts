import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The production server (lib/server/server.ts) starts Next as Next's own standalone server.js
 * does, which Next writes from a template in its build code. This reads that template from the
 * installed Next and fails when it changes in a way the site's server would have to follow: an
 * environment variable it sets or reads, or an option it starts the server with.
 */

const root = path.resolve(import.meta.dirname, '../../..');

/** Next's server.js template, as its build writes it. */
function nextServerTemplate(): string {
  const source = fs.readFileSync(
    path.join(root, 'node_modules', 'next', 'dist', 'build', 'utils.js'),
    'utf8',
  );
  const start = source.indexOf('writeFile(serverOutputPath, `');
  const end = source.indexOf('`);', start);
  expect(start, "Next's build no longer writes server.js from one template").toBeGreaterThan(0);
  return source.slice(start, end);
}

const ours = fs.readFileSync(path.join(root, 'lib', 'server', 'server.ts'), 'utf8');
const names = (text: string, pattern: RegExp) =>
  [...new Set([...text.matchAll(pattern)].map((match) => match[1]!))].sort();

describe('the server starts Next as Next’s own server.js does', () => {
  const template = nextServerTemplate();

  it('sets the environment Next’s server.js sets', () => {
    const set = names(template, /process\.env\.(\w+) = /g);
    expect(set).toEqual(['NODE_ENV', '__NEXT_PRIVATE_STANDALONE_CONFIG']);
    for (const name of set) expect(ours).toContain(`.${name} =`);
  });

  it('reads the settings Next’s server.js reads from the environment', () => {
    const read = names(template, /process\.env\.(\w+)\b(?! =)/g).filter(
      (name) => !['NODE_ENV', '__NEXT_PRIVATE_STANDALONE_CONFIG'].includes(name),
    );
    expect(read).toEqual(['HOSTNAME', 'KEEP_ALIVE_TIMEOUT', 'PORT']);
    for (const name of read) expect(ours).toContain(`process.env.${name}`);
  });

  it('starts the server with the options the site’s server gives Next', () => {
    const options = /startServer\(\{([^}]*)\}\)/.exec(template)?.[1] ?? '';
    expect(names(options, /^\s*(\w+)\s*[,:]/gm)).toEqual([
      'allowRetry',
      'config',
      'dir',
      'hostname',
      'isDev',
      'keepAliveTimeout',
      'port',
    ]);
    // Ours: next({ dir, dev: false, hostname, port, conf }), keepAliveTimeout on the server;
    // allowRetry (try the next port) is for development.
    expect(ours).toMatch(/next\(\{ dir, dev: false, hostname, port, conf: NEXT_BUILD_CONFIG \}\)/);
    expect(ours).toContain('server.keepAliveTimeout = keepAliveTimeout');
  });
});
