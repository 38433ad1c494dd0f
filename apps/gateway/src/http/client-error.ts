import type { Duplex } from 'node:stream';
import { type Localized, pick } from '@cadre/domain';
import { localeFrom } from '../graphql/locale.js';

interface ClientErrorAnswer {
  status: string;
  code: string;
  messages: Localized;
}

const ANSWERS: Record<string, ClientErrorAnswer> = {
  HPE_HEADER_OVERFLOW: {
    status: '431 Request Header Fields Too Large',
    code: 'REQUEST_HEADER_FIELDS_TOO_LARGE',
    messages: { zh: '请求头过大（上限 16 KB）', en: 'The request headers are larger than 16 KB' },
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: '408 Request Timeout',
    code: 'REQUEST_TIMEOUT',
    messages: {
      zh: '请求未在时限内送达，连接已关闭',
      en: 'The request did not arrive in time; the connection is closed',
    },
  },
};

const MALFORMED: ClientErrorAnswer = {
  status: '400 Bad Request',
  code: 'BAD_REQUEST',
  messages: { zh: '请求不是有效的 HTTP 请求', en: 'The request is not valid HTTP' },
};

/** The Accept-Language of the bytes Node could not make a request of, when they got that far. */
function languageOf(error: Error & { rawPacket?: Buffer }) {
  const raw = error.rawPacket?.toString('latin1') ?? '';
  return localeFrom(/\r\naccept-language:[ \t]*([^\r\n]*)/i.exec(raw)?.[1]);
}

/**
 * The server's `clientError`: a request Node could not parse (a malformed request line or header, headers
 * over the limit) or that did not arrive in time is answered, as every refusal is, with a coded GraphQL
 * error in both languages (in the Accept-Language among the bytes received, if any), and the connection is closed. A
 * connection the client already reset, or whose answer has begun, is only closed.
 */
export function answerClientError(
  error: NodeJS.ErrnoException & { rawPacket?: Buffer },
  socket: Duplex,
): void {
  const answering = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (error.code === 'ECONNRESET' || !socket.writable || answering?.headersSent) {
    socket.destroy();
    return;
  }
  const { status, code, messages } = ANSWERS[error.code ?? ''] ?? MALFORMED;
  const message = pick(messages, languageOf(error));
  const body = JSON.stringify({ errors: [{ message, extensions: { code, messages } }] });
  socket.end(
    `HTTP/1.1 ${status}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
