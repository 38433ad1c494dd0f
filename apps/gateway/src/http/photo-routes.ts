import type { IncomingMessage, ServerResponse } from 'node:http';
import { DomainError, type Localized, pick } from '@cadre/domain';
import {
  authenticateRequests,
  principalOf,
  refuseRejectedCredentials,
} from '../access/authentication-middleware.js';
import { decideAccess } from '../access/policy.js';
import { mayViewPhoto, villageOfCadre } from '../documents/photos/photo-access.js';
import { MAX_PHOTO_BYTES, PHOTO_TOO_LARGE } from '../documents/photos/photo-bytes.js';
import { localeFrom } from '../graphql/locale.js';
import type { System } from '../system.js';
import type { HttpHandler } from './http-handler.js';
import { inSequence } from './in-sequence.js';

const PHOTO_PATH = /^\/photos(?:\/([0-9a-f]{64}))?\/?(?:\?.*)?$/;

export const isPhotoPath = (url = '') =>
  url === '/photos' || url.startsWith('/photos/') || url.startsWith('/photos?');

const DENIED: Record<'unauthenticated' | 'forbidden', { status: number; messages: Localized }> = {
  unauthenticated: { status: 401, messages: { zh: '请先登录', en: 'Sign in first' } },
  forbidden: {
    status: 403,
    messages: { zh: '无权查看或更换该干部的照片', en: "You may not see or change this cadre's photo" },
  },
};

/** An answer in the shape GraphQL errors have, so that one client reads both. */
function refuse(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  code: string,
  messages: Localized,
  extra: Record<string, unknown> = {},
) {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  const message = pick(messages, localeFrom(req.headers['accept-language']));
  res.end(JSON.stringify({ errors: [{ message, extensions: { code, messages, ...extra } }] }));
}

function refuseDomain(req: IncomingMessage, res: ServerResponse, error: DomainError) {
  const status = error.kind === 'NOT_FOUND' ? 404 : error.kind === 'CONFLICT' ? 409 : 400;
  refuse(req, res, status, error.kind, error.messages, {
    rule: error.rule,
    ...(error.field ? { field: error.field } : {}),
  });
}

/** The body's bytes, or null (answered 413, connection closed) past the photo limit. */
function readPhotoBody(req: IncomingMessage, res: ServerResponse): Promise<Buffer | null> {
  const tooLarge = () => {
    res.setHeader('connection', 'close');
    refuse(req, res, 413, 'BAD_USER_INPUT', PHOTO_TOO_LARGE, { rule: 'PHOTO_TOO_LARGE', field: 'photo' });
    req.resume();
  };
  if (Number(req.headers['content-length'] ?? 0) > MAX_PHOTO_BYTES) {
    tooLarge();
    return Promise.resolve(null);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_PHOTO_BYTES) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > MAX_PHOTO_BYTES) {
        tooLarge();
        resolve(null);
      } else resolve(Buffer.concat(chunks));
    });
    req.on('error', reject);
  });
}

const queryOf = (req: IncomingMessage) => new URL(req.url ?? '/', 'http://gateway').searchParams;

/** POST /photos?cadreId=…: keeps a JPEG or PNG (≤ 2 MB) by its hash; `changeCadrePhoto` then puts it on file. */
async function upload(system: System, req: IncomingMessage, res: ServerResponse) {
  const principal = principalOf(res);
  const decision = decideAccess(
    principal,
    'changeCadrePhoto',
    villageOfCadre(system, queryOf(req).get('cadreId') ?? undefined),
  );
  if (decision !== 'allowed') {
    req.resume();
    const denial = DENIED[decision === 'unauthenticated' ? 'unauthenticated' : 'forbidden'];
    refuse(
      req,
      res,
      denial.status,
      decision === 'unauthenticated' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
      denial.messages,
    );
    return;
  }
  const bytes = await readPhotoBody(req, res);
  if (!bytes) return;
  const photo = system.photos.put(bytes);
  res.statusCode = 201;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(
    JSON.stringify({
      sha256: photo.sha256,
      contentType: photo.contentType,
      size: photo.bytes.length,
      url: `/photos/${photo.sha256}`,
    }),
  );
}

/** GET /photos/<sha256>?cadreId=…: the photo, to whoever may see that cadre's file with identifiers. */
async function download(system: System, sha256: string, req: IncomingMessage, res: ServerResponse) {
  const verdict = await mayViewPhoto(system, principalOf(res), queryOf(req).get('cadreId') ?? '', sha256);
  const photo = verdict === 'allowed' ? system.photos.get(sha256) : undefined;
  if (verdict === 'unauthenticated' || verdict === 'forbidden') {
    const denial = DENIED[verdict];
    refuse(
      req,
      res,
      denial.status,
      verdict === 'unauthenticated' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
      denial.messages,
    );
    return;
  }
  if (!photo) {
    refuse(
      req,
      res,
      404,
      'NOT_FOUND',
      { zh: '找不到该照片', en: 'No such photo' },
      { rule: 'PHOTO_NOT_FOUND' },
    );
    return;
  }
  res.statusCode = 200;
  res.setHeader('content-type', photo.contentType);
  res.setHeader('cache-control', 'private, max-age=3600');
  res.setHeader('x-content-type-options', 'nosniff');
  res.end(photo.bytes);
}

/** The photo endpoints, authenticated as /graphql is (a session or an API key). */
export function photoRoutes(system: System): HttpHandler {
  const route: HttpHandler = async (req, res) => {
    const match = PHOTO_PATH.exec(req.url ?? '');
    try {
      if (req.method === 'POST' && match && !match[1]) await upload(system, req, res);
      else if (req.method === 'GET' && match?.[1]) await download(system, match[1], req, res);
      else refuse(req, res, 404, 'NOT_FOUND', { zh: '没有这个地址', en: 'No such address' });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      req.resume();
      refuseDomain(req, res, error);
    }
  };
  return inSequence([authenticateRequests(system.accounts), refuseRejectedCredentials(), route]);
}
