import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { chance, type Gen, pick, upTo } from './fuzz-choices.js';
import type { FuzzOperation, OperationWriter } from './fuzz-graphql-documents.js';
import {
  deeplyNestedJsonText,
  hostileJson,
  hostileNumberText,
  hostileString,
  nestedJsonText,
} from './fuzz-hostile-values.js';

/** One request as the fuzzer sends it to the gateway's GraphQL path. */
export interface HostileRequest {
  /** What kind of hostility this is, for the report of a failure. */
  kind: string;
  method: string;
  /** `/graphql` and what follows it (a query string, a sub-path). */
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Header values an HTTP client can put on the wire (printable ASCII), hostile in their meaning. */
const headerText = (g: Gen) =>
  g(fc.string, { unit: 'binary-ascii', maxLength: 40 }).replace(/[^\x20-\x7e]/g, '');

const JSON_TYPES = ['application/json', 'application/json; charset=utf-8', 'APPLICATION/JSON;CHARSET=UTF-8'];
const WRONG_TYPES = [
  'text/plain',
  'text/plain; charset=utf-8',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/graphql',
  'application/graphql-response+json',
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  'application/jsonx',
  'json',
  ';;;',
  '*/*',
];
const ACCEPTS = [
  'application/json',
  'application/graphql-response+json',
  'application/json; charset=utf-8',
  '*/*',
  'text/html',
  'image/png',
  'application/json;q=0',
  'multipart/mixed; deferSpec=20220824',
  'text/html, application/json;q=0.1',
  ',,,;q=x',
];
const LANGUAGES = ['zh-CN', 'en', 'en-US,en;q=0.9', 'fr', '*', 'EN', 'zh-Hant;q=0.5, en;q=0.1', ';;;'];
const GRAPHQL_PATHS = [
  '/graphql',
  '/graphql/',
  '/graphql/x',
  '/graphql//',
  '/graphql/%00',
  '/graphql/..%2Fhealthz',
];

/**
 * Hostile requests to `/graphql` of every kind the fuzzer knows: operations written from the schema,
 * batches, mangled and hostile JSON, persisted-query extensions, GET query strings, wrong content types
 * and encodings, other methods, odd headers. `credentials` are the caller's (admin, API key, none); a
 * share of requests replaces them with made-up ones.
 */
export function hostileRequest(
  g: Gen,
  writer: OperationWriter,
  credentials: Record<string, string>,
): HostileRequest {
  const headers: Record<string, string> = { ...credentials };
  if (chance(g, 5)) {
    delete headers.authorization;
    delete headers['x-api-key'];
    headers[pick(g, ['authorization', 'x-api-key'])] =
      pick(g, ['Bearer ', 'Basic ', 'ck_', '']) + headerText(g);
  }
  if (chance(g, 20)) headers['accept-language'] = pick(g, LANGUAGES);
  if (chance(g, 10)) headers.accept = pick(g, ACCEPTS);
  const post = (
    kind: string,
    body: string | Uint8Array,
    contentType = pick(g, JSON_TYPES),
  ): HostileRequest => ({
    kind,
    method: 'POST',
    path: chance(g, 95) ? '/graphql' : pick(g, GRAPHQL_PATHS),
    headers: { ...headers, 'content-type': contentType },
    body,
  });
  const operation = () => writer.write(g);
  switch (upTo(g, 19)) {
    case 0:
    case 1:
      return post('batch', JSON.stringify(batch(g, operation)));
    case 2:
    case 3:
      return post('mangled JSON', mangled(g, JSON.stringify(operation())));
    case 4:
      return post('hostile JSON', hostileJsonBody(g, operation()));
    case 5:
    case 6:
      return post('persisted query', JSON.stringify(persistedQuery(g, operation())));
    case 7:
    case 8:
    case 9:
      return get(g, operation(), headers);
    case 10: {
      const request = post('content type', JSON.stringify(operation()), pick(g, WRONG_TYPES));
      if (chance(g, 30)) delete request.headers['content-type'];
      if (chance(g, 30)) request.headers['apollo-require-preflight'] = 'true';
      if (chance(g, 30)) request.headers['content-encoding'] = pick(g, ['gzip', 'br', 'identity', 'x']);
      return request;
    }
    case 11:
      return chance(g, 90)
        ? post('raw bytes', rawBytes(g))
        : post('oversized', `{"query":"${'#'.repeat(1_100_000)}"}`);
    case 13:
    case 14:
      return post('plausible write', JSON.stringify(townshipRegistration(g)));
    case 12: {
      const method = pick(g, ['PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', 'TRACE_', 'PROPFIND']);
      return {
        kind: 'method',
        method,
        path: '/graphql',
        headers: { ...headers, 'content-type': 'application/json' },
        ...(method === 'HEAD' ? {} : { body: JSON.stringify(operation()) }),
      };
    }
    default:
      return post('operation', JSON.stringify(operation()));
  }
}

function batch(g: Gen, operation: () => FuzzOperation): unknown[] {
  return Array.from({ length: upTo(g, 7) }, () => (chance(g, 85) ? operation() : g(() => hostileJson)));
}

/** JSON text cut, spliced or with a number no JSON writer produces. */
function mangled(g: Gen, text: string): string {
  switch (upTo(g, 4)) {
    case 0:
      return text.slice(0, upTo(g, text.length));
    case 1: {
      const at = upTo(g, text.length);
      return (
        text.slice(0, at) +
        pick(g, ['{', '}', '[', ']', ',', ':', '"', '\\', '\u0000', '\ud800', 'null']) +
        text.slice(at)
      );
    }
    case 2:
      return text.replace(
        /-?\d+(\.\d+)?(e[+-]?\d+)?/,
        g(() => hostileNumberText),
      );
    case 3:
      return `${text}${pick(g, ['', ' ', '\n', 'x', '{}', text])}`;
    default:
      return text.replace(/"query"/, pick(g, ['"query" ', '"Query"', '"query\\u0000"', '"query","query":1']));
  }
}

/** An operation body with one part replaced by hostile JSON: a value deep past any limit, or of another kind. */
function hostileJsonBody(g: Gen, operation: FuzzOperation): string {
  const part = pick(g, ['query', 'variables', 'operationName', 'extensions', 'whole']);
  if (part === 'whole') {
    return chance(g, 50) ? g(() => deeplyNestedJsonText) : JSON.stringify(g(() => hostileJson));
  }
  const replacement = chance(g, 40) ? g(() => deeplyNestedJsonText) : JSON.stringify(g(() => hostileJson));
  const rest = Object.entries(operation)
    .filter(([key]) => key !== part)
    .map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`);
  if (part === 'variables' && chance(g, 40)) {
    // a broken operation's variables may be any JSON, null included (fuzz-graphql-documents.ts)
    const name = Object.keys(Object(operation.variables))[0] ?? 'x';
    return `{${[...rest, `"variables":{${JSON.stringify(name)}:${nestedJsonText(g(fc.constantFrom, 10, 5_000, 50_000), 'object')}}`].join(',')}}`;
  }
  return `{${[...rest, `${JSON.stringify(part)}:${replacement}`].join(',')}}`;
}

/** An automatic persisted query: a hash alone, a hash with a text it does not match, odd versions. */
function persistedQuery(g: Gen, operation: FuzzOperation): Record<string, unknown> {
  const hash = pick(g, [
    sha256(operation.query),
    sha256(`${operation.query} `),
    sha256(operation.query).toUpperCase(),
    'abc',
    '',
    'x'.repeat(100_000),
    g(() => hostileString),
  ]);
  const persistedQuery = chance(g, 85)
    ? {
        version: chance(g, 80) ? 1 : g(() => hostileJson),
        sha256Hash: chance(g, 90) ? hash : g(() => hostileJson),
      }
    : g(() => hostileJson);
  const { query, ...rest } = operation;
  return { ...rest, ...(chance(g, 60) ? { query } : {}), extensions: { persistedQuery } };
}

/** A GET with the operation in the query string: valid, duplicated, not JSON, or without the preflight header. */
function get(g: Gen, operation: FuzzOperation, headers: Record<string, string>): HostileRequest {
  const params = new URLSearchParams();
  if (chance(g, 90)) params.append('query', operation.query);
  if (chance(g, 60))
    params.append('variables', chance(g, 80) ? JSON.stringify(operation.variables) : g(() => hostileString));
  if (operation.operationName && chance(g, 70)) params.append('operationName', operation.operationName);
  if (chance(g, 20))
    params.append(
      'extensions',
      chance(g, 50) ? JSON.stringify(persistedQuery(g, operation).extensions) : '{',
    );
  if (chance(g, 10)) params.append(pick(g, ['query', 'variables', 'extensions', 'operationName']), '{}');
  const search =
    params.toString() + (chance(g, 10) ? pick(g, ['&%ZZ', '&&&', '&query', '#frag', '&a=%00']) : '');
  const request: HostileRequest = {
    kind: 'GET',
    method: 'GET',
    path: `/graphql?${search}`,
    headers: { ...headers },
  };
  if (chance(g, 75)) request.headers['apollo-require-preflight'] = 'true';
  if (chance(g, 15)) request.headers['content-type'] = pick(g, [...JSON_TYPES, ...WRONG_TYPES]);
  return request;
}

const DAYS = [
  '2026-03-01',
  '2024-02-29',
  '2026-02-30',
  '2025-02-29',
  '2026-04-31',
  '2026-13-01',
  '2026-3-1',
  '2027-01-01',
];

/**
 * A township's registration that may well be accepted: a fresh command id, names that are mostly fine,
 * a day that may not exist. Accepted ones write, so that "a refused request wrote nothing" is put to the test.
 */
function townshipRegistration(g: Gen): { query: string; variables: Record<string, unknown> } {
  const text = () =>
    chance(g, 60) ? pick(g, ['周王镇', '长丰县', 'Zhouwang', '镇 一']) : g(() => hostileString);
  return {
    query:
      'mutation Register($commandId: ID!, $input: RegisterTownshipInput!) { registerTownship(commandId: $commandId, input: $input) { commandId duplicate position } }',
    variables: {
      commandId: chance(g, 90) ? g(fc.uuid) : g(() => hostileString),
      input: {
        name: text(),
        district: text(),
        ...(chance(g, 70) ? { registeredOn: chance(g, 85) ? pick(g, DAYS) : g(() => hostileString) } : {}),
      },
    },
  };
}

/** Bytes that are not UTF-8, or JSON with invalid UTF-8 inside a string. */
function rawBytes(g: Gen): Uint8Array {
  if (chance(g, 50)) return g(fc.uint8Array, { maxLength: 64 });
  const invalid = pick(g, [[0xff], [0xc3], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xc0, 0xaf]]);
  const before = Buffer.from('{"query":"{ cadres(search: \\"');
  const after = Buffer.from('\\") { totalCount } }"}');
  return new Uint8Array(Buffer.concat([before, Buffer.from(invalid), after]));
}
