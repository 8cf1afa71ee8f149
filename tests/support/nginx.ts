import fs from 'node:fs';
import path from 'node:path';

/*
 * The repository's nginx.conf, adapted to run beside the tests: on loopback ports, with its
 * pid file, cache and logs in a scratch folder, in front of the test server.
 */

export const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((candidate) => fs.existsSync(candidate));

/**
 * Writes the test configuration and returns the command that runs nginx in the foreground.
 * Playwright loads its configuration in every worker, so this must not disturb a running
 * nginx: it only (re)writes the same file.
 */
export function nginxCommand(root: string, listenPort: number, upstreamPort: number): string | undefined {
  if (!NGINX) return undefined;
  const folder = path.join(root, 'tests', '.artifacts', 'nginx');
  fs.mkdirSync(folder, { recursive: true });
  const config = fs
    .readFileSync(path.join(root, 'nginx.conf'), 'utf8')
    .replace('listen 80 default_server;', `listen 127.0.0.1:${listenPort} default_server;`)
    .replace('listen 80;', `listen 127.0.0.1:${listenPort};`)
    .replace('server_name magazine.example.org;', 'server_name 127.0.0.1;')
    .replace('server 127.0.0.1:3000;', `server 127.0.0.1:${upstreamPort};`)
    .replace('pid /run/masthead-nginx.pid;', `pid ${folder}/nginx.pid;`)
    .replace('/var/cache/masthead', `${folder}/cache`);
  const file = path.join(folder, 'masthead.conf');
  if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== config) fs.writeFileSync(file, config);
  return `${NGINX} -c ${file} -p ${folder}/ -e ${folder}/error.log -g "daemon off;"`;
}
