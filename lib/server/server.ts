import http, {
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type ServerResponse,
} from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import next from 'next';
import { CLEARED_DRAFT_COOKIE, frontDoor, type DoorSettings } from '../requests/front-door';
import { previewSecret } from '../requests/preview-pass';
import {
  PUBLIC_ADDRESSES_FILE,
  readPublicAddresses,
  type PublicAddressesFile,
} from '../requests/public-addresses';
import { pagePolicy, scriptlessPagePolicy } from '../site/security-headers';
import {
  HeldAnswers,
  heldKey,
  isSharedAnswer,
  isSharedRequest,
  type HeldAnswer,
} from './held-answers';
import { withoutFrameworkScripts } from './scriptless';

/*
 * The production server: Next's request handler, as Next's own standalone server.js runs it,
 * behind the site's front door (lib/requests/front-door.ts), which decides what every request
 * may ask before Next sees it. A page's response is held until it is complete, then sent
 * without Next's scripts (./scriptless.ts says why) and held for every reader for a few seconds
 * (./held-answers.ts). `npm run build` bundles this file into <distDir>/standalone/server.js in
 * place of Next's (lib/cli/standalone.ts), so `npm start`, the tests and any copy of the folder
 * run it. It is Next's documented custom server, with the configuration Next's own server.js
 * would carry.
 */

// The build's configuration, written in by the bundler (lib/cli/standalone.ts).
declare const NEXT_BUILD_CONFIG: Record<string, unknown>;

const dir = import.meta.dirname;
(process.env as Record<string, string>).NODE_ENV = 'production';
process.chdir(dir);
// Where Next's server reads the configuration of a standalone build.
process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(NEXT_BUILD_CONFIG);

/**
 * Where the public may be answered, written by the build beside this file. Without it the
 * server cannot tell a draft's address from a public one, so it does not start.
 */
function readAddresses(): DoorSettings['addresses'] {
  const file = path.join(dir, PUBLIC_ADDRESSES_FILE);
  if (!fs.existsSync(file)) {
    console.error(`Masthead cannot start: ${file} is missing. Build the site with npm run build.`);
    process.exit(1);
  }
  return readPublicAddresses(JSON.parse(fs.readFileSync(file, 'utf8')) as PublicAddressesFile);
}

const addresses = readAddresses();
const door = {
  addresses,
  previewSecret: previewSecret(),
  // The magazine's, as the build wrote it: the server reads no content.
  timeZone: addresses.timeZone,
};

const port = Number.parseInt(process.env.PORT ?? '', 10) || 3000;
const hostname = process.env.HOSTNAME || '0.0.0.0';
// How long an idle connection is kept open, as Next's own server.js reads it.
const keepAliveTimeout = Number.parseInt(process.env.KEEP_ALIVE_TIMEOUT ?? '', 10);

/** Content types worth compressing, as Next's own compression chooses them. */
const COMPRESSIBLE =
  /^(text\/|image\/svg\+xml|application\/(json|xml|javascript|[a-z.+-]*\+(json|xml)))/;
/** Below this, compression costs more than it saves (Next's threshold too). */
const COMPRESS_FROM_BYTES = 1024;
/** The policy Next sends pages with (next.config.ts), which a page without its scripts tightens. */
const PAGE_POLICY = pagePolicy(false);

type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

/** How sendWhole sends and keeps an answer. */
interface Sending {
  /** What the answer is held under (heldKey). */
  key: string;
  /** Whether the request is one any reader could make, so its answer may be held. */
  holdable: boolean;
  /** The status the answer must have, whatever Next's (the front door's `status`). */
  status?: number;
}

/**
 * Hands a request to Next and sends its response once complete: without Next's scripts when it
 * is HTML, and compressed here (Next is asked for it uncompressed, so it can be read). An answer
 * the same for every reader is then held, as sent.
 */
