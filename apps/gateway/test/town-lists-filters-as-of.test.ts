import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';
import { loadZhouwang, noonOf, ZHOUWANG_YEAR as YEAR, ZHOUWANG_TODAY } from './support/zhouwang-day.js';

const SPRING = `${YEAR}-03-31`;
const ids = (connection: any): string[] => connection.edges.map((e: any) => e.node.id ?? e.node.cadreId);

/** The town's lists through HTTP over the Zhouwang data set: township and village filters, and time travel. */
describe('lists of trainings, pledges, honors and service requests: filters and as of a day', () => {
  let t: TestGateway;
  let townshipId: string;
  let villageA: string;
  let villageB: string;
  /** The cadres (posts or reserve place) of village A. */
  let cadresOfA: Set<string>;
  beforeAll(async () => {
    t = await startTestGateway({ now: noonOf(ZHOUWANG_TODAY) });
    await loadZhouwang(t.system);
    const { data } = await t.graphql(`{ townships { id } villages(first: 2) { edges { node { id } } } }`);
    townshipId = data.townships[0].id;
    [villageA, villageB] = data.villages.edges.map((e: any) => e.node.id);
    const roster = await t.graphql(
      `query($v: ID) { cadres(first: 200, villageId: $v) { edges { node { id } } } }`,
      {
        v: villageA,
      },
    );
    cadresOfA = new Set(ids(roster.data.cadres));
  });
  afterAll(() => t.stop());

  it('trainings of a township and of a village (the sessions its cadres attended), live and as of a day', async () => {
    const { data, errors } = await t.graphql(
      `query($t: ID, $v: ID, $spring: String) {
        township: trainings(first: 50, townshipId: $t) { totalCount edges { node { id date heldOn } } }
        village: trainings(first: 50, villageId: $v) { totalCount edges { node { id attendeeIds } } }
        spring: trainings(first: 50, asOf: $spring) { totalCount edges { node { id heldOn } } }
        springRecorded: trainings(first: 50, asOf: $spring, basis: RECORDED) { totalCount }
        otherTownship: trainings(townshipId: "00000000-0000-4000-8000-000000000000") { totalCount } }`,
      { t: townshipId, v: villageA, spring: SPRING },
    );
    expect(errors).toBeUndefined();
    expect(data.township.totalCount).toBe(14);
    expect(data.otherTownship.totalCount).toBe(0);
    expect(data.village.totalCount).toBeGreaterThan(0);
    expect(data.village.totalCount).toBeLessThan(14);
    for (const { node } of data.village.edges)
      expect(node.attendeeIds.some((id: string) => cadresOfA.has(id))).toBe(true);
    const heldBySpring = data.township.edges.filter((e: any) => e.node.heldOn && e.node.heldOn <= SPRING);
    expect(data.spring.totalCount).toBe(heldBySpring.length);
    expect(data.spring.totalCount).toBeGreaterThan(0);
    expect(data.spring.edges.every((e: any) => e.node.heldOn <= SPRING)).toBe(true);
    // The whole data set was entered today: on the store's clock nothing had been recorded by spring.
    expect(data.springRecorded.totalCount).toBe(0);
  });

  it('pledges and honors of a township and of a village, live and as of a day', async () => {
    const { data, errors } = await t.graphql(
      `query($t: ID, $v: ID, $spring: String, $year: Int) {
        townshipPledges: pledges(first: 100, year: $year, townshipId: $t) { totalCount }
        villagePledges: pledges(first: 100, year: $year, villageId: $v) { totalCount edges { node { cadreId progressOn } } }
        springPledges: pledges(first: 100, year: $year, villageId: $v, asOf: $spring) { totalCount edges { node { progressOn } } }
        honors(first: 20, townshipId: $t) { totalCount edges { node { cadreId awardedOn } } }
        villageHonors: honors(first: 20, villageId: $v) { totalCount edges { node { cadreId } } }
        springHonors: honors(first: 20, asOf: $spring) { totalCount } }`,
      { t: townshipId, v: villageA, spring: SPRING, year: YEAR },
    );
    expect(errors).toBeUndefined();
    expect(data.townshipPledges.totalCount).toBe(38);
    expect(data.villagePledges.totalCount).toBeGreaterThan(0);
    expect(data.villagePledges.edges.every((e: any) => cadresOfA.has(e.node.cadreId))).toBe(true);
    expect(data.villagePledges.edges.every((e: any) => e.node.progressOn)).toBe(true);
    // By spring the pledges were made, their mid-year progress not yet reported.
    expect(data.springPledges.totalCount).toBe(data.villagePledges.totalCount);
    expect(data.springPledges.edges.every((e: any) => e.node.progressOn === null)).toBe(true);
    expect(data.honors.totalCount).toBe(5);
    expect(data.villageHonors.edges.every((e: any) => cadresOfA.has(e.node.cadreId))).toBe(true);
    const bySpring = data.honors.edges.filter((e: any) => e.node.awardedOn <= SPRING).length;
    expect(data.springHonors.totalCount).toBe(bySpring);
    expect(bySpring).toBeLessThan(5);
  });

  it('service requests of a township and of a village, live and as of a day', async () => {
    const { data, errors } = await t.graphql(
      `query($t: ID, $v: ID, $spring: String) {
        township: serviceRequests(first: 200, townshipId: $t) { totalCount edges { node { villageId raisedOn resolvedOn } } }
        village: serviceRequests(first: 200, villageId: $v) { totalCount edges { node { villageId } } }
        spring: serviceRequests(first: 200, asOf: $spring) { totalCount edges { node { resolvedOn } } } }`,
      { t: townshipId, v: villageA, spring: SPRING },
    );
    expect(errors).toBeUndefined();
    expect(data.township.totalCount).toBe(105);
    expect(data.village.totalCount).toBe(15);
    expect(data.village.edges.every((e: any) => e.node.villageId === villageA)).toBe(true);
    const raisedBySpring = data.township.edges.filter((e: any) => e.node.raisedOn <= SPRING);
    expect(data.spring.totalCount).toBe(raisedBySpring.length);
    expect(data.spring.totalCount).toBeLessThan(105);
    expect(data.spring.edges.every((e: any) => !e.node.resolvedOn || e.node.resolvedOn <= SPRING)).toBe(true);
  });

  it('a village secretary sees their own village’s pledges and requests, as of a day too, and no other', async () => {
    const secretary = await t.signInAs('VILLAGE', villageA);
    const own = await t.graphql(
      `query($spring: String) { pledges(first: 100, asOf: $spring) { edges { node { cadreId } } }
        serviceRequests(first: 200, asOf: $spring) { edges { node { villageId } } } }`,
      { spring: SPRING },
      secretary,
    );
    expect(own.errors).toBeUndefined();
    expect(own.data.pledges.edges.length).toBeGreaterThan(0);
    expect(own.data.pledges.edges.every((e: any) => cadresOfA.has(e.node.cadreId))).toBe(true);
    expect(own.data.serviceRequests.edges.every((e: any) => e.node.villageId === villageA)).toBe(true);
    for (const field of ['pledges', 'serviceRequests']) {
      const other = await t.graphql(
        `query($v: ID, $spring: String) { ${field}(villageId: $v, asOf: $spring) { totalCount } }`,
        { v: villageB, spring: SPRING },
        secretary,
      );
      expect(other.data, field).toBeNull();
      expect(other.errors?.[0].extensions.code, field).toBe('FORBIDDEN');
    }
  });

  it('refuses a day after today and a malformed day on a list with coded errors, in the caller’s language', async () => {
    for (const [asOf, rule] of [
      ['2026-12-11', 'AS_OF_IN_FUTURE'],
      ['2026-13-01', 'INVALID_DATE'],
    ] as const) {
      const { data, errors } = await t.graphql(
        `query($asOf: String) { honors(asOf: $asOf) { totalCount } }`,
        { asOf },
        { 'accept-language': 'en' },
      );
      expect(data).toBeNull();
      expect(errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', rule, field: 'asOf' } });
      expect(errors?.[0].message).toMatch(/^asOf /);
    }
  });
});
