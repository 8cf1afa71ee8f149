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
