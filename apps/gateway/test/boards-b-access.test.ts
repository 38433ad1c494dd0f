import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';
import { loadZhouwang, noonOf, ZHOUWANG_TODAY } from './support/zhouwang-day.js';

/** Each board list with the village every row names (`villageId`). */
const VILLAGE_LISTS = [
  'talkRecords',
  'warningRecords',
  'committeeReviews',
  'serviceRequestCards',
  'honorRecords',
  'assessmentRecords',
] as const;
/** Supervision and personnel records: not for external apps. */
const INTERNAL = ['talkRecords', 'warningRecords', 'committeeReviews', 'assessmentRecords', 'benefitRecords'];

const villagesOf = (connection: any): string[] => connection.edges.map((e: any) => e.node.villageId);

/** Who may read the boards' lists: a village secretary their own village only, external apps no supervision. */
describe('the boards’ lists by role, and bad filters', () => {
  let t: TestGateway;
  let own: string;
  let other: string;
  beforeAll(async () => {
    t = await startTestGateway({ now: noonOf(ZHOUWANG_TODAY) });
    await loadZhouwang(t.system);
    const { data } = await t.graphql('{ villages(first: 7) { edges { node { id name } } } }');
    const byName = new Map(data.villages.edges.map((e: any) => [e.node.name, e.node.id]));
    // 杨店村 has an open warning and 李岗村 a closed one, so both villages have rows in every list.
    own = byName.get('周王村') as string;
    other = byName.get('杨店村') as string;
  });
  afterAll(() => t.stop());

  it('keeps a village secretary to their own village in every list, by default and when asked', async () => {
    const secretary = await t.signInAs('VILLAGE', own);
    for (const field of VILLAGE_LISTS) {
      const mine = await t.graphql(
        `{ ${field}(first: 200) { totalCount edges { node { villageId } } } }`,
        {},
        secretary,
      );
      expect(mine.errors, field).toBeUndefined();
      expect(
        villagesOf(mine.data[field]).every((v) => v === own),
        field,
      ).toBe(true);
      const all = await t.graphql(`{ ${field}(first: 200) { totalCount edges { node { villageId } } } }`);
      expect(new Set(villagesOf(all.data[field])).size, field).toBeGreaterThan(1);
      const theirs = await t.graphql(
        `query($v: ID) { ${field}(villageId: $v) { totalCount } }`,
        { v: other },
        secretary,
      );
      expect(theirs.data, field).toBeNull();
      expect(theirs.errors?.[0].extensions.code, field).toBe('FORBIDDEN');
    }
    const benefits = await t.graphql('{ benefitRecords { totalCount } }', {}, secretary);
    expect(benefits.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('refuses supervision records and benefits to an external app; an auditor reads them all', async () => {
    const key = t.apiKey();
    const auditor = await t.signInAs('AUDITOR');
    for (const field of INTERNAL) {
      const external = await t.post(`{ ${field} { totalCount } }`, {}, key);
      expect(external.data ?? null, field).toBeNull();
      expect(external.errors?.[0].extensions.code, field).toBe('FORBIDDEN');
      const audited = await t.graphql(`{ ${field} { totalCount } }`, {}, auditor);
      expect(audited.errors, field).toBeUndefined();
      expect(audited.data[field].totalCount, field).toBeGreaterThan(0);
    }
    const shared = await t.post(
      '{ serviceRequestCards { totalCount } honorRecords { totalCount } }',
      {},
      key,
    );
    expect(shared.errors).toBeUndefined();
    expect(shared.data).toEqual({
      serviceRequestCards: { totalCount: 105 },
      honorRecords: { totalCount: 5 },
    });
  });

  it('logs a list of benefits as a read of each cadre’s benefits (sensitive, PIPL Art. 28)', async () => {
    const auditor = await t.signInAs('AUDITOR');
    const listed = await t.graphql(
      '{ benefitRecords(first: 3, sort: CADRE_NAME) { edges { node { cadreId } } } }',
      {},
      auditor,
    );
    const first = listed.data.benefitRecords.edges[0].node;
    const log = await t.graphql(
      'query($c: ID) { personalDataReads(cadreId: $c) { fields operation role } }',
      { c: first.cadreId },
      auditor,
    );
    expect(log.data.personalDataReads).toContainEqual({
      fields: ['benefits'],
      operation: 'benefitRecords',
      role: 'AUDITOR',
    });
  });

  it('refuses an impossible date filter and a day after today with coded errors in the caller’s language', async () => {
    for (const [query, rule, field] of [
      ['{ serviceRequestCards(raisedFrom: "2026-02-30") { totalCount } }', 'INVALID_DATE', 'raisedFrom'],
      ['{ talkRecords(heldTo: "yesterday") { totalCount } }', 'INVALID_DATE', 'heldTo'],
      ['{ committeeReviews(asOf: "2026-12-11") { totalCount } }', 'AS_OF_IN_FUTURE', 'asOf'],
    ] as const) {
      for (const [language, pattern] of [
        ['en', /must be a date|cannot be after today/],
        ['zh-CN', /应为日期|不能晚于今天/],
      ] as const) {
        const { data, errors } = await t.graphql(query, {}, { 'accept-language': language });
        expect(data, query).toBeNull();
        expect(errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', rule, field } });
        expect(errors?.[0].message).toMatch(pattern);
      }
    }
  });
});
