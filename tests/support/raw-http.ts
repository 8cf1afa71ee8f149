import http from 'node:http';
import net from 'node:net';

/** An HTTP answer as it came over the wire. */
export interface RawAnswer {
  /** The status code, or 0 when the connection closed without one. */
  status: number;
  /** The status line and headers, as sent. */
  head: string;
  body: string;
}

/**
 * Sends `request` as raw bytes to a server on 127.0.0.1:`port` and reads the whole answer
 * (the request should say `Connection: close`). Raw, so a test can send what no HTTP client
 * would: a lower-case path with an upper-case method, a header too large, half a request.
 */
export function rawRequest(port: number, request: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    socket.setTimeout(10_000, () => socket.destroy(new Error('no answer')));
    socket.on('connect', () => socket.write(request));
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.on('close', () => {
      const split = answer.indexOf('\r\n\r\n');
      const head = split === -1 ? answer : answer.slice(0, split);
      resolve({
        status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(answer)?.[1] ?? 0),
        head,
        body: split === -1 ? '' : answer.slice(split + 4),
      });
    });
    socket.on('error', reject);
  });
}

/**
 * A request line sent as it is (`*`, an absolute address, dot segments: what no HTTP client
 * sends) to a server on 127.0.0.1:`port`, with its Host and nothing else.
 */
export function rawLine(port: number, target: string, method = 'GET'): Promise<RawAnswer> {
  return rawRequest(
    port,
    `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`,
  );
}

/** An HTTP answer with its body as sent (not decompressed). */
export interface HttpAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/**
 * One request with exactly the headers given (no client adds its own, nor decompresses the
 * answer), sent from `from`, an address in 127.0.0.0/8: nginx limits requests per client
 * address, so a test sending many uses an address of its own.
 */
export function httpRequest(
  url: string,
  {
    method = 'GET',
    headers = {},
    from = '127.0.0.1',
  }: { method?: string; headers?: http.OutgoingHttpHeaders; from?: string } = {},
): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method, headers, localAddress: from, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    request.on('error', reject);
    request.end();
  });
}
