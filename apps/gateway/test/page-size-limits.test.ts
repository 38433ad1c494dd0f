import { readFileSync } from 'node:fs';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@cadre/projections';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_ROWS, pageQuery } from './support/page-rows.js';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

describe('page sizes: what the docs promise, the limits allow', () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway({ now: () => new Date('2026-06-01T08:00:00Z') });
  });
  afterAll(async () => {
    await t.stop();
  });

  it('documents the page size the read models clamp to, in the guide and in the SDL', () => {
    expect(read('../../../docs/graphql.md')).toContain(
      `\`first\` (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE})`,
    );
    expect(read('../schema/root.graphql')).toContain(
      `\`first\` (at most ${MAX_PAGE_SIZE}, default ${DEFAULT_PAGE_SIZE})`,
    );
  });

  it.each(Object.entries(PAGE_ROWS))(
    'answers the biggest page of %s, written out or in a variable',
    async (_, rows) => {
      const literal = await t.graphql(pageQuery(rows, String(MAX_PAGE_SIZE)));
      expect(literal.errors).toBeUndefined();
      expect(literal.data[rows.field]).toMatchObject({ totalCount: 0, edges: [] });
      const variable = await t.graphql(pageQuery(rows, '$first', '($first: Int)'), {
        first: MAX_PAGE_SIZE,
      });
      expect(variable.errors).toBeUndefined();
    },
  );
});
