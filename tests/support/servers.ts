import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { nginxCommand } from './nginx';

/*
 * Starting and stopping the servers a benchmark measures or a test asks: the production Next
 * server and, in front of it, the repository's nginx.conf. Each listens on loopback only and is
 * stopped by its own process id.
 */

export const root = path.resolve(import.meta.dirname, '..', '..');

export interface Server {
  process: ChildProcess;
  url: string;
  stop: () => Promise<void>;
}

async function waitFor(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
    });
}

/**
 * The production server (what `npm start` runs: Next's standalone server.js from the build in
 * `distDir`) on 127.0.0.1:port, run directly by node so its process id is the server's.
 */
export async function startNext(
  port: number,
  distDir = '.next',
  env: Record<string, string> = {},
): Promise<Server> {
  const serverFile = path.join(root, distDir, 'standalone', 'server.js');
  if (!fs.existsSync(serverFile))
    throw new Error(`${serverFile} is missing: run npm run build first.`);
  const child = spawn(process.execPath, [serverFile], {
    cwd: root,
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      HOSTNAME: '127.0.0.1',
      PORT: String(port),
      ...env,
    },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/`);
  return { process: child, url, stop: stopper(child) };
}

/**
 * nginx with the repository's configuration, listening on `port` in front of `upstreamPort`,
 * for measuring: without the per-address request limit, since all the load comes from here.
 */
export async function startNginx(port: number, upstreamPort: number): Promise<Server | undefined> {
  const command = nginxCommand(root, port, upstreamPort, 'nginx-measured', {
    perAddressLimit: false,
  });
  if (!command) return undefined;
  const child = spawn('/bin/sh', ['-c', `exec ${command}`], { cwd: root, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/`);
  return { process: child, url, stop: stopper(child) };
}

/** Resident memory of a process in megabytes, and that of its children (Next starts a worker). */
export function residentMemory(pid: number | undefined): number {
  if (!pid) return 0;
  const pids = [pid, ...childrenOf(pid)];
  let kilobytes = 0;
  for (const id of pids) {
    try {
      const status = fs.readFileSync(`/proc/${id}/status`, 'utf8');
      kilobytes += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      // The process has gone.
    }
  }
  return Math.round(kilobytes / 1024);
}

function childrenOf(pid: number): number[] {
  try {
    const direct = fs
      .readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
    return direct.flatMap((child) => [child, ...childrenOf(child)]);
  } catch {
    return [];
  }
}
