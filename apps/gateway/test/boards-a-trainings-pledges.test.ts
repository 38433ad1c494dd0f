import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodesOf, OWN_VILLAGE_ONLY, type ZhouwangBoards, zhouwangBoards } from './support/boards-a-setup.js';
import { type CommandClient, commandClient } from './support/command-client.js';
import { ZHOUWANG_YEAR as YEAR } from './support/zhouwang-day.js';

const LAST_YEAR = YEAR - 1;
const COVERAGE = `query($y: Int!, $v: ID) {
  trainingCoverage(year: $y, villageId: $v) { villageId villageName cadreCount trainedCount untrainedCount share }
}`;
const UNTRAINED = `query($y: Int!, $v: ID, $first: Int, $sort: UntrainedCadreSort, $search: String) {
  untrainedCadres(year: $y, villageId: $v, first: $first, sort: $sort, search: $search) {
    totalCount edges { node { cadreId cadreName villageId villageName lastTrainedOn } }
  }
}`;
const PLEDGES = `query($y: Int!, $status: PledgeStatus, $v: ID, $sort: PledgeBoardSort, $descending: Boolean, $asOf: String) {
  pledgeBoard(year: $y, status: $status, villageId: $v, sort: $sort, descending: $descending, first: 200, asOf: $asOf) {
    totalCount edges { node { cadreId cadreName villageId villageName status madeOn progressOn evaluatedOn residentsRating } }
  }
  pledgeStageCounts(year: $y, villageId: $v, asOf: $asOf) { made progressReported evaluated total }
}`;
const DUE = `query($v: ID) { admonishmentsDue(villageId: $v) { issueId cadreId cadreName villageId villageName description raisedOn } }`;

