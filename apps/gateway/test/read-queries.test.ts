import { startEsdbProtocolDouble } from '@cadre/event-store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';
import { loadZhouwang, noonOf, ZHOUWANG_YEAR as YEAR, ZHOUWANG_TODAY } from './support/zhouwang-day.js';

const now = noonOf(ZHOUWANG_TODAY);

/** The same end-to-end suite on the embedded store and on EventStoreDB (the real client, the protocol double). */
const STORES = [
  {
    name: 'embedded SQLite',
    start: async () => ({ t: await startTestGateway({ now }), stop: async () => {} }),
  },
  {
    name: 'EventStoreDB (protocol double)',
    start: async () => {
      const server = await startEsdbProtocolDouble();
      return {
        t: await startTestGateway({ eventStoreConnectionString: server.connectionString, now }),
        stop: () => server.stop(),
      };
    },
  },
];

/** The read side through GraphQL, over the Zhouwang data set: what the dashboard and the auditors ask. */
describe.each(STORES)('read queries over the Zhouwang data set on $name', ({ start }) => {
  let t: TestGateway;
  let stopStore: () => Promise<void>;
  let secretaryId: string;
  beforeAll(async () => {
    ({ t, stop: stopStore } = await start());
    await loadZhouwang(t.system);
    const { data } = await t.graphql(`{ cadres(first: 1, role: PARTY_SECRETARY) { edges { node { id } } } }`);
    secretaryId = data.cadres.edges[0].node.id;
  });
  afterAll(async () => {
    await t.stop();
    await stopStore();
  });

  it('answers the statistics of the report for the year', async () => {
    const { data, errors } = await t.graphql(
      `query($year: Int) { statistics(year: $year) {
        villages communities partySecretaries reserveCadres trainingSessions internalTrainingSessions trainingCoverage externalTrainingSecretaries
        serviceRequestsResolved admonishments pledgeItems honoredDistrictOrAbove
        committeeEducation { bachelorOrAboveShare juniorCollegeOrAboveShare } reserveEducation { bachelorOrAboveShare }
        committeeAge { bands { band count } averageAge } } }`,
      { year: YEAR },
    );
    expect(errors).toBeUndefined();
    expect(data.statistics).toMatchObject({
      partySecretaries: 7,
      reserveCadres: 11,
      trainingSessions: 14,
      internalTrainingSessions: 12,
      trainingCoverage: 1,
      externalTrainingSecretaries: 3,
      serviceRequestsResolved: 101,
      admonishments: 2,
      honoredDistrictOrAbove: 3,
    });
    expect(data.statistics.villages + data.statistics.communities).toBe(7);
    expect(data.statistics.committeeEducation.bachelorOrAboveShare).toBeCloseTo(0.108, 3);
  });

  it('replays the statistics as of an earlier date (time travel)', async () => {
    const { data, errors } = await t.graphql(
      `{ before: statistics(year: ${YEAR - 1}, asOf: "${YEAR - 1}-12-31") { asOf committeeMembers reserveCadres trainingSessions pledgesEvaluated }
         electionDay: statistics(year: ${YEAR - 5}, asOf: "${YEAR - 5}-10-15") { committeeMembers reserveCadres } }`,
    );
    expect(errors).toBeUndefined();
    expect(data.before).toMatchObject({
      asOf: `${YEAR - 1}-12-31`,
      committeeMembers: 37,
      reserveCadres: 11,
      trainingSessions: 0,
      pledgesEvaluated: 37,
    });
    expect(data.electionDay).toEqual({ committeeMembers: 37, reserveCadres: 0 });
  });

  it('serves a whole dossier (一人一档) of a party secretary', async () => {
    const { data, errors } = await t.graphql(
      `query($id: ID!) { cadre(id: $id) { name age village { name seats { position cadreName } }
        posts { committee position } postHistory { appointedOn reviewId }
        qualificationReviews { outcome verdicts { department verdict } }
        trainings { topic kind } interviews { kind } portrait { basedOn } pledges { year itemCount residentsRating }
        honors { level } assessments { year grade } benefits { kind } familyMembers { relation } resume { description } } }`,
      { id: secretaryId },
    );
    expect(errors).toBeUndefined();
    const cadre = data.cadre;
    expect(cadre.posts[0]).toEqual({ committee: 'PARTY_COMMITTEE', position: 'PARTY_SECRETARY' });
    expect(
      cadre.village.seats.some((s: any) => s.position === 'PARTY_SECRETARY' && s.cadreName === cadre.name),
    ).toBe(true);
    expect(cadre.qualificationReviews[0].outcome).toBe('APPROVED');
    expect(cadre.qualificationReviews[0].verdicts).toHaveLength(4);
    expect(cadre.postHistory[0].reviewId).toBeTruthy();
    expect(cadre.interviews.map((i: any) => i.kind)).toEqual([
      'HEART_TO_HEART',
      'FIELD_VISIT',
      'DEMOCRATIC_APPRAISAL',
    ]);
    expect(cadre.portrait.basedOn).toHaveLength(3);
    expect(cadre.pledges.map((p: any) => p.year)).toEqual([YEAR - 1, YEAR]);
    expect(cadre.benefits).toHaveLength(3);
    expect(cadre.trainings.length).toBeGreaterThanOrEqual(3);
    expect(cadre.age).toBeGreaterThan(30);
  });

  it('lists with filters and cursors: villages, reserve cadres, trainings, pledges, honors, requests, warnings', async () => {
    const { data, errors } = await t.graphql(`{
      villages(first: 10) { totalCount edges { node { name kind reserveCadres { name reserve { source tier } } } } }
      reserves: cadres(first: 5, role: RESERVE) { totalCount pageInfo { hasNextPage endCursor } }
      trainings(year: ${YEAR}, kind: INTERNAL, first: 20) { totalCount edges { node { topic attendeeCount } } }
      pledges(year: ${YEAR}, status: PROGRESS_REPORTED, first: 1) { totalCount }
      honors(year: ${YEAR}, level: DISTRICT) { totalCount }
      serviceRequests(status: RATED, first: 1) { totalCount }
      earlyWarnings(open: true) { totalCount edges { node { source description } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.villages.totalCount).toBe(7);
    expect(data.villages.edges.flatMap((e: any) => e.node.reserveCadres)).toHaveLength(11);
    expect(data.reserves).toMatchObject({ totalCount: 11, pageInfo: { hasNextPage: true } });
    const next = await t.graphql(
      `query($after: String) { cadres(first: 10, role: RESERVE, after: $after) { edges { node { id } } pageInfo { hasNextPage } } }`,
      {
        after: data.reserves.pageInfo.endCursor,
      },
    );
    expect(next.data.cadres.edges).toHaveLength(6);
    expect(next.data.cadres.pageInfo.hasNextPage).toBe(false);
    expect(data.trainings.totalCount).toBe(12);
    expect(data.pledges.totalCount).toBeGreaterThanOrEqual(37);
    expect(data.honors.totalCount).toBe(2);
    expect(data.serviceRequests.totalCount).toBeGreaterThan(40);
    expect(data.earlyWarnings.edges.map((e: any) => e.node.source)).toEqual(['COMMITTEE_REVIEW']);
    const order = await t.graphql(
      `{ newest: trainings(first: 1, reverse: true) { edges { node { date } } } oldest: trainings(first: 1) { edges { node { date } } } }`,
    );
    expect(order.data.newest.edges[0].node.date > order.data.oldest.edges[0].node.date).toBe(true);
  });

  it('shows a cadre as of a date and their full history with actor and reason', async () => {
    const resigned = await t.graphql(
      `{ eventLog(filter: { type: "CadreLeftPost" }, first: 5) { totalCount edges { node { streamId actor reason occurredAt } } } }`,
    );
    const leaving = resigned.data.eventLog.edges[0].node;
    expect(leaving).toMatchObject({ actor: 'system:demo', reason: '本人因家庭原因申请辞去职务' });
    const cadreId = leaving.streamId.slice('cadre-'.length);
    const { data, errors } = await t.graphql(
      `query($id: ID!) {
        before: cadreAsOf(id: $id, asOf: "${YEAR}-03-01") { registered posts { position } eventCount }
        after: cadreAsOf(id: $id, asOf: "${YEAR}-03-31") { posts { position } }
        never: cadreAsOf(id: $id, asOf: "2000-01-01") { registered eventCount }
        cadreHistory(id: $id) { totalCount edges { node { type actor hash previousHash } } } }`,
      { id: cadreId },
    );
    expect(errors).toBeUndefined();
    expect(data.before.posts.length).toBeGreaterThan(0);
    expect(data.after.posts).toEqual([]);
    expect(data.never).toEqual({ registered: false, eventCount: 0 });
    const history = data.cadreHistory.edges.map((e: any) => e.node);
    expect(history[0].type).toBe('CadreRegistered');
    expect(history.at(-1).type).toBe('CadreLeftPost');
    for (let i = 1; i < history.length; i++) expect(history[i].previousHash).toBe(history[i - 1].hash);
  });

  it('runs the integrity check, and rejects a malformed as-of date with a coded error', async () => {
    const { data } = await t.graphql('{ integrityCheck { ok events streams firstBroken { streamId } } }');
    expect(data.integrityCheck).toMatchObject({ ok: true, firstBroken: null });
    expect(data.integrityCheck.events).toBeGreaterThan(1000);
    const bad = await t.graphql(`query($id: ID!) { cadreAsOf(id: $id, asOf: "yesterday") { registered } }`, {
      id: secretaryId,
    });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
  });
});
