import { MAX_PAGE_SIZE } from '@cadre/projections';
import { type OperationDefinitionNode, parse, TypeInfo, ValidationContext } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from '../src/graphql/apollo.js';
import { ARMOR_LIMITS } from '../src/protection/armor.js';
import { costOf } from '../src/protection/cost-limit.js';
import { PAGE_ROWS } from './support/page-rows.js';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';

const schema = buildSchema();

function cost(query: string): number {
  const document = parse(query);
  const context = new ValidationContext(schema, document, new TypeInfo(schema), () => {});
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition',
  )!;
  return costOf(context, operation.selectionSet, schema.getRootType(operation.operation)!);
}

const ROSTER_ROW = 'id name posts { position appointedOn }';
const roster = (first: string) => `{ cadres${first} { totalCount edges { cursor node { ${ROSTER_ROW} } } } }`;

describe('the cost of an operation: a field counts once per row its page may hold', () => {
  // cadres, totalCount, edges × rows × (edges, cursor, node, id, name, posts, position, appointedOn)
  const ofRows = (rows: number) => 3 + rows * 8 - 1;

  it('counts a page by its `first`, clamped to the largest page; 50 rows when `first` is left out', () => {
    expect(cost(roster('(first: 10)'))).toBe(ofRows(10));
    expect(cost(roster('(first: 5000)'))).toBe(ofRows(MAX_PAGE_SIZE));
    expect(cost(roster(''))).toBe(ofRows(50));
  });

  it('counts a `first` in a variable as the largest page, whatever its default', () => {
    const query = `query($first: Int = 5) { cadres(first: $first) { totalCount edges { cursor node { ${ROSTER_ROW} } } } }`;
    expect(cost(query)).toBe(ofRows(MAX_PAGE_SIZE));
  });

  it('counts fragments as if written in place, however often they are spread', () => {
    const viaFragments = `{ cadres(first: 10) { ...Page } }
      fragment Page on CadreConnection { totalCount edges { cursor node { ...Row } } }
      fragment Row on Cadre { id name posts { position appointedOn } }`;
    expect(cost(viaFragments)).toBe(cost(roster('(first: 10)')));
    const twice = `{ a: cadres(first: 10) { ...Page } b: cadres(first: 20) { ...Page } }
      fragment Page on CadreConnection { totalCount edges { cursor node { id } } }`;
    expect(cost(twice)).toBe(2 + 10 * 4 + 2 + 20 * 4);
  });
});

describe('cost and depth limits at the gateway', () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway({ now: () => new Date('2026-06-01T08:00:00Z') });
  });
  afterAll(async () => {
    await t.stop();
  });

  it('refuses two of the largest roster pages in one operation, with the cost in zh-CN and en', async () => {
    const page = (alias: string) =>
      `${alias}: cadres(first: ${MAX_PAGE_SIZE}) { edges { cursor node { ${PAGE_ROWS.roster!.node} } } }`;
    const query = `{ ${page('a')} ${page('b')} }`;
    // edges, cursor, node, 12 scalars, village (1 + 2), posts (1 + 5), reserve (1 + 4): 29 a row
    const expected = 2 * (1 + MAX_PAGE_SIZE * 29);
    const answer = await t.graphql(query, undefined, { 'accept-language': 'en' });
    expect(answer.data).toBeUndefined();
    expect(answer.errors?.[0]).toMatchObject({
      message: `Query cost ${expected} exceeds the limit of ${ARMOR_LIMITS.maxCost} (fields in a page count once per row it may hold)`,
      extensions: {
        code: 'GRAPHQL_VALIDATION_FAILED',
        limit: ARMOR_LIMITS.maxCost,
        cost: expected,
        messages: {
          zh: `查询代价 ${expected} 超过上限 ${ARMOR_LIMITS.maxCost}（分页中的字段按每页最多行数计）`,
        },
      },
    });
    const one = await t.graphql(`{ ${page('a')} }`);
    expect(one.errors).toBeUndefined();
  });

  it('measures depth by the answer’s nesting: a fragment spread adds no level (deeper: protection-graphql)', async () => {
    // the admin client's list of 村（社区）: seats through a fragment, five levels deep
    const villages = `{ villages(first: 50) { edges { node { seats { ...Seat } } } } }
      fragment Seat on Seat { cadreId appointedOn }`;
    expect((await t.graphql(villages)).errors).toBeUndefined();
  });
});