/** 培训 coverage, 一诺双评 board and admonishments due over the Zhouwang data set, moved by commands. */
describe('training coverage, pledges board and admonishments due', () => {
  let z: ZhouwangBoards;
  let client: CommandClient;
  beforeAll(async () => {
    z = await zhouwangBoards();
    client = commandClient(z.t);
  });
  afterAll(() => z.t.stop());

  it("counts each village's sitting cadres trained in a year, as the dashboard does, and lists who is untrained", async () => {
    const { data, errors } = await z.t.graphql(
      `query($y: Int!, $p: Int!) {
        now: trainingCoverage(year: $y) { cadreCount trainedCount untrainedCount share }
        last: trainingCoverage(year: $p) { cadreCount untrainedCount }
        untrainedNow: untrainedCadres(year: $y) { totalCount }
        untrainedLast: untrainedCadres(year: $p, first: 200) { totalCount }
        statistics { trainingCoverage committeeMembers } }`,
      { y: YEAR, p: LAST_YEAR },
    );
    expect(errors).toBeUndefined();
    expect(data.now).toHaveLength(7);
    expect(data.now.every((v: any) => v.share === 1 && v.untrainedCount === 0)).toBe(true);
    expect(data.statistics.trainingCoverage).toBe(1);
    const sitting = data.now.reduce((sum: number, v: any) => sum + v.cadreCount, 0);
    expect(sitting).toBe(data.statistics.committeeMembers);
    expect(data.untrainedNow.totalCount).toBe(0);
    const untrainedLast = data.last.reduce((sum: number, v: any) => sum + v.untrainedCount, 0);
    expect(untrainedLast).toBeGreaterThan(0);
    expect(data.untrainedLast.totalCount).toBe(untrainedLast);
  });

  it('raises a village’s coverage when an attendance sheet is recorded, and takes its attendees off the untrained list', async () => {
    const before = (await z.t.graphql(COVERAGE, { y: LAST_YEAR, v: z.villageA })).data.trainingCoverage[0];
    const untrained = nodesOf(
      (await z.t.graphql(UNTRAINED, { y: LAST_YEAR, v: z.villageA, first: 200 })).data.untrainedCadres,
    );
    expect(untrained).toHaveLength(before.untrainedCount);
    const attendees = untrained.slice(0, 2).map((n) => n.cadreId);
    const trainingId = randomUUID();
    await client.run('ScheduleTraining', {
      trainingId,
      townshipId: z.townshipId,
      topic: '村级资产管理',
      kind: 'INTERNAL',
      date: `${LAST_YEAR}-11-20`,
      place: '镇党校',
      scheduledOn: `${LAST_YEAR}-11-01`,
    });
    await client.run('RecordTrainingHeld', { trainingId, attendees, heldOn: `${LAST_YEAR}-11-20` });
    const after = (await z.t.graphql(COVERAGE, { y: LAST_YEAR, v: z.villageA })).data.trainingCoverage[0];
    expect(after.trainedCount).toBe(before.trainedCount + 2);
    expect(after.untrainedCount).toBe(before.untrainedCount - 2);
    expect(after.share).toBeCloseTo(after.trainedCount / after.cadreCount);
    const left = nodesOf(
      (await z.t.graphql(UNTRAINED, { y: LAST_YEAR, v: z.villageA, first: 200 })).data.untrainedCadres,
    );
    expect(left.map((n) => n.cadreId)).toEqual(untrained.slice(2).map((n) => n.cadreId));
    const byName = nodesOf(
      (await z.t.graphql(UNTRAINED, { y: LAST_YEAR, first: 200, sort: 'NAME' })).data.untrainedCadres,
    );
    expect(byName.map((n) => n.cadreName)).toEqual(byName.map((n) => n.cadreName).sort());
  });

  it('keeps a village secretary to their own village’s coverage and untrained cadres', async () => {
    const secretary = await z.t.signInAs('VILLAGE', z.villageA);
    const own = await z.t.post(COVERAGE, { y: YEAR }, secretary);
    expect(own.errors).toBeUndefined();
    expect(own.data.trainingCoverage.map((v: any) => v.villageId)).toEqual([z.villageA]);
    for (const query of [COVERAGE, UNTRAINED]) {
      const other = await z.t.post(query, { y: YEAR, v: z.villageB }, secretary);
      expect(other.errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect(other.errors?.[0].message).toBe(OWN_VILLAGE_ONLY);
    }
  });

  it("shows the year's pledges by stage, moves one to 评诺 when it is evaluated, and answers as of a past day", async () => {
    const before = (await z.t.graphql(PLEDGES, { y: YEAR })).data;
    expect(before.pledgeBoard.totalCount).toBe(before.pledgeStageCounts.total);
    expect(before.pledgeStageCounts.total).toBe(38);
    const progressing = (await z.t.graphql(PLEDGES, { y: YEAR, status: 'PROGRESS_REPORTED' })).data;
    expect(progressing.pledgeBoard.totalCount).toBe(before.pledgeStageCounts.progressReported);
    expect(
      nodesOf(progressing.pledgeBoard).every((n) => n.status === 'PROGRESS_REPORTED' && n.villageName),
    ).toBe(true);
    const pledge = nodesOf(progressing.pledgeBoard)[0];
    await client.run('EvaluatePledge', {
      cadreId: pledge.cadreId,
      year: YEAR,
      residentsRating: 'EXCELLENT',
      organizationRating: 'COMPETENT',
      evaluatedOn: '2026-12-09',
    });
    const after = (await z.t.graphql(PLEDGES, { y: YEAR, status: 'EVALUATED' })).data;
    expect(nodesOf(after.pledgeBoard).map((n) => [n.cadreId, n.residentsRating])).toEqual([
      [pledge.cadreId, 'EXCELLENT'],
    ]);
    expect(after.pledgeStageCounts).toEqual({
      ...before.pledgeStageCounts,
      progressReported: before.pledgeStageCounts.progressReported - 1,
      evaluated: before.pledgeStageCounts.evaluated + 1,
    });
    const spring = (await z.t.graphql(PLEDGES, { y: YEAR, asOf: `${YEAR}-03-31` })).data;
    expect(spring.pledgeStageCounts.progressReported + spring.pledgeStageCounts.evaluated).toBe(0);
    expect(spring.pledgeStageCounts.made).toBe(spring.pledgeBoard.totalCount);
    const byStage = nodesOf(
      (await z.t.graphql(PLEDGES, { y: YEAR, sort: 'STAGE', descending: true })).data.pledgeBoard,
    );
    expect(byStage[0].status).toBe('EVALUATED');
    expect(byStage.at(-1).status).toBe('MADE');
  });

  it("limits a village secretary to their own village's pledges", async () => {
    const secretary = await z.t.signInAs('VILLAGE', z.villageA);
    const own = await z.t.post(PLEDGES, { y: YEAR }, secretary);
    expect(own.errors).toBeUndefined();
    expect(own.data.pledgeBoard.totalCount).toBeGreaterThan(0);
    expect(nodesOf(own.data.pledgeBoard).every((n) => n.villageId === z.villageA)).toBe(true);
    expect(own.data.pledgeStageCounts.total).toBe(own.data.pledgeBoard.totalCount);
    const other = await z.t.post(PLEDGES, { y: YEAR, v: z.villageB }, secretary);
    expect(other.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('lists an admonishment as due once an appraisal reaches 30% 不称职, until the talk is held; never to external apps', async () => {
    expect((await z.t.graphql(DUE)).data.admonishmentsDue).toEqual([]);
    const cadreId = nodesOf((await z.t.graphql(PLEDGES, { y: YEAR, v: z.villageB })).data.pledgeBoard)[0]
      .cadreId;
    const appraisal = {
      cadreId,
      townshipId: z.townshipId,
      kind: 'DEMOCRATIC_APPRAISAL',
      interviewer: '镇党委',
      heldOn: '2026-12-08',
      findings: '年终民主测评',
      votes: { excellent: 2, competent: 3, basicallyCompetent: 2, incompetent: 3 },
    };
    await client.run('RecordInterview', appraisal);
    const due = (await z.t.graphql(DUE)).data.admonishmentsDue;
    expect(due).toHaveLength(1);
    expect(due[0]).toMatchObject({ cadreId, villageId: z.villageB, raisedOn: '2026-12-08' });
    expect(due[0].cadreName).toEqual(expect.any(String));
    expect(due[0].description).toContain('30%');
    expect((await z.t.graphql(DUE, { v: z.villageA })).data.admonishmentsDue).toEqual([]);
    const secretaryOfA = await z.t.signInAs('VILLAGE', z.villageA);
    expect((await z.t.post(DUE, {}, secretaryOfA)).data.admonishmentsDue).toEqual([]);
    expect((await z.t.post(DUE, { v: z.villageB }, secretaryOfA)).errors?.[0].extensions.code).toBe(
      'FORBIDDEN',
    );
    expect((await z.t.post(DUE, {}, z.t.apiKey())).errors?.[0].extensions.code).toBe('FORBIDDEN');
    await client.run('RecordInterview', {
      cadreId,
      townshipId: z.townshipId,
      kind: 'ADMONISHMENT',
      interviewer: '镇纪委书记',
      heldOn: '2026-12-09',
      findings: '诫勉谈话',
    });
    expect((await z.t.graphql(DUE)).data.admonishmentsDue).toEqual([]);
  });
});
