import type { ServerResponse } from 'node:http';
import { sendGraphQLError } from '../protection/graphql-error-response.js';
import type { HttpHandler } from './http-handler.js';

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
} as const;

const mediaTypeOf = (contentType: string) => contentType.split(';', 1)[0]?.trim().toLowerCase();

/**
 * Reads a JSON request body (an object or an array) into `req.body`, refusing with a coded GraphQL
 * error a body over `limit` bytes, a compressed or non-UTF-8 one, and one that does not parse. Other
 * content types are left unread, as GraphQL over HTTP refuses them (CSRF prevention) and a `text/plain`
 * post must never be taken for JSON.
 */
export function jsonBody(limit: number): HttpHandler {
  return (req, res, next) => {
    const contentType = req.headers['content-type'] ?? '';
    if (req.method !== 'POST' || mediaTypeOf(contentType) !== 'application/json') {
      next();
      return;
    }
    const encoding = req.headers['content-encoding'];
    const charset = /charset=([^;]+)/i.exec(contentType)?.[1]?.trim().toLowerCase();
    if ((encoding && encoding !== 'identity') || (charset && charset !== 'utf-8' && charset !== 'utf8')) {
      sendGraphQLError(req, res, REFUSALS.encoding);
      return;
    }
    if (Number(req.headers['content-length'] ?? 0) > limit) {
      sendGraphQLError(req, res, REFUSALS.tooLarge(limit));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('error', next);
    req.on('end', () => {
      if (size > limit) {
        sendGraphQLError(req, res, REFUSALS.tooLarge(limit));
        return;
      }
      const text = Buffer.concat(chunks, size).toString();
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
