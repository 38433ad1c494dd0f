import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';

let t: TestGateway;
let admin: Record<string, string>;

beforeAll(async () => {
  t = await startTestGateway();
  admin = await t.signInAs('ADMIN');
});

afterAll(async () => {
  await t.stop();
});

const REGISTER = `mutation Register($commandId: ID!) {
  registerTownship(commandId: $commandId, input: { name: "周王镇", district: "长丰县" }) { position }
}`;

interface Raw {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
}

/** Sends as the admin, and answers the status, headers and body; the store's growth tells what it wrote. */
async function send({ method = 'POST', path = '/graphql', headers = {}, body }: Raw) {
  const before = await t.system.store.headPosition();
  const response = await fetch(`${t.gateway.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...admin, ...headers },
    ...(body === undefined ? {} : { body }),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: JSON.parse(text) as any,
    written: (await t.system.store.headPosition()) - before,
  };
}

/** The one coded error of a refusal, in both languages, and in the one asked for. */
async function expectRefused(raw: Raw, status: number, code: string, en: RegExp, zh: RegExp) {
  const zhAnswer = await send(raw);
  expect(zhAnswer.status).toBe(status);
  expect(zhAnswer.body.errors).toHaveLength(1);
  expect(zhAnswer.body.errors[0].extensions).toMatchObject({ code, messages: { zh, en } });
  expect(zhAnswer.body.errors[0].message).toMatch(zh);
  const enAnswer = await send({ ...raw, headers: { ...raw.headers, 'accept-language': 'en' } });
  expect(enAnswer.body.errors[0].message).toMatch(en);
  expect(zhAnswer.written + enAnswer.written).toBe(0n);
  return zhAnswer;
}

const json = (value: unknown) => JSON.stringify(value);

describe('requests GraphQL over HTTP cannot serve are refused, coded, before anything runs', () => {
  it('refuses another method with 405 and Allow', async () => {
    const answer = await expectRefused(
      { method: 'PUT', body: json({ query: '{ __typename }' }) },
      405,
      'BAD_REQUEST',
      /^GraphQL takes GET and POST requests only$/,
      /^GraphQL 只接受 GET 和 POST 请求$/,
    );
    expect(answer.headers.get('allow')).toBe('GET, POST');
  });

  it('refuses an Accept header that takes no GraphQL answer with 406, a mutation unwritten', async () => {
    await expectRefused(
      {
        headers: { accept: 'text/html' },
        body: json({ query: REGISTER, variables: { commandId: randomUUID() } }),
      },
      406,
      'NOT_ACCEPTABLE',
      /^The Accept header must take application\/json/,
      /^Accept 请求头须接受 application\/json/,
    );
    // a batch too: Apollo would run its operations and only then refuse the answer
    await expectRefused(
      {
        headers: { accept: 'image/png' },
        body: json([
          { query: REGISTER, variables: { commandId: randomUUID() } },
          { query: '{ __typename }' },
        ]),
      },
      406,
      'NOT_ACCEPTABLE',
      /^The Accept header/,
      /^Accept 请求头/,
    );
  });

  it('still gives a browser opening /graphql the landing page', async () => {
    const response = await fetch(`${t.gateway.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('refuses a POST body that is not JSON, and bytes that are not UTF-8', async () => {
    await expectRefused(
      { headers: { 'content-type': 'text/plain' }, body: json({ query: '{ __typename }' }) },
      400,
      'BAD_REQUEST',
      /^A POST body must be JSON \(Content-Type: application\/json\)$/,
      /^POST 请求体须为 JSON/,
    );
    const invalid = Buffer.concat([
      Buffer.from('{"query":"{ cadres(search: \\"'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('\\") { totalCount } }"}'),
    ]);
    await expectRefused(
      { body: new Uint8Array(invalid) },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      /UTF-8 JSON/,
      /UTF-8 JSON/,
    );
  });

  it('refuses a GET without the CSRF preflight header, with a foreign content type, or with malformed parameters', async () => {
    const search = new URLSearchParams({ query: '{ __typename }' }).toString();
    await expectRefused(
      { method: 'GET', path: `/graphql?${search}`, headers: { 'content-type': 'text/plain' } },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      /^A GET request may have no content type but application\/json$/,
      /^GET 请求的 Content-Type 只能是 application\/json$/,
    );
    const noPreflight = await fetch(`${t.gateway.url}/graphql?${search}`, { headers: admin });
    expect(noPreflight.status).toBe(400);
    expect(((await noPreflight.json()) as any).errors[0].extensions).toMatchObject({
      code: 'BAD_REQUEST',
      messages: { zh: expect.stringMatching(/apollo-require-preflight/) },
    });
    // with a JSON content type (no simple request a browser sends unasked), the parameters are read
    await expectRefused(
      { method: 'GET', path: `/graphql?${search}&variables=%7B` },
      400,
      'BAD_REQUEST',
      /^variables must be a JSON object$/,
      /^variables 须为 JSON 对象$/,
    );
    await expectRefused(
      { method: 'GET', path: `/graphql?${search}&query=x` },
      400,
      'BAD_REQUEST',
      /^The query search parameter may appear only once$/,
      /^查询参数 query 只能出现一次$/,
    );
  });

  it('refuses an operation whose parts are of the wrong kind, in a batch before any of it runs', async () => {
    await expectRefused(
      { body: json({ query: '{ __typename }', variables: 'x' }) },
      400,
      'BAD_REQUEST',
      /^variables must be a JSON object$/,
      /^variables 须为 JSON 对象$/,
    );
    await expectRefused(
      { body: json({}) },
      400,
      'BAD_REQUEST',
      /^The request holds no GraphQL operation/,
      /^请求中没有 GraphQL 操作/,
    );
    await expectRefused(
      { body: json([{ query: REGISTER, variables: { commandId: randomUUID() } }, { query: 5 }]) },
      400,
      'BAD_REQUEST',
      /^query must be a string$/,
      /^query 须为字符串$/,
    );
  });

  it('refuses an operation with two mutations, which could write one and answer nothing', async () => {
    const twice = `mutation {
      a: registerTownship(commandId: "${randomUUID()}", input: { name: "周王镇", district: "长丰县" }) { position }
      b: registerTownship(commandId: "x", input: { name: "周王镇", district: "长丰县" }) { position }
    }`;
    const answer = await expectRefused(
      { body: json({ query: twice }) },
      400,
      'GRAPHQL_VALIDATION_FAILED',
      /^An operation may run one mutation \(command\); this one runs 2/,
      /^一个操作只能执行一个变更（命令），本次有 2 个/,
    );
    expect(answer.body.errors[0].extensions.limit).toBe(1);
  });

  it('answers @include(if: $flag) given null as bad input, not as an internal error', async () => {
    await expectRefused(
      {
        body: json({
          query: 'query($flag: Boolean = true) { __typename @include(if: $flag) }',
          variables: { flag: null },
        }),
      },
      400,
      'BAD_USER_INPUT',
      /^Argument if must be a Boolean!, not null$/,
      /^参数 if 须为 Boolean!，不能为 null$/,
    );
  });
});
