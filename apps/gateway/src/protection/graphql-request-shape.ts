import type { IncomingMessage } from 'node:http';
import type { Localized } from '@cadre/domain';
import { type HttpHandler, searchOf } from '../http/http-handler.js';
import { mediaTypeOf } from '../http/json-body.js';
import { acceptsGraphQLAnswer, prefersPage } from './accept-header.js';
import { type HttpRefusal, sendGraphQLError } from './graphql-error-response.js';
import { holdsSubscription, SUBSCRIPTION_OVER_HTTP } from './subscriptions-over-http.js';

const badRequest = (messages: Localized): HttpRefusal => ({ status: 400, code: 'BAD_REQUEST', messages });

const REFUSALS = {
  method: {
    status: 405,
    code: 'BAD_REQUEST',
    messages: { zh: 'GraphQL 只接受 GET 和 POST 请求', en: 'GraphQL takes GET and POST requests only' },
  },
  notAcceptable: {
    status: 406,
    code: 'NOT_ACCEPTABLE',
    messages: {
      zh: 'Accept 请求头须接受 application/json 或 application/graphql-response+json',
      en: 'The Accept header must take application/json or application/graphql-response+json',
    },
  },
  postNotJson: badRequest({
    zh: 'POST 请求体须为 JSON（Content-Type: application/json）',
    en: 'A POST body must be JSON (Content-Type: application/json)',
  }),
  getContentType: {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    messages: {
      zh: 'GET 请求的 Content-Type 只能是 application/json',
      en: 'A GET request may have no content type but application/json',
    },
  },
  crossSite: badRequest({
    zh: 'GET 请求须带非空的 apollo-require-preflight 或 x-apollo-operation-name 请求头（防止跨站请求伪造）',
    en: 'A GET request needs a non-empty apollo-require-preflight or x-apollo-operation-name header (cross-site request forgery protection)',
  }),
  noOperation: badRequest({
    zh: '请求中没有 GraphQL 操作：须有非空的 query 或 extensions.persistedQuery',
    en: 'The request holds no GraphQL operation: send a non-empty query or extensions.persistedQuery',
  }),
  notString: (name: string) => badRequest({ zh: `${name} 须为字符串`, en: `${name} must be a string` }),
  notObject: (name: string) =>
    badRequest({ zh: `${name} 须为 JSON 对象`, en: `${name} must be a JSON object` }),
  subscription: badRequest(SUBSCRIPTION_OVER_HTTP),
  repeated: (name: string) =>
    badRequest({
      zh: `查询参数 ${name} 只能出现一次`,
      en: `The ${name} search parameter may appear only once`,
    }),
} as const;

/** Apollo's CSRF prevention: a GET is served without a content type only with one of these headers. */
const PREFLIGHT_HEADERS = ['apollo-require-preflight', 'x-apollo-operation-name'];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
/** A part left out or sent as null is as if not sent (Apollo's reading). */
const given = (value: unknown) => value !== undefined && value !== null;

/** What is wrong with one operation (a POST body, an element of a batch, a GET's parameters), if anything. */
function faultOfOperation(operation: Record<string, unknown>): HttpRefusal | undefined {
  const { query, variables, extensions, operationName } = operation;
  if (given(query) && typeof query !== 'string') return REFUSALS.notString('query');
  if (given(operationName) && typeof operationName !== 'string') return REFUSALS.notString('operationName');
  if (given(variables) && !isRecord(variables)) return REFUSALS.notObject('variables');
  if (given(extensions) && !isRecord(extensions)) return REFUSALS.notObject('extensions');
  if (!query && !(isRecord(extensions) && extensions.persistedQuery)) return REFUSALS.noOperation;
  const persisted = isRecord(extensions) ? extensions.persistedQuery : undefined;
  if (isRecord(persisted) && given(persisted.sha256Hash) && typeof persisted.sha256Hash !== 'string')
    return REFUSALS.notString('extensions.persistedQuery.sha256Hash');
  if (typeof query === 'string' && holdsSubscription(query)) return REFUSALS.subscription;
  return undefined;
}

/** What is wrong with a GET: its content type, no preflight header, or the operation in its query string. */
function faultOfGet(req: IncomingMessage): HttpRefusal | undefined {
  const contentType = req.headers['content-type'];
  if (contentType !== undefined && mediaTypeOf(contentType) !== 'application/json')
    return REFUSALS.getContentType;
  if (contentType === undefined && !PREFLIGHT_HEADERS.some((name) => req.headers[name]))
    return REFUSALS.crossSite;
  const params = new URLSearchParams(searchOf(req));
  const operation: Record<string, unknown> = {};
  for (const name of ['query', 'operationName', 'variables', 'extensions']) {
    const values = params.getAll(name);
    if (values.length > 1) return REFUSALS.repeated(name);
    const [value] = values;
    if (value === undefined) continue;
    if (name === 'query' || name === 'operationName') {
      operation[name] = value;
      continue;
    }
    try {
      operation[name] = JSON.parse(value);
    } catch {
      return REFUSALS.notObject(name);
    }
    if (!isRecord(operation[name])) return REFUSALS.notObject(name);
  }
  return faultOfOperation(operation);
}

function faultOfPost(req: IncomingMessage & { body?: unknown }): HttpRefusal | undefined {
  if (mediaTypeOf(req.headers['content-type'] ?? '') !== 'application/json') return REFUSALS.postNotJson;
  const operations = Array.isArray(req.body) ? req.body : [req.body];
  for (const operation of operations) {
    const fault = isRecord(operation) ? faultOfOperation(operation) : REFUSALS.noOperation;
    if (fault) return fault;
  }
  return undefined;
}

/**
 * Refuses, before anything runs, a request that is not a GraphQL-over-HTTP request Apollo can serve:
 * another method, an Accept header that takes no GraphQL answer, a POST that is not JSON, a GET without
 * the CSRF preflight header or with malformed parameters, an operation whose query, variables,
 * extensions or operationName is of the wrong kind (in a batch: any one of them), a subscription (served
 * over WebSocket only). Apollo refuses the same, but in English only, and the Accept header and a batch's
 * operations only once others have run (and written). Mount it after the JSON body is read and the batch
 * bounded.
 */
export function graphqlRequestShape(): HttpHandler {
  return (req, res, next) => {
    const method = req.method ?? 'GET';
    // a browser opening /graphql is given Apollo's landing page
    if (method === 'GET' && prefersPage(req.headers.accept)) {
      next();
      return;
    }
    const fault =
      method !== 'GET' && method !== 'POST'
        ? REFUSALS.method
        : !acceptsGraphQLAnswer(req.headers.accept)
          ? REFUSALS.notAcceptable
          : method === 'GET'
            ? faultOfGet(req)
            : faultOfPost(req);
    if (!fault) {
      next();
      return;
    }
    if (fault === REFUSALS.method) res.setHeader('allow', 'GET, POST');
    sendGraphQLError(req, res, fault);
  };
}
