import { getIntrospectionQuery, graphql } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from '../src/graphql/apollo.js';
import { ARMOR_LIMITS } from '../src/protection/armor.js';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';

let t: TestGateway;
let url: string;
let admin: Record<string, string>;

/** The real gateway, as wired for production: guards, limits, access plugin; an administrator calls. */
beforeAll(async () => {
  t = await startTestGateway();
  url = `${t.gateway.url}/graphql`;
  admin = await t.signInAs('ADMIN');
});

afterAll(async () => {
  await t.stop();
});

async function post(body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...admin, ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) as { data?: any; errors?: any[] } };
}

/** Refused before execution: a 400, no data, a coded error, nothing of the server's insides. */
async function expectRefused(
  query: string,
  code: string,
  message: RegExp,
  headers: Record<string, string> = {},
) {
  const { status, text, body } = await post({ query }, headers);
  expect(status).toBe(400);
  expect(body.data).toBeUndefined();
  expect(body.errors?.[0].extensions.code).toBe(code);
  expect(body.errors?.[0].message).toMatch(message);
  expect(text).not.toMatch(/stacktrace|\n\s+at |node_modules|\.ts:\d+/);
  return body.errors![0];
}

const repeat = (count: number, make: (i: number) => string) =>
  Array.from({ length: count }, (_, i) => make(i)).join(' ');

describe('abusive queries (OWASP GraphQL cheat sheet, graphql-cop)', () => {
  it('refuses 101 aliases (alias overloading)', async () => {
    const query = `query cop { ${repeat(101, (i) => `alias${i}: __typename`)} }`;
    const error = await expectRefused(query, 'GRAPHQL_VALIDATION_FAILED', /^查询使用的别名超过上限 15 个$/);
    expect(error.extensions.messages.en).toBe('Aliases limit of 15 exceeded, found 101.');
    await expectRefused(query, 'GRAPHQL_VALIDATION_FAILED', /^Aliases limit of 15 exceeded/, {
      'accept-language': 'en',
    });
  });

  it('refuses 10 batched operations (array batching) with 400', async () => {
    const { status, text, body } = await post(
      Array.from({ length: 10 }, () => ({ query: 'query cop { __typename }' })),
      {
        'accept-language': 'en',
      },
    );
    expect(status).toBe(400);
    expect(body.errors?.[0]).toEqual({
      message: 'A request may batch at most 5 operations; this one has 10',
      extensions: {
        code: 'BAD_REQUEST',
        messages: {
          zh: '一次请求最多批量提交 5 个操作，本次有 10 个',
          en: 'A request may batch at most 5 operations; this one has 10',
        },
      },
    });
    expect(text).not.toMatch(/stacktrace/);
  });

  it('refuses 500 duplicated fields (field duplication), as graphql-cop sends them', async () => {
    const query = `query cop { ${'__typename \n'.repeat(500)}} `;
    await expectRefused(
      query,
      'GRAPHQL_VALIDATION_FAILED',
      /^字段“__typename”在同一处重复了 500 次，上限 20 次$/,
    );
  });

  it('refuses a document over 1000 tokens (500 duplicated object fields)', async () => {
    const query = `{ ${'cadres { totalCount } '.repeat(500)} }`;
    const error = await expectRefused(query, 'GRAPHQL_PARSE_FAILED', /^查询过长：超过 1000 个记号$/);
    expect(error.extensions.messages.en).toBe('The query is too long: more than 1000 tokens');
  });

  it('refuses nesting deeper than 6, through fields or fragments', async () => {
    const ofTypes = `${'ofType { '.repeat(6)}name${' }'.repeat(6)}`;
    await expectRefused(
      `{ __type(name: "Cadre") { fields { type { ${ofTypes} } } } }`,
      'GRAPHQL_VALIDATION_FAILED',
      /^查询嵌套深度超过上限 6$/,
    );
    const viaFragments = `{ cadres { ...A } }
      fragment A on CadreConnection { edges { ...B } }
      fragment B on CadreEdge { node { ...C } }
      fragment C on Cadre { village { reserveCadres { ...D } } }
      fragment D on Cadre { posts { villageId } }`;
    await expectRefused(
      viaFragments,
      'GRAPHQL_VALIDATION_FAILED',
      /^Query depth limit of 6 exceeded, found 7\.$/,
      {
        'accept-language': 'en',
      },
    );
  });

  it('refuses circular introspection', async () => {
    await expectRefused(
      'query cop { __schema { types { fields { type { fields { type { fields { name } } } } } } } }',
      'GRAPHQL_VALIDATION_FAILED',
      /^内省查询嵌套过深：类型不能循环展开$/,
    );
  });

  it('refuses more than 50 directives (directive overloading)', async () => {
    await expectRefused(
      `{ __typename ${'@include(if: true) '.repeat(51)} }`,
      'GRAPHQL_VALIDATION_FAILED',
      /^查询使用的指令超过上限 50 个$/,
    );
  });

  it('never suggests field, argument or enum names ("Did you mean")', async () => {
    const probes: { query: string; variables?: Record<string, unknown> }[] = [
      { query: '{ cadres { edges { node { nme } } } }' },
      { query: '{ cadre(ids: "x") { id } }' },
      { query: '{ cadrez { totalCount } }' },
      {
        query:
          'mutation { registerCadre(commandId: "c", input: { profile: { name: "a", gender: MALEE, birthDate: "1990-01-01", idNumber: "x", educationLevel: BACHELOR } }) { duplicate } }',
      },
      {
        query:
          'mutation R($input: RegisterCadreInput!) { registerCadre(commandId: "c", input: $input) { duplicate } }',
        variables: {
          input: {
            profile: {
              name: 'a',
              gender: 'FEMAL',
              birthDate: '1990-01-01',
              idNumber: 'x',
              educationLevel: 'BACHELOR',
            },
          },
        },
      },
    ];
    for (const probe of probes) {
      const { status, text, body } = await post(probe);
      expect(status).toBe(400);
      expect(body.errors?.length).toBeGreaterThan(0);
      expect(text).not.toMatch(/Did you mean|Suggestion hidden/i);
      const messages = body.errors!.map((error) => error.message).join('\n');
      expect(messages).not.toMatch(/"(name|cadres|MALE|FEMALE)"/);
      // the same probe without the gateway's protection does get a suggestion
      const bare = await graphql({
        schema: buildSchema(),
        source: probe.query,
        variableValues: probe.variables ?? {},
      });
      expect(bare.errors?.map((error) => error.message).join('\n')).toMatch(/Did you mean/);
    }
  });

  it('still answers real clients: the standard introspection query and an ordinary page of the roster', async () => {
    const introspection = await post({ query: getIntrospectionQuery() });
    expect(introspection.body.errors).toBeUndefined();
    expect(introspection.body.data.__schema.queryType.name).toBe('Query');
    const roster = await post({
      query: `query Roster($first: Int) { cadres(first: $first) { totalCount
        edges { cursor node { id name idNumber posts { villageId committee position appointedOn } } }
        pageInfo { hasNextPage endCursor } } }`,
      variables: { first: 50 },
    });
    expect(roster.body).toEqual({
      data: { cadres: { totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } } },
    });
    expect(ARMOR_LIMITS).toEqual({
      maxDepth: 6,
      maxAliases: 15,
      maxTokens: 1000,
      maxCost: 10_000,
      maxDirectives: 50,
    });
  });
});
