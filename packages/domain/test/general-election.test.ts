import { describe, expect, it } from 'vitest';
import { cadreAggregate, LedgerRules, townshipAggregate, villageAggregate } from '../src/index.js';
import {
  CHAIR_SEAT,
  cadre,
  DEFAULT_DEPARTMENTS,
  MEMBER_SEAT,
  OTHER_VILLAGE,
  SECRETARY_SEAT,
  TOWNSHIP,
  uuidOf,
  VILLAGE,
} from './support/fixtures.js';
import { expectRule, Ledger } from './support/ledger.js';
import { appointCadre, registerCadre } from './support/scenario.js';

const ELECTION = uuidOf(0x900);
const NEXT_ELECTION = uuidOf(0x901);
const candidateReview = (serial: number) => uuidOf(0x950 + serial);
type Seat = { committee: string; position: string };

/** 周王村 in its 2021 term: secretary (1), chair (2) and a party committee member (4); cadre 3 is new. */
function villageInItsTerm(): Ledger {
  const ledger = new Ledger();
  for (const serial of [1, 2, 3, 4]) registerCadre(ledger, serial);
  appointCadre(ledger, cadre(1), SECRETARY_SEAT);
  appointCadre(ledger, cadre(2), CHAIR_SEAT);
  appointCadre(ledger, cadre(4), MEMBER_SEAT);
  ledger.run('RecordCommitteeTerm', { villageId: VILLAGE, startedOn: '2021-10-15' });
  return ledger;
}

const start = (ledger: Ledger, electionId = ELECTION, villageIds = [VILLAGE]) =>
  ledger.run('StartGeneralElection', {
    townshipId: TOWNSHIP,
    electionId,
    startedOn: '2026-09-01',
    villageIds,
  });

const candidacy = (serial: number, seat: Seat) => ({
  townshipId: TOWNSHIP,
  electionId: ELECTION,
  villageId: VILLAGE,
  cadreId: cadre(serial),
  ...seat,
});

function stand(ledger: Ledger, serial: number, seat: Seat) {
  return ledger.run('RegisterElectionCandidate', {
    ...candidacy(serial, seat),
    reviewId: candidateReview(serial),
    registeredOn: '2026-09-05',
  });
}

function passReview(ledger: Ledger, serial: number) {
  for (const department of DEFAULT_DEPARTMENTS)
    ledger.run('RecordDepartmentVerdict', {
      cadreId: cadre(serial),
      reviewId: candidateReview(serial),
      department,
      verdict: 'APPROVED',
      decidedOn: '2026-09-20',
    });
  ledger.run('ConcludeQualificationReview', {
    cadreId: cadre(serial),
    reviewId: candidateReview(serial),
    concludedOn: '2026-09-20',
  });
}

const vote = (ledger: Ledger, serial: number, seat: Seat, elected: boolean) =>
  ledger.run('RecordElectionResult', { ...candidacy(serial, seat), elected, votedOn: '2026-10-10' });

const conclude = { townshipId: TOWNSHIP, electionId: ELECTION, villageId: VILLAGE, closedOn: '2026-10-12' };