function sendWhole(
  request: IncomingMessage,
  response: ServerResponse,
  handle: Handler,
  { key, holdable, status }: Sending,
) {
  const takesGzip = acceptsGzip(request);
  delete request.headers['accept-encoding'];
  // HEAD is answered as GET, so its headers (the length) are those of the page as sent; Node
  // leaves out the body of a HEAD response by itself.
  if (request.method === 'HEAD') request.method = 'GET';

  const chunks: Buffer[] = [];
  const { writeHead, flushHeaders, write, end } = response;
  const originals = { writeHead, flushHeaders, write, end };
  const collect = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
    chunks.push(
      Buffer.isBuffer(chunk)
        ? chunk
        : Buffer.from(
            chunk as string,
            typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8',
          ),
    );
  };
  const callbackOf = (...args: unknown[]) =>
    args.find((arg): arg is () => void => typeof arg === 'function');

  response.writeHead = ((status: number, ...rest: unknown[]) => {
    response.statusCode = status;
    for (const headers of rest) setHeaders(response, headers);
    return response;
  }) as ServerResponse['writeHead'];
  response.flushHeaders = () => {};
  response.write = ((chunk: unknown, ...rest: unknown[]) => {
    collect(chunk, rest[0]);
    callbackOf(...rest)?.();
    return true;
  }) as ServerResponse['write'];
  response.end = ((chunk?: unknown, ...rest: unknown[]) => {
    collect(chunk, rest[0]);
    if (status !== undefined) response.statusCode = status;
    let body = Buffer.concat(chunks);
    const type = String(response.getHeader('content-type') ?? '');
    if (type.startsWith('text/html')) {
      const scriptless = withoutFrameworkScripts(body.toString('utf8'));
      if (scriptless !== undefined) {
        body = Buffer.from(scriptless);
        // Inline scripts it no longer runs need not be allowed.
        if (response.getHeader('content-security-policy') === PAGE_POLICY)
          response.setHeader('Content-Security-Policy', scriptlessPagePolicy);
      }
    }
    const compressible = body.length >= COMPRESS_FROM_BYTES && COMPRESSIBLE.test(type);
    if (COMPRESSIBLE.test(type)) addVary(response, 'Accept-Encoding');
    const shared = holdable && isSharedAnswer(response.statusCode, response.getHeaders());
    // Compressed once for every reader when held, else only for a reader who takes it.
    const gzipped = compressible && (shared || takesGzip) ? gzipSync(body) : undefined;
    if (shared)
      held.hold(key, {
        status: response.statusCode,
        headers: response.getHeaders(),
        body,
        gzipped,
        heldAt: Date.now(),
      });
    if (takesGzip && gzipped) {
      body = gzipped;
      response.setHeader('Content-Encoding', 'gzip');
    }
    if (response.statusCode !== 204 && response.statusCode !== 304)
      response.setHeader('Content-Length', body.length);
    // Node's own end() calls writeHead(), so the originals go back first.
    Object.assign(response, originals);
    response.end(body, callbackOf(chunk, ...rest));
    return response;
  }) as ServerResponse['end'];

  return handle(request, response);
}

/**
 * Sends an answer held for every reader (./held-answers.ts), as sendWhole sent it: compressed
 * when the reader takes gzip, without a body for HEAD, and 304 for a copy the reader has.
 */
function sendHeld(request: IncomingMessage, response: ServerResponse, answer: HeldAnswer) {
  const { etag } = answer.headers;
  if (etag !== undefined && request.headers['if-none-match'] === etag) {
    response.writeHead(304, answer.headers);
    response.end();
    return;
  }
  const gzip = answer.gzipped !== undefined && acceptsGzip(request);
  const body = gzip ? answer.gzipped! : answer.body;
  response.writeHead(answer.status, {
    ...answer.headers,
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    'content-length': body.length,
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

function acceptsGzip(request: IncomingMessage): boolean {
  return /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
}

function setHeaders(response: ServerResponse, headers: unknown) {
  if (Array.isArray(headers)) {
    // A flat list of names and values, as Node allows.
    for (let index = 0; index + 1 < headers.length; index += 2)
      response.setHeader(String(headers[index]), headers[index + 1] as string);
  } else if (headers && typeof headers === 'object') {
    for (const [name, value] of Object.entries(headers as OutgoingHttpHeaders))
      if (value !== undefined) response.setHeader(name, value);
  }
}

function addVary(response: ServerResponse, name: string) {
  const vary = String(response.getHeader('vary') ?? '');
  const names = vary.split(',').map((part) => part.trim().toLowerCase());
  if (!names.includes(name.toLowerCase()))
    response.setHeader('Vary', vary ? `${vary}, ${name}` : name);
}

const held = new HeldAnswers();
const app = next({ dir, dev: false, hostname, port, conf: NEXT_BUILD_CONFIG });
await app.prepare();
const handle = app.getRequestHandler() as Handler;

const server = http.createServer((request, response) => {
  // Read as text by the front door, not parsed: a hostile request line must not throw here.
  const decision = frontDoor(
    { method: request.method ?? '', target: request.url ?? '', headers: request.headers },
    door,
  );
  if (decision.kind === 'answer') {
    response.writeHead(decision.status, decision.headers);
    response.end(request.method === 'HEAD' ? undefined : decision.body);
    return;
  }
  request.url = decision.url;
  if (decision.clearDraftMode) response.setHeader('Set-Cookie', CLEARED_DRAFT_COOKIE);
  // Next's own files (scripts, styles, optimised images) stream through, compressed by Next.
  // Any other answer may be an HTML page (the not-found page answers a file's address too), and
  // the rest are prerendered files that Next sends in one piece anyway, so all are held whole.
  // Decided on the normalised path, as the router decides.
  const whole =
    (request.method === 'GET' || request.method === 'HEAD') && !decision.path.startsWith('/_next/');
  const key = heldKey(decision.url, request.headers);
  const shared =
    whole && !decision.clearDraftMode && isSharedRequest(request.method, request.headers);
  const answer = shared ? held.get(key) : undefined;
  if (answer) return sendHeld(request, response, answer);
  const handled = whole
    ? sendWhole(request, response, handle, { key, holdable: shared, status: decision.status })
    : handle(request, response);
  handled.catch((error: unknown) => {
    console.error(error);
    if (!response.headersSent) response.statusCode = 500;
    response.end();
  });
});
if (Number.isFinite(keepAliveTimeout) && keepAliveTimeout >= 0)
  server.keepAliveTimeout = keepAliveTimeout;
server.listen(port, hostname, () => {
  console.log(`Masthead listening on http://${hostname}:${port}`);
});
