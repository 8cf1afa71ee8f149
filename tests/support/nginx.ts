import fs from 'node:fs';
import path from 'node:path';

/*
 * The repository's nginx configurations, adapted to run beside the tests: on loopback ports,
 * with their pid files, caches and logs (access.log) in scratch folders. nginx.conf runs in front of the
 * test server; nginx-static.conf serves the static export in out/.
 */

export const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((candidate) =>
  fs.existsSync(candidate),
);

/**
 * Writes the test configuration made from `source` by `adapt`, and returns the command that
 * runs nginx with it in the foreground. Playwright loads its configuration in every worker,
 * so this must not disturb a running nginx: it only (re)writes the same file.
 */
function command(
  root: string,
  source: string,
  name: string,
  adapt: (config: string, folder: string) => string,
): string | undefined {
  if (!NGINX) return undefined;
  const folder = path.join(root, 'tests', '.artifacts', name);
  fs.mkdirSync(folder, { recursive: true });
  const config = adapt(fs.readFileSync(path.join(root, source), 'utf8'), folder);
  const file = path.join(folder, `${name}.conf`);
  if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== config)
    fs.writeFileSync(file, config);
  return `${NGINX} -c ${file} -p ${folder}/ -e ${folder}/error.log -g "daemon off;"`;
}

/** Both configurations answer for their host name on port 80; the tests use 127.0.0.1:port. */
function onLoopback(config: string, port: number): string {
  return config
    .replace('listen 80 default_server;', `listen 127.0.0.1:${port} default_server;`)
    .replace('listen 80;', `listen 127.0.0.1:${port};`)
    .replace('server_name magazine.example.org;', 'server_name 127.0.0.1;');
}

/**
 * nginx.conf on 127.0.0.1:listenPort, in front of the server on upstreamPort, with its files
 * in tests/.artifacts/<name>; without the per-address request limit for a benchmark.
 */
export function nginxCommand(
  root: string,
  listenPort: number,
  upstreamPort: number,
  name = 'nginx',
  { perAddressLimit = true } = {},
): string | undefined {
  return command(root, 'nginx.conf', name, (config, folder) =>
    onLoopback(config, listenPort)
      // A benchmark's load comes from one address, which the per-address limit is there to stop.
      .replace(/^\s*limit_req zone=requests .*$/gm, (line) => (perAddressLimit ? line : ''))
      .replace('server 127.0.0.1:3000;', `server 127.0.0.1:${upstreamPort};`)
      .replace('pid /run/nginx.pid;', `pid ${folder}/nginx.pid;`)
      .replaceAll('/var/cache/masthead', `${folder}/cache`)
      .replaceAll('/var/log/nginx/masthead-access.log', `${folder}/access.log`)
      .replaceAll('/var/log/nginx/error.log', `${folder}/error.log`),
  );
}

// Started as root, nginx reads files as an unprivileged user, who may not be able to enter the
// folder the repository was cloned into; the test server reads them as their owner does.
const asOwner = process.getuid?.() === 0 ? '\nuser root;' : '';

/** nginx-static.conf on 127.0.0.1:listenPort, serving the static export in `outDir`. */
export function staticNginxCommand(
  root: string,
  listenPort: number,
  outDir: string,
): string | undefined {
  return command(root, 'nginx-static.conf', 'nginx-static', (config, folder) =>
    onLoopback(config, listenPort)
      .replace('root /srv/masthead/out;', `root ${outDir};`)
      .replaceAll('/var/log/nginx/masthead-access.log', `${folder}/access.log`)
      .replace('pid /run/nginx.pid;', `pid ${folder}/nginx.pid;${asOwner}`),
  );
}