describe('a 换届 (general election)', () => {
  it('starts on the township with its villages; a second one while it is open is refused', () => {
    const ledger = villageInItsTerm();
    expect(start(ledger).township).toEqual([
      {
        type: 'GeneralElectionStarted',
        data: { townshipId: TOWNSHIP, electionId: ELECTION, startedOn: '2026-09-01', villageIds: [VILLAGE] },
      },
    ]);
    const again = {
      townshipId: TOWNSHIP,
      electionId: NEXT_ELECTION,
      startedOn: '2026-09-02',
      villageIds: [OTHER_VILLAGE],
    };
    expectRule(
      ledger.reject('StartGeneralElection', again),
      'GENERAL_ELECTION_ALREADY_OPEN',
      'townshipId',
      'CONFLICT',
    );
    expect(ledger.state(townshipAggregate, TOWNSHIP).elections).toHaveLength(1);
  });

  it('refuses an unknown village, no village and a village twice', () => {
    const ledger = villageInItsTerm();
    const input = { townshipId: TOWNSHIP, electionId: ELECTION, startedOn: '2026-09-01' };
    expectRule(
      ledger.reject('StartGeneralElection', { ...input, villageIds: [VILLAGE, uuidOf(0xfff)] }),
      'VILLAGE_NOT_FOUND',
      'villageIds.1',
      'NOT_FOUND',
    );
    expectRule(ledger.reject('StartGeneralElection', { ...input, villageIds: [] }), 'REQUIRED', 'villageIds');
    expectRule(
      ledger.reject('StartGeneralElection', { ...input, villageIds: [VILLAGE, VILLAGE] }),
      'DUPLICATE_ENTRY',
      'villageIds',
    );
  });

  it('runs a whole village election: reviews, the elected appointed by ELECTION, the others TERM_ENDED, a new term', () => {
    const ledger = villageInItsTerm();
    start(ledger);
    const registered = stand(ledger, 1, SECRETARY_SEAT);
    expect(registered.cadre).toMatchObject([
      { type: 'QualificationReviewOpened', data: { reviewId: candidateReview(1), openedOn: '2026-09-05' } },
    ]);
    stand(ledger, 2, CHAIR_SEAT);
    stand(ledger, 3, CHAIR_SEAT);
    for (const serial of [1, 2, 3]) passReview(ledger, serial);

    expect(vote(ledger, 1, SECRETARY_SEAT, true).cadre).toBeUndefined();
    expect(vote(ledger, 2, CHAIR_SEAT, false).cadre).toMatchObject([
      { type: 'CadreLeftPost', data: { reason: 'TERM_ENDED', leftOn: '2026-10-10' } },
    ]);
    expect(vote(ledger, 3, CHAIR_SEAT, true).cadre).toMatchObject([
      { type: 'CadreAppointed', data: { method: 'ELECTION', qualificationReviewId: candidateReview(3) } },
    ]);

    expectRule(
      ledger.reject('ConcludeVillageElection', conclude),
      'ELECTION_INCUMBENT_UNDECIDED',
      'villageId',
      'CONFLICT',
    );
    ledger.run('LeavePost', {
      cadreId: cadre(4),
      villageId: VILLAGE,
      ...MEMBER_SEAT,
      reason: 'TERM_ENDED',
      leftOn: '2026-10-10',
    });
    const { village, township } = ledger.run('ConcludeVillageElection', conclude);
    expect(village).toEqual([
      {
        type: 'CommitteeTermStarted',
        data: {
          villageId: VILLAGE,
          startedOn: '2026-10-12',
          plannedEndOn: '2031-10-12',
          electionId: ELECTION,
        },
      },
    ]);
    expect(township?.map((e) => e.type)).toEqual(['VillageElectionConcluded', 'GeneralElectionConcluded']);

    const state = ledger.state(villageAggregate, VILLAGE);
    expect(state.term).toEqual({ startedOn: '2026-10-12', plannedEndOn: '2031-10-12' });
    expect(state.terms[0]).toMatchObject({ startedOn: '2021-10-15', endedOn: '2026-10-12' });
    expect(state.seats.map((s) => s.cadreId).sort()).toEqual([cadre(1), cadre(3)]);
    expect(ledger.state(cadreAggregate, cadre(2)).formerPosts[0]).toMatchObject({ reason: 'TERM_ENDED' });
    expect(ledger.state(townshipAggregate, TOWNSHIP).elections[0]?.closedOn).toBe('2026-10-12');
    start(ledger, NEXT_ELECTION, [OTHER_VILLAGE]);
  });

  it('refuses to conclude while a candidate has no concluded review, and a result before it', () => {
    const ledger = villageInItsTerm();
    start(ledger);
    stand(ledger, 3, MEMBER_SEAT);
    expectRule(
      ledger.reject('RecordElectionResult', {
        ...candidacy(3, MEMBER_SEAT),
        elected: true,
        votedOn: '2026-10-10',
      }),
      'ELECTION_CANDIDATE_NOT_REVIEWED',
      'cadreId',
      'CONFLICT',
    );
    expectRule(
      ledger.reject('ConcludeVillageElection', conclude),
      'ELECTION_CANDIDATES_PENDING',
      'villageId',
      'CONFLICT',
    );
    expect(ledger.state(villageAggregate, VILLAGE).term?.startedOn).toBe('2021-10-15');
  });

  it('refuses a candidate twice, a village outside the election, a result twice and an unknown candidate', () => {
    const ledger = villageInItsTerm();
    start(ledger);
    stand(ledger, 3, MEMBER_SEAT);
    expectRule(
      ledger.reject('RegisterElectionCandidate', {
        ...candidacy(3, MEMBER_SEAT),
        reviewId: uuidOf(0x999),
        registeredOn: '2026-09-06',
      }),
      'ELECTION_CANDIDATE_ALREADY_REGISTERED',
      'cadreId',
      'CONFLICT',
    );
    expectRule(
      ledger.reject('RegisterElectionCandidate', {
        ...candidacy(2, CHAIR_SEAT),
        villageId: OTHER_VILLAGE,
        reviewId: uuidOf(0x998),
        registeredOn: '2026-09-06',
      }),
      'VILLAGE_NOT_IN_ELECTION',
      'villageId',
    );
    expectRule(
      ledger.reject('RecordElectionResult', {
        ...candidacy(2, CHAIR_SEAT),
        elected: true,
        votedOn: '2026-10-10',
      }),
      'ELECTION_CANDIDATE_NOT_FOUND',
      'cadreId',
      'NOT_FOUND',
    );
    passReview(ledger, 3);
    vote(ledger, 3, MEMBER_SEAT, true);
    expectRule(
      ledger.reject('RecordElectionResult', {
        ...candidacy(3, MEMBER_SEAT),
        elected: false,
        votedOn: '2026-10-11',
      }),
      'ELECTION_RESULT_ALREADY_RECORDED',
      'cadreId',
      'CONFLICT',
    );
  });

  it('keeps one holder per seat: a new chair cannot be elected before the sitting one leaves', () => {
    const ledger = villageInItsTerm();
    start(ledger);
    stand(ledger, 3, CHAIR_SEAT);
    passReview(ledger, 3);
    expectRule(
      ledger.reject('RecordElectionResult', {
        ...candidacy(3, CHAIR_SEAT),
        elected: true,
        votedOn: '2026-10-10',
      }),
      'SEAT_TAKEN',
      'position',
      'CONFLICT',
    );
  });

  it('refuses a new term that would start before the current one, and an election without candidates', () => {
    const ledger = villageInItsTerm();
    start(ledger);
    expectRule(
      ledger.reject('ConcludeVillageElection', conclude),
      'ELECTION_WITHOUT_CANDIDATES',
      'villageId',
    );
    for (const serial of [1, 2, 4]) ledger.run('LeavePost', leaving(serial));
    stand(ledger, 3, MEMBER_SEAT);
    passReview(ledger, 3);
    vote(ledger, 3, MEMBER_SEAT, false);
    expectRule(
      ledger.reject('ConcludeVillageElection', { ...conclude, plannedEndOn: '2026-10-01' }),
      'TERM_END_BEFORE_START',
      'plannedEndOn',
    );
  });
});

