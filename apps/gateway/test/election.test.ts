import { verifyLedgerRules } from '@cadre/application';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEPARTMENTS,
  nextPerson,
  type Place,
  registerPerson,
  SECRETARY_SEAT,
} from './support/appointment-fixture.js';
import { type CommandClient, commandClient } from './support/command-client.js';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';

const NOW = new Date('2026-12-01T04:00:00Z');
const CHAIR_SEAT = { committee: 'RESIDENTS_COMMITTEE', position: 'CHAIR' } as const;

const VILLAGE = `query($id: ID!, $asOf: String) {
  village(id: $id) {
    term(asOf: $asOf) { startedOn plannedEndOn daysLeft }
    election { electionId status closedOn }
    seats { cadreId committee position }
  }
}`;
const BOARD = `query($t: ID) {
  generalElections(townshipId: $t) {
    id status closedOn
    villages { villageId closedOn candidates { cadreId committee position reviewStatus elected } }
  }
}`;

/** Every department approves the review, which then concludes. */
async function approve(client: CommandClient, cadreId: string, reviewId: string, on: string) {
  for (const { code } of DEPARTMENTS)
    await client.run('RecordDepartmentVerdict', {
      cadreId,
      reviewId,
      department: code,
      verdict: 'APPROVED',
      decidedOn: on,
    });
  await client.run('ConcludeQualificationReview', { cadreId, reviewId, concludedOn: on });
}

/** Reviewed in 2021 and appointed by election to a seat of the 2021 term. */
async function sitting(client: CommandClient, place: Place, seat: { committee: string; position: string }) {
  const cadreId = await registerPerson(client, nextPerson(), place.villageId);
  const opened = await client.run('OpenQualificationReview', {
    cadreId,
    ...place,
    ...seat,
    openedOn: '2021-09-01',
  });
  await approve(client, cadreId, opened.derivedIds[0].id, '2021-09-20');
  await client.run('AppointCadre', {
    cadreId,
    villageId: place.villageId,
    ...seat,
    method: 'ELECTION',
    appointedOn: '2021-10-15',
  });
  return cadreId;
}

