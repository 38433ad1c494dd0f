import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startTestGateway } from './support/test-gateway.js';

/** A raw POST of `body` whose last bytes are held back until `rest()` is called. */
function postInTwoParts(port: number, body: string, headers: Record<string, string>) {
  const socket = connect(port, '127.0.0.1');
  let text = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => {
    text += chunk;
  });
  socket.on('error', () => {});
  const closed = new Promise<string>((resolve) => socket.on('close', () => resolve(text)));
  const cut = body.length - 5;
  socket.write(
    `POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n` +
      Object.entries(headers)
        .map(([name, value]) => `${name}: ${value}\r\n`)
        .join('') +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, cut)}`,
  );
  return { closed, rest: () => socket.write(body.slice(cut)) };
}

const portOf = (url: string) => Number(new URL(url).port);
const refused = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });

describe('stopping the gateway', () => {
  it('answers the request in flight, takes no new connection, and closes once it is answered', async () => {
    const t = await startTestGateway();
    try {
      const port = portOf(t.gateway.url);
      const request = postInTwoParts(port, JSON.stringify({ query: '{ __typename }' }), t.apiKey());
      // the request has arrived but for its last bytes when the stop begins
      await new Promise((resolve) => setTimeout(resolve, 100));
      let stopped = false;
      const stop = t.gateway.stop().then(() => {
        stopped = true;
      });
      expect(await refused(port)).toBe(true);
      expect(stopped).toBe(false);
      request.rest();
      const answer = await request.closed;
      expect(answer).toMatch(/^HTTP\/1\.1 200 /);
      expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toEqual({
        data: { __typename: 'Query' },
      });
      await stop;
      expect(stopped).toBe(true);
    } finally {
      await t.stop();
    }
  });

  it('does not wait past its bound for a request that never finishes arriving', async () => {
    const t = await startTestGateway();
    try {
      const request = postInTwoParts(
        portOf(t.gateway.url),
        JSON.stringify({ query: '{ __typename }' }),
        t.apiKey(),
      );
      await new Promise((resolve) => setTimeout(resolve, 100));
      const started = Date.now();
      await t.gateway.stop({ drainMs: 300 });
      expect(Date.now() - started).toBeGreaterThanOrEqual(250);
      // its connection is closed without an answer: nobody was left to answer it
      expect(await request.closed).toBe('');
    } finally {
      await t.stop();
    }
  });
});