const SEATS: Record<number, Seat> = { 1: SECRETARY_SEAT, 2: CHAIR_SEAT, 4: MEMBER_SEAT };
const leaving = (serial: number) => ({
  cadreId: cadre(serial),
  villageId: VILLAGE,
  ...SEATS[serial],
  reason: 'TERM_ENDED',
  leftOn: '2026-10-10',
});

describe("the ledger's rule across streams: a village's 换届 conclusion and its new term go together", () => {
  const fact = (streamId: string, position: bigint, type: string, data: object, commandId = 'c-1') => ({
    streamId,
    position,
    type,
    data,
    commandId,
  });
  const concluded = fact(`township-${TOWNSHIP}`, 2n, 'VillageElectionConcluded', {
    townshipId: TOWNSHIP,
    electionId: ELECTION,
    villageId: VILLAGE,
    closedOn: '2026-10-12',
  });
  const term = (electionId?: string) =>
    fact(`village-${VILLAGE}`, 1n, 'CommitteeTermStarted', {
      villageId: VILLAGE,
      startedOn: '2026-10-12',
      plannedEndOn: '2031-10-12',
      ...(electionId ? { electionId } : {}),
    });
  const check = (...facts: ReturnType<typeof fact>[]) => {
    const rules = new LedgerRules();
    for (const f of facts) rules.see(f);
    return rules.violations().map((v) => [v.rule, v.streamId]);
  };

  it('finds nothing when both halves are there, nor for a term recorded without an election', () => {
    expect(check(term(ELECTION), concluded)).toEqual([]);
    expect(check(term())).toEqual([]);
  });

  it('names the half a torn command left alone', () => {
    expect(check(concluded)).toEqual([['ELECTION_CONCLUDED_WITHOUT_TERM', `township-${TOWNSHIP}`]]);
    expect(check(term(ELECTION))).toEqual([['TERM_WITHOUT_ELECTION_CONCLUSION', `village-${VILLAGE}`]]);
  });
});
