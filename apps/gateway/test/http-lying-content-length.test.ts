import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_IDLE_MS } from '../src/http/json-body.js';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';

let t: TestGateway;
let port: number;

beforeAll(async () => {
  t = await startTestGateway();
  port = Number(new URL(t.gateway.url).port);
});

afterAll(async () => {
  await t.stop();
});

interface RawExchange {
  socket: Socket;
  /** Everything the server sent, once it closed the connection. */
  closed: Promise<{ text: string; afterMs: number }>;
}

/** Opens a raw connection, writes `bytes` and then sends nothing more. */
function sendRaw(bytes: string): RawExchange {
  const socket = connect(port, '127.0.0.1');
  const started = Date.now();
  let text = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => {
    text += chunk;
  });
  const closed = new Promise<{ text: string; afterMs: number }>((resolve) =>
    socket.on('close', () => resolve({ text, afterMs: Date.now() - started })),
  );
  socket.on('error', () => {});
  socket.write(bytes);
  return { socket, closed };
}

const bodyOf = (response: string) => JSON.parse(response.slice(response.indexOf('\r\n\r\n') + 4));

describe('a request that lies about its body or is not HTTP at all', () => {
  it('times out a body shorter than its Content-Length with a coded 408 and closes, serving others meanwhile', async () => {
    const body = '{"query":"{ __typename }"}';
    const stalled = sendRaw(
      `POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n` +
        `Accept-Language: en\r\nContent-Length: ${body.length + 500}\r\n\r\n${body}`,
    );
    // another connection is answered at once while the first one stalls
    const started = Date.now();
    const meanwhile = await t.graphql('{ cadres(first: 1) { totalCount } }');
    expect(meanwhile).toEqual({ data: { cadres: { totalCount: 0 } } });
    expect(Date.now() - started).toBeLessThan(BODY_IDLE_MS);

    const { text, afterMs } = await stalled.closed;
    expect(text).toMatch(/^HTTP\/1\.1 408 /);
    expect(text).toMatch(/\r\nconnection: close\r\n/i);
    expect(bodyOf(text).errors[0]).toMatchObject({
      message: expect.stringMatching(/^The request body stopped arriving for 5 s/),
      extensions: {
        code: 'REQUEST_TIMEOUT',
        messages: { zh: expect.stringMatching(/^请求体 5 秒内没有送达/), en: expect.any(String) },
      },
    });
    expect(afterMs).toBeGreaterThanOrEqual(BODY_IDLE_MS - 100);
    expect(afterMs).toBeLessThan(BODY_IDLE_MS + 3_000);
  }, 15_000);

  it('answers headers over 16 KB with a coded 431 in the caller language, and closes', async () => {
    const { text } = await sendRaw(
      `GET /graphql HTTP/1.1\r\nHost: localhost\r\nAccept-Language: en\r\nX-Filler: ${'x'.repeat(20_000)}\r\n\r\n`,
    ).closed;
    expect(text).toMatch(/^HTTP\/1\.1 431 /);
    expect(bodyOf(text).errors[0]).toEqual({
      message: 'The request headers are larger than 16 KB',
      extensions: {
        code: 'REQUEST_HEADER_FIELDS_TOO_LARGE',
        messages: { zh: '请求头过大（上限 16 KB）', en: 'The request headers are larger than 16 KB' },
      },
    });
  });

  it('answers bytes that are not HTTP with a coded 400 in zh-CN, and closes', async () => {
    const { text } = await sendRaw('HELLO /graphql SMTP/9\r\n\r\n').closed;
    expect(text).toMatch(/^HTTP\/1\.1 400 /);
    expect(bodyOf(text).errors[0]).toMatchObject({
      message: '请求不是有效的 HTTP 请求',
      extensions: { code: 'BAD_REQUEST', messages: { en: 'The request is not valid HTTP' } },
    });
  });
});