describe('a 换届 through GraphQL', () => {
  let t: TestGateway;
  let client: CommandClient;
  let place: Place;
  let secretary: string;
  let chair: string;
  let newcomer: string;
  let electionId: string;

  beforeAll(async () => {
    t = await startTestGateway({ now: () => NOW });
    client = commandClient(t);
    // Registered before the 2021 term, so that a past day's statistics have the village.
    const township = await client.run('RegisterTownship', {
      name: '周王镇',
      district: '长丰县',
      settings: { reviewingDepartments: DEPARTMENTS },
      registeredOn: '2021-01-05',
    });
    const townshipId = township.ids[0].id;
    const village = await client.run('RegisterVillage', {
      townshipId,
      name: '周王村',
      kind: 'VILLAGE',
      registeredOn: '2021-01-06',
    });
    place = { townshipId, villageId: village.ids[0].id };
    secretary = await sitting(client, place, SECRETARY_SEAT);
    chair = await sitting(client, place, CHAIR_SEAT);
    newcomer = await registerPerson(client, nextPerson(), place.villageId);
    await client.run('RecordCommitteeTerm', { villageId: place.villageId, startedOn: '2021-10-15' });
  });
  afterAll(() => t.stop());

  it('shows the 2021 term with the days left as of a date, and counts it as ending this year', async () => {
    const { data } = await t.graphql(VILLAGE, { id: place.villageId, asOf: '2026-10-14' });
    expect(data.village.term).toEqual({ startedOn: '2021-10-15', plannedEndOn: '2026-10-15', daysLeft: 1 });
    expect(data.village.election).toBeNull();
    const stats = await t.graphql(
      `{ statistics { terms { villagesWithTerm endingThisYear pastPlannedEnd } } }`,
    );
    expect(stats.data.statistics.terms).toEqual({
      villagesWithTerm: 1,
      endingThisYear: 1,
      pastPlannedEnd: 1,
    });
  });

  it('refuses a term ending before it starts and bad settings, in both languages, writing nothing', async () => {
    const eventsBefore = await client.typesIn(`village-${place.villageId}`);
    const bad = await client.send('RecordCommitteeTerm', {
      villageId: place.villageId,
      startedOn: '2016-10-15',
      plannedEndOn: '2016-01-01',
    });
    expect(bad.errors?.[0].extensions).toMatchObject({ rule: 'TERM_END_BEFORE_START' });
    const threshold = await client.send('ChangeTownshipSettings', {
      townshipId: place.townshipId,
      reviewingDepartments: DEPARTMENTS,
      reserveCadreAgeThreshold: -1,
    });
    expect(threshold.errors?.[0].extensions).toMatchObject({ rule: 'TOO_SMALL' });
    expect(await client.typesIn(`village-${place.villageId}`)).toEqual(eventsBefore);
    const { data } = await t.graphql(
      `query { townships { reserveCadreAgeThreshold committeeMemberAgeThreshold termReminderMonths } }`,
    );
    expect(data.townships[0]).toEqual({
      reserveCadreAgeThreshold: 35,
      committeeMemberAgeThreshold: 60,
      termReminderMonths: [6, 3],
    });
  });

  it('runs the 换届: candidates reviewed, the elected appointed by ELECTION, one not re-elected leaves TERM_ENDED, a new term', async () => {
    const started = await client.run('StartGeneralElection', {
      townshipId: place.townshipId,
      startedOn: '2026-09-01',
      villageIds: [place.villageId],
    });
    electionId = started.derivedIds[0].id;
    const twice = await client.send('StartGeneralElection', {
      townshipId: place.townshipId,
      startedOn: '2026-09-02',
      villageIds: [place.villageId],
    });
    expect(twice.errors?.[0].extensions).toMatchObject({ rule: 'GENERAL_ELECTION_ALREADY_OPEN' });

    const base = { townshipId: place.townshipId, electionId, villageId: place.villageId };
    const reviews: Record<string, string> = {};
    for (const [cadreId, seat] of [
      [secretary, SECRETARY_SEAT],
      [chair, CHAIR_SEAT],
      [newcomer, CHAIR_SEAT],
    ] as const) {
      const registered = await client.run('RegisterElectionCandidate', {
        ...base,
        cadreId,
        ...seat,
        registeredOn: '2026-09-05',
      });
      reviews[cadreId] = registered.derivedIds[0].id;
    }
    const pending = await client.send('ConcludeVillageElection', { ...base, closedOn: '2026-10-12' });
    expect(pending.errors?.[0].extensions).toMatchObject({ rule: 'ELECTION_CANDIDATES_PENDING' });
    const open = await t.graphql(BOARD, { t: place.townshipId });
    expect(
      open.data.generalElections[0].villages[0].candidates.map(
        (c: { reviewStatus: string }) => c.reviewStatus,
      ),
    ).toEqual(['OPEN', 'OPEN', 'OPEN']);

    for (const cadreId of [secretary, chair, newcomer])
      await approve(client, cadreId, reviews[cadreId]!, '2026-09-20');
    const vote = (cadreId: string, seat: object, elected: boolean) =>
      client.run('RecordElectionResult', { ...base, cadreId, ...seat, elected, votedOn: '2026-10-10' });
    await vote(secretary, SECRETARY_SEAT, true);
    await vote(chair, CHAIR_SEAT, false);
    await vote(newcomer, CHAIR_SEAT, true);
    await client.run('ConcludeVillageElection', { ...base, closedOn: '2026-10-12' });

    const chairFile = await t.graphql(
      `query($id: ID!) { cadre(id: $id) { postHistory { position method leftOn leavingReason } } }`,
      { id: chair },
    );
    expect(chairFile.errors).toBeUndefined();
    expect(chairFile.data.cadre.postHistory).toEqual([
      { position: 'CHAIR', method: 'ELECTION', leftOn: '2026-10-10', leavingReason: 'TERM_ENDED' },
    ]);
    const events = await t.system.store.readStream(`cadre-${newcomer}`);
    expect(events.find((e) => e.type === 'CadreAppointed')?.data).toMatchObject({ method: 'ELECTION' });

    const { data } = await t.graphql(VILLAGE, { id: place.villageId, asOf: '2026-12-01' });
    expect(data.village.term).toEqual({
      startedOn: '2026-10-12',
      plannedEndOn: '2031-10-12',
      daysLeft: 1776,
    });
    expect(data.village.election).toEqual({ electionId, status: 'CLOSED', closedOn: '2026-10-12' });
    expect(data.village.seats.map((s: { cadreId: string }) => s.cadreId).sort()).toEqual(
      [secretary, newcomer].sort(),
    );
    const board = await t.graphql(BOARD, { t: place.townshipId });
    expect(board.data.generalElections[0]).toMatchObject({
      id: electionId,
      status: 'CLOSED',
      closedOn: '2026-10-12',
    });
    const results = board.data.generalElections[0].villages[0].candidates.map(
      (c: { cadreId: string; elected: boolean; reviewStatus: string }) => [
        c.cadreId,
        c.elected,
        c.reviewStatus,
      ],
    );
    expect(results).toEqual(
      expect.arrayContaining([
        [secretary, true, 'APPROVED'],
        [chair, false, 'APPROVED'],
        [newcomer, true, 'APPROVED'],
      ]),
    );
    const terms = 'terms { villagesWithTerm endingThisYear pastPlannedEnd nextPlannedEndOn }';
    const now = await t.graphql(`{ statistics { ${terms} } }`);
    expect(now.data.statistics.terms).toEqual({
      villagesWithTerm: 1,
      endingThisYear: 0,
      pastPlannedEnd: 0,
      nextPlannedEndOn: '2031-10-12',
    });
    // As of 1 October the old term still stood, ending that year: the past is replayed, not today's term.
    const before = await t.graphql(`{ statistics(asOf: "2026-10-01") { ${terms} } }`);
    expect(before.data.statistics.terms).toEqual({
      villagesWithTerm: 1,
      endingThisYear: 1,
      pastPlannedEnd: 0,
      nextPlannedEndOn: '2026-10-15',
    });
    expect(await verifyLedgerRules(t.system.store)).toEqual([]);
  });

  it('leaves the election commands to the township office', async () => {
    const secretaryHeaders = await t.signInAs('VILLAGE', place.villageId);
    const { errors } = await client.send(
      'StartGeneralElection',
      { townshipId: place.townshipId, villageIds: [place.villageId] },
      { headers: secretaryHeaders },
    );
    expect(errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
