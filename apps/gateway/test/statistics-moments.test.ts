import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandClient } from './support/command-client.js';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';
import { loadZhouwang, noonOf, ZHOUWANG_YEAR as YEAR, ZHOUWANG_TODAY } from './support/zhouwang-day.js';

const FIGURES = `asOf year partySecretaries committeeMembers trainingSessions internalTrainingSessions
  externalTrainingSessions externalTrainingSecretaries trainingCoverage honors honorsDistrictOrAbove honoredCadres
  honoredDistrictOrAbove admonishments pledgeItems serviceRequestsResolved`;
const NEXT_YEAR_DAY = `${YEAR + 1}-01-10`;

/**
 * The statistics through HTTP over the Zhouwang data set, on a clock that moves from a December day of
 * the report year into the next January: this year is live, a past year stands at its 31 December.
 */
describe('statistics: which moment the figures stand at', () => {
  let t: TestGateway;
  let clock = noonOf(ZHOUWANG_TODAY);
  const statistics = async (args: string, headers?: Record<string, string>) => {
    const { data, errors } = await t.graphql(`{ statistics${args} { ${FIGURES} } }`, {}, headers);
    return { figures: data?.statistics, errors };
  };
  beforeAll(async () => {
    t = await startTestGateway({ now: () => clock() });
    await loadZhouwang(t.system);
  });
  afterAll(() => t.stop());

  it('in December the default year is this year, live, with the report’s figures', async () => {
    const { figures, errors } = await statistics('');
    expect(errors).toBeUndefined();
    expect(figures).toEqual({
      asOf: ZHOUWANG_TODAY,
      year: YEAR,
      partySecretaries: 7,
      committeeMembers: 37,
      trainingSessions: 14,
      internalTrainingSessions: 12,
      externalTrainingSessions: 2,
      externalTrainingSecretaries: 3,
      trainingCoverage: 1,
      honors: 5,
      honorsDistrictOrAbove: 3,
      honoredCadres: 5,
      honoredDistrictOrAbove: 3,
      admonishments: 2,
      pledgeItems: 63,
      serviceRequestsResolved: 101,
    });
  });

  it('next January, last year stands at its 31 December: a secretary who left in January still counts', async () => {
    clock = noonOf(NEXT_YEAR_DAY);
    const client = commandClient(t);
    const { data } = await t.graphql(
      '{ villages(first: 1) { edges { node { id seats { cadreId position committee } } } } }',
    );
    const village = data.villages.edges[0].node;
    const secretary = village.seats.find((s: any) => s.position === 'PARTY_SECRETARY').cadreId;
    for (const seat of village.seats.filter((s: any) => s.cadreId === secretary)) {
      await client.run('LeavePost', {
        cadreId: secretary,
        villageId: village.id,
        committee: seat.committee,
        position: seat.position,
        reason: 'RESIGNED',
        leftOn: `${YEAR + 1}-01-05`,
      });
    }
    const live = await statistics('');
    expect(live.errors).toBeUndefined();
    expect(live.figures).toMatchObject({
      asOf: NEXT_YEAR_DAY,
      year: YEAR + 1,
      partySecretaries: 6,
      committeeMembers: 36,
      trainingSessions: 0,
      honors: 0,
    });
    const lastYear = await statistics(`(year: ${YEAR})`);
    expect(lastYear.errors).toBeUndefined();
    expect(lastYear.figures).toMatchObject({
      asOf: `${YEAR}-12-31`,
      year: YEAR,
      partySecretaries: 7,
      committeeMembers: 37,
      trainingSessions: 14,
      trainingCoverage: 1,
      honoredDistrictOrAbove: 3,
    });
    const midYear = await statistics(`(asOf: "${YEAR}-01-31")`);
    expect(midYear.figures).toMatchObject({ asOf: `${YEAR}-01-31`, year: YEAR, partySecretaries: 7 });
    expect(midYear.figures.trainingSessions).toBeLessThan(14);
  });

  it('counts a member trained when only their own file records the session they attended', async () => {
    const client = commandClient(t);
    const { data } = await t.graphql(
      '{ townships { id } cadres(first: 2, role: COMMITTEE_MEMBER) { edges { node { id } } } }',
    );
    const [listed, ownFileOnly] = data.cadres.edges.map((e: any) => e.node.id);
    const topic = '村级资产管理';
    const scheduled = await client.run('ScheduleTraining', {
      townshipId: data.townships[0].id,
      topic,
      kind: 'INTERNAL',
      date: `${YEAR + 1}-01-08`,
      place: '镇党群服务中心',
    });
    const trainingId = scheduled.ids.find((i: any) => i.category === 'training').id;
    await client.run('RecordTrainingHeld', { trainingId, heldOn: `${YEAR + 1}-01-08`, attendees: [listed] });
    const before = await statistics('');
    expect(before.figures).toMatchObject({ trainingSessions: 1, internalTrainingSessions: 1 });
    expect(before.figures.trainingCoverage).toBeCloseTo(1 / 36, 4);
    await client.run('RecordTraining', {
      cadreId: ownFileOnly,
      trainingId,
      topic,
      kind: 'INTERNAL',
      trainedOn: `${YEAR + 1}-01-08`,
    });
    const after = await statistics('');
    expect(after.figures.trainingSessions).toBe(1);
    expect(after.figures.trainingCoverage).toBeCloseTo(2 / 36, 4);
  });

  it('a late entry counts on business time, not on the store’s time (basis RECORDED)', async () => {
    const { data } = await t.graphql(
      '{ cadres(first: 1, role: COMMITTEE_MEMBER) { edges { node { id } } } }',
    );
    await commandClient(t).run('HonorCadre', {
      cadreId: data.cadres.edges[0].node.id,
      title: '优秀党务工作者',
      level: 'DISTRICT',
      awardingBody: '区委组织部',
      awardedOn: `${YEAR}-12-28`,
    });
    const occurred = await statistics(`(year: ${YEAR})`);
    expect(occurred.figures).toMatchObject({ honors: 6, honorsDistrictOrAbove: 4 });
    const recorded = await statistics(`(year: ${YEAR}, basis: RECORDED)`);
    expect(recorded.figures).toMatchObject({ asOf: `${YEAR}-12-31`, honors: 5, honorsDistrictOrAbove: 3 });
    expect(recorded.figures.partySecretaries).toBe(7);
  });

  it('refuses a year after this one, a day after today and a malformed day with coded errors in both languages', async () => {
    const cases: Array<[string, string, string]> = [
      [`(year: ${YEAR + 2})`, 'YEAR_IN_FUTURE', 'year'],
      [`(asOf: "${YEAR + 1}-01-11")`, 'AS_OF_IN_FUTURE', 'asOf'],
      [`(year: ${YEAR + 1}, asOf: "${YEAR + 1}-02-30")`, 'INVALID_DATE', 'asOf'],
      ['(asOf: "yesterday")', 'INVALID_DATE', 'asOf'],
    ];
    for (const [args, rule, field] of cases) {
      const zh = await statistics(args);
      expect(zh.figures, args).toBeUndefined();
      expect(zh.errors?.[0], args).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', rule, field } });
      expect(zh.errors?.[0].message, args).toMatch(/[\u4e00-\u9fff]/);
      const en = await statistics(args, { 'accept-language': 'en' });
      expect(en.errors?.[0].extensions.rule, args).toBe(rule);
      expect(en.errors?.[0].message, args).toMatch(/^(year|asOf) (cannot be after|must be)/);
    }
  });
});
