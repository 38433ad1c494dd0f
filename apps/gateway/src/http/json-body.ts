import type { ServerResponse } from 'node:http';
import { type HttpRefusal, sendGraphQLError } from '../protection/graphql-error-response.js';
import type { HttpHandler, HttpRequest } from './http-handler.js';

const rawBodies = new WeakMap<ServerResponse, string>();

/** The exact text of the JSON body `jsonBody` read for this response's request. */
export function rawBodyOf(res: ServerResponse): string | undefined {
  return rawBodies.get(res);
}

const REFUSALS = {
  tooLarge: (limit: number) => ({
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    messages: {
      zh: `请求体超过 ${Math.round(limit / 1024)} KB 上限`,
      en: `The request body is larger than ${Math.round(limit / 1024)} KB`,
    },
  }),
  encoding: {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    messages: {
      zh: '请求体须为未压缩的 UTF-8 JSON',
      en: 'The request body must be uncompressed UTF-8 JSON',
    },
  },
  notJson: {
    status: 400,
    code: 'BAD_REQUEST',
    messages: { zh: '请求体不是有效的 JSON', en: 'The request body is not valid JSON' },
  },
  stalled: (idleMs: number) => ({
    status: 408,
    code: 'REQUEST_TIMEOUT',
    messages: {
      zh: `请求体 ${idleMs / 1000} 秒内没有送达（Content-Length 多于实际发送的字节？），连接已关闭`,
      en: `The request body stopped arriving for ${idleMs / 1000} s (a Content-Length larger than what was sent?); the connection is closed`,
    },
  }),
} as const;

/** `application/json` of `Application/JSON; charset=utf-8`. */
export const mediaTypeOf = (contentType: string) => contentType.split(';', 1)[0]?.trim().toLowerCase();

/** How long a body may pause before the request is given up: a client that announced more than it sends. */
export const BODY_IDLE_MS = 5_000;

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Refuses a request whose body is not (all) read and closes its connection: what is left of the body
 * is not worth waiting for, and a stalled or oversized sender must not keep the connection.
 */
function refuseAndClose(req: HttpRequest, res: ServerResponse, refusal: HttpRefusal): void {
  res.setHeader('connection', 'close');
  sendGraphQLError(req, res, refusal);
}

/** The body's text, or undefined when it is not UTF-8 (a replacement character would go into the ledger). */
function utf8TextOf(bytes: Buffer): string | undefined {
  try {
    return UTF8.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Reads a JSON request body (an object or an array) into `req.body`, refusing with a coded GraphQL
 * error a body over `limit` bytes, a compressed or non-UTF-8 one, one that does not parse, and one that
 * stops arriving for `idleMs` (a Content-Length larger than what is sent). Other content types are left
 * unread, as GraphQL over HTTP refuses them (CSRF prevention) and a `text/plain` post must never be taken
 * for JSON. A client that goes away mid-body is not answered.
 */
export function jsonBody(limit: number, idleMs = BODY_IDLE_MS): HttpHandler {
  return (req, res, next) => {
    const contentType = req.headers['content-type'] ?? '';
    if (req.method !== 'POST' || mediaTypeOf(contentType) !== 'application/json') {
      next();
      return;
    }
    const encoding = req.headers['content-encoding'];
    const charset = /charset=([^;]+)/i.exec(contentType)?.[1]?.trim().toLowerCase();
    if ((encoding && encoding !== 'identity') || (charset && charset !== 'utf-8' && charset !== 'utf8')) {
      refuseAndClose(req, res, REFUSALS.encoding);
      return;
    }
    if (Number(req.headers['content-length'] ?? 0) > limit) {
      refuseAndClose(req, res, REFUSALS.tooLarge(limit));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const stop = () => {
      done = true;
      clearTimeout(stalled);
      req.removeAllListeners('data');
    };
    const stalled = setTimeout(() => {
      stop();
      refuseAndClose(req, res, REFUSALS.stalled(idleMs));
    }, idleMs);
    req.on('data', (chunk: Buffer) => {
      stalled.refresh();
      size += chunk.length;
      chunks.push(chunk);
      if (size <= limit) return;
      stop();
      refuseAndClose(req, res, REFUSALS.tooLarge(limit));
    });
    // the client went away (or its connection broke) before its body was read: there is nobody to answer
    const abandoned = () => {
      if (done) return;
      stop();
      res.destroy();
    };
    req.on('error', abandoned);
    req.once('close', abandoned);
    req.once('end', () => {
      if (done) return;
      stop();
      const text = utf8TextOf(Buffer.concat(chunks, size));
      if (text === undefined) {
        sendGraphQLError(req, res, REFUSALS.encoding);
        return;
      }
      try {
        const body: unknown = JSON.parse(text);
        if (typeof body !== 'object' || body === null) throw new SyntaxError('not an object or array');
        req.body = body;
      } catch {
        sendGraphQLError(req, res, REFUSALS.notJson);
        return;
      }
      rawBodies.set(res, text);
      next();
    });
  };
}
