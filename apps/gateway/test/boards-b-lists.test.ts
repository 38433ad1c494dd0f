import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CommandClient, commandClient } from './support/command-client.js';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';
import { loadZhouwang, noonOf, ZHOUWANG_TODAY } from './support/zhouwang-day.js';

const nodes = (connection: any): any[] => connection.edges.map((e: any) => e.node);
const isSorted = (values: Array<string | number>, descending = false) =>
  values.every((v, i) => i === 0 || (descending ? values[i - 1]! >= v : values[i - 1]! <= v));
const daysFrom = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

/** The boards' lists (talks, warnings, reviews, 三单 cards, recognition) over the Zhouwang demo on a fixed day. */
describe('the boards of talks, reviews, requests and recognition', () => {
  let t: TestGateway;
  let client: CommandClient;
  let townshipId: string;
  let zhouwang: { cadreId: string; villageId: string };
  beforeAll(async () => {
    t = await startTestGateway({ now: noonOf(ZHOUWANG_TODAY) });
    client = commandClient(t);
    await loadZhouwang(t.system);
    townshipId = (await t.graphql('{ townships { id } }')).data.townships[0].id;
    const row = t.system.readModels
      .prepare("SELECT cadre_id, village_id FROM cadres WHERE name = '王建国'")
      .get() as { cadre_id: string; village_id: string };
    zhouwang = { cadreId: row.cadre_id, villageId: row.village_id };
  });
  afterAll(() => t.stop());

  it('lists the talks held with names and villages, by kind and in a chosen order', async () => {
    const { data, errors } = await t.graphql(`{
      all: talkRecords(first: 200) { totalCount edges { node { heldOn cadreName villageName kind } } }
      admonishments: talkRecords(kind: ADMONISHMENT) { totalCount edges { node { cadreName heldOn } } }
      byName: talkRecords(first: 200, sort: CADRE_NAME) { edges { node { cadreName } } }
      newest: talkRecords(first: 3, descending: true) { edges { node { heldOn } } }
      june: talkRecords(first: 200, heldFrom: "2026-06-01", heldTo: "2026-06-30") { edges { node { heldOn } } } }`);
    expect(errors).toBeUndefined();
    expect(data.all.totalCount).toBe(24);
    expect(nodes(data.all).every((n) => n.cadreName && n.villageName)).toBe(true);
    expect(isSorted(nodes(data.all).map((n) => n.heldOn))).toBe(true);
    // 约谈 (Zhouwang: 2 this year)
    expect(data.admonishments.totalCount).toBe(2);
    expect(
      nodes(data.admonishments)
        .map((n) => n.cadreName)
        .sort(),
    ).toEqual(['王国庆', '郭海峰']);
    expect(isSorted(nodes(data.byName).map((n) => n.cadreName))).toBe(true);
    expect(
      isSorted(
        nodes(data.newest).map((n) => n.heldOn),
        true,
      ),
    ).toBe(true);
    expect(nodes(data.june).length).toBeGreaterThan(0);
    expect(nodes(data.june).every((n) => n.heldOn >= '2026-06-01' && n.heldOn <= '2026-06-30')).toBe(true);
  });

  it('shows an admonishment due by the 30% rule with its days open as of the asked day, closed once held', async () => {
    const appraisal = {
      cadreId: zhouwang.cadreId,
      townshipId,
      interviewer: '镇纪委',
      findings: '群众意见较大',
    };
    const votes = { excellent: 2, competent: 3, basicallyCompetent: 1, incompetent: 4 };
    await client.run('RecordInterview', {
      ...appraisal,
      kind: 'DEMOCRATIC_APPRAISAL',
      votes,
      heldOn: '2026-11-20',
    });
    const due = `query($asOf: String) { warningRecords(source: ADMONISHMENT_DUE, open: true, asOf: $asOf) {
      totalCount edges { node { cadreName villageId description raisedOn daysOpen } } } }`;
    const today = await t.graphql(due);
    expect(today.errors).toBeUndefined();
    expect(nodes(today.data.warningRecords)).toEqual([
      {
        cadreName: '王建国',
        villageId: zhouwang.villageId,
        description: expect.stringContaining('40%'),
        raisedOn: '2026-11-20',
        daysOpen: daysFrom('2026-11-20', ZHOUWANG_TODAY),
      },
    ]);
    const earlier = await t.graphql(due, { asOf: '2026-11-25' });
    expect(nodes(earlier.data.warningRecords).map((n) => n.daysOpen)).toEqual([5]);
    await client.run('RecordInterview', { ...appraisal, kind: 'ADMONISHMENT', heldOn: '2026-12-01' });
    const after = await t.graphql(`{
      open: warningRecords(source: ADMONISHMENT_DUE, open: true) { totalCount }
      closed: warningRecords(source: ADMONISHMENT_DUE, open: false, search: "王建国") {
        edges { node { resolvedOn correctiveAction daysOpen } } }
      held: talkRecords(kind: ADMONISHMENT, villageId: "${zhouwang.villageId}") { edges { node { cadreName heldOn } } } }`);
    expect(after.data.open.totalCount).toBe(0);
    expect(nodes(after.data.closed)).toEqual([
      { resolvedOn: '2026-12-01', correctiveAction: '已约谈', daysOpen: 11 },
    ]);
    expect(nodes(after.data.held)).toEqual([{ cadreName: '王建国', heldOn: '2026-12-01' }]);
  });

  it('lists committee reviews by village and date with their warnings, and the warnings open and closed', async () => {
    const { data, errors } = await t.graphql(`{
      reviews: committeeReviews(first: 50, sort: VILLAGE, descending: true) {
        totalCount edges { node { villageId villageName period reviewedOn warningCount openWarningCount } } }
      year2025: committeeReviews(year: 2025) { totalCount }
      open: warningRecords(source: COMMITTEE_REVIEW, open: true) { edges { node { villageName daysOpen raisedOn } } }
      closed: warningRecords(source: COMMITTEE_REVIEW, open: false) { edges { node { villageName daysOpen correctiveAction } } } }`);
    expect(errors).toBeUndefined();
    expect(data.reviews.totalCount).toBe(7);
    expect(data.year2025.totalCount).toBe(0);
    const reviews = nodes(data.reviews);
    expect(reviews[0].villageName).toBe('周王社区');
    expect(reviews.find((r) => r.villageName === '杨店村')).toMatchObject({
      warningCount: 1,
      openWarningCount: 1,
    });
    expect(reviews.find((r) => r.villageName === '李岗村')).toMatchObject({
      warningCount: 1,
      openWarningCount: 0,
    });
    expect(nodes(data.open)).toEqual([
      { villageName: '杨店村', raisedOn: '2024-06-20', daysOpen: daysFrom('2024-06-20', ZHOUWANG_TODAY) },
    ]);
    expect(nodes(data.closed)).toEqual([
      {
        villageName: '李岗村',
        daysOpen: daysFrom('2024-06-20', '2024-09-15'),
        correctiveAction: expect.any(String),
      },
    ]);
    const yangdian = reviews.find((r) => r.villageName === '杨店村');
    const ofVillage = await t.graphql(
      `query($v: ID) { committeeReviews(villageId: $v) { edges { node { villageId } } } }`,
      {
        v: yangdian.villageId,
      },
    );
    expect(nodes(ofVillage.data.committeeReviews)).toEqual([{ villageId: yangdian.villageId }]);
  });

  it('lists 三单 requests by status with the days each was open, sorted and paged', async () => {
    const { data, errors } = await t.graphql(`{
      raised: serviceRequestCards(status: RAISED) { totalCount }
      dispatched: serviceRequestCards(status: DISPATCHED) { totalCount }
      accepted: serviceRequestCards(status: ACCEPTED) { totalCount }
      resolved: serviceRequestCards(status: RESOLVED) { totalCount }
      rated: serviceRequestCards(status: RATED) { totalCount }
      longest: serviceRequestCards(first: 200, sort: DAYS_OPEN, descending: true) {
        totalCount edges { node { status raisedOn resolvedOn daysOpen villageName } } } }`);
    expect(errors).toBeUndefined();
    const counts = ['raised', 'dispatched', 'accepted', 'resolved', 'rated'].map((s) => data[s].totalCount);
    expect(counts).toEqual([2, 0, 2, 50, 51]);
    const cards = nodes(data.longest);
    expect(cards).toHaveLength(105);
    expect(
      isSorted(
        cards.map((c) => c.daysOpen),
        true,
      ),
    ).toBe(true);
    for (const card of cards)
      expect(card.daysOpen).toBe(daysFrom(card.raisedOn, card.resolvedOn ?? ZHOUWANG_TODAY));
    // pages follow one another in the chosen order without overlap
    const first = await t.graphql(
      `{ serviceRequestCards(first: 40, sort: DAYS_OPEN) { edges { node { id } } pageInfo { endCursor } } }`,
    );
    const second = await t.graphql(
      `query($after: String) { serviceRequestCards(first: 40, after: $after, sort: DAYS_OPEN) { edges { node { id } } } }`,
      { after: first.data.serviceRequestCards.pageInfo.endCursor },
    );
    const ids = [...nodes(first.data.serviceRequestCards), ...nodes(second.data.serviceRequestCards)].map(
      (n) => n.id,
    );
    expect(new Set(ids).size).toBe(80);
  });

  it('lists honors, assessments and benefits by year, with filters by village and level', async () => {
    const { data, errors } = await t.graphql(
      `query($v: ID) {
      honors: honorRecords(year: 2026, sort: LEVEL, descending: true) { totalCount edges { node { level cadreName } } }
      district: honorRecords(year: 2026, level: DISTRICT) { totalCount }
      villageHonors: honorRecords(year: 2026, villageId: $v) { edges { node { villageId cadreName } } }
      none: honorRecords(year: 2025) { totalCount }
      assessments: assessmentRecords(first: 200, year: 2025, sort: SCORE, descending: true) {
        totalCount edges { node { year score grade bonus cadreName } } }
      thisYear: assessmentRecords(year: 2026) { totalCount }
      excellent: assessmentRecords(year: 2025, grade: EXCELLENT) { edges { node { grade } } }
      benefits: benefitRecords(first: 200, year: 2026, kind: ACCIDENT_INSURANCE, sort: CADRE_NAME) {
        totalCount edges { node { kind year amount cadreName } } } }`,
      { v: zhouwang.villageId },
    );
    expect(errors).toBeUndefined();
    expect(data.honors.totalCount).toBe(5);
    expect(nodes(data.honors).map((n) => n.level)).toEqual([
      'CITY',
      'DISTRICT',
      'DISTRICT',
      'TOWNSHIP',
      'TOWNSHIP',
    ]);
    expect(data.district.totalCount).toBe(2);
    expect(
      nodes(data.villageHonors)
        .map((n) => n.cadreName)
        .sort(),
    ).toEqual(['刘桂英', '王建国']);
    expect(data.none.totalCount).toBe(0);
    expect(data.assessments.totalCount).toBe(37);
    expect(data.thisYear.totalCount).toBe(0);
    const assessments = nodes(data.assessments);
    expect(assessments.every((a) => a.year === 2025 && a.cadreName)).toBe(true);
    expect(
      isSorted(
        assessments.map((a) => a.score),
        true,
      ),
    ).toBe(true);
    expect(nodes(data.excellent).length).toBeGreaterThan(0);
    expect(nodes(data.excellent).every((a) => a.grade === 'EXCELLENT')).toBe(true);
    const benefits = nodes(data.benefits);
    expect(benefits.length).toBeGreaterThan(0);
    expect(benefits.every((b) => b.kind === 'ACCIDENT_INSURANCE' && b.year === 2026)).toBe(true);
    expect(isSorted(benefits.map((b) => b.cadreName))).toBe(true);
  });
});
