import {
  type CadreState,
  cadreAggregate,
  DEFAULT_CALENDAR_SETTINGS,
  reminderIdOf,
  type TownshipState,
  type VillageState,
} from '@cadre/domain';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, dayOfAge } from '../src/due/calendar-days.js';
import type { DueFacts } from '../src/due/due-facts.js';
import { computeDueItems } from '../src/due/due-items.js';

const T = '00000000-0000-4000-8000-000000000001';
const V = '00000000-0000-4000-8000-000000000002';
const C = '00000000-0000-4000-8000-000000000003';
const R = '00000000-0000-4000-8000-000000000004';
const E = '00000000-0000-4000-8000-000000000005';

const township = (over: Partial<TownshipState> = {}): TownshipState => ({
  registered: true,
  townshipId: T,
  settings: { reviewingDepartments: [], admonishmentThreshold: 0.3, ...DEFAULT_CALENDAR_SETTINGS },
  elections: [],
  ...over,
});

const village = (over: Partial<VillageState> = {}): VillageState => ({
  registered: true,
  villageId: V,
  townshipId: T,
  name: '周王村',
  kind: 'VILLAGE',
  seats: [],
  committeeReviews: [],
  earlyWarnings: [],
  term: null,
  terms: [],
  ...over,
});

const cadre = (over: Partial<CadreState> = {}): CadreState => ({
  ...cadreAggregate.initialState,
  registered: true,
  cadreId: C,
  villageId: V,
  profile: { name: '张三', gender: 'MALE', birthDate: '1980-05-12' } as CadreState['profile'],
  ...over,
});

const facts = (over: Partial<DueFacts> = {}): DueFacts => ({
  townships: [township()],
  villages: [village()],
  cadres: [],
  serviceRequests: [],
  ...over,
});

/** The rules and due dates of what is due on a day. */
const dueOn = (input: DueFacts, on: string) =>
  computeDueItems(input, on).map(({ rule, dueOn }) => `${rule}@${dueOn}`);

const post = (appointedOn: string) =>
  ({
    villageId: V,
    committee: 'PARTY_COMMITTEE',
    position: 'PARTY_SECRETARY',
    method: 'ELECTION',
    appointedOn,
  }) as CadreState['currentPosts'][number];

describe('calendar arithmetic', () => {
  it('moves by months to the month’s last day when the day does not exist, leap years included', () => {
    expect(addMonths('2026-08-31', -6)).toBe('2026-02-28');
    expect(addMonths('2028-08-31', -6)).toBe('2028-02-29');
    expect(addMonths('2026-06-30', -3)).toBe('2026-03-30');
    expect(addMonths('2026-01-15', -3)).toBe('2025-10-15');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
  it('has one born on 29 February turn a year older on 1 March of a common year', () => {
    expect(dayOfAge('1992-02-29', 35)).toBe('2027-03-01');
    expect(dayOfAge('1992-02-29', 36)).toBe('2028-02-29');
  });
});

describe('terms ending (TERM_ENDING, 6 and 3 months)', () => {
  const term = { startedOn: '2021-08-31', plannedEndOn: '2026-08-31' };
  const withTerm = facts({ villages: [village({ term })] });

  it('falls due 6 months before the planned end, on the month’s last day when needed', () => {
    expect(dueOn(withTerm, '2026-02-27')).toEqual([]);
    expect(dueOn(withTerm, '2026-02-28')).toEqual(['TERM_ENDING@2026-02-28']);
    expect(dueOn(withTerm, '2026-05-30')).toEqual(['TERM_ENDING@2026-02-28']);
    expect(dueOn(withTerm, '2026-05-31')).toEqual(['TERM_ENDING@2026-02-28', 'TERM_ENDING@2026-05-31']);
  });

  it('stays due through the last days of the term, and ends with the next term', () => {
    expect(dueOn(withTerm, '2026-08-30')).toHaveLength(2);
    expect(dueOn(withTerm, '2026-08-31')).toHaveLength(2);
    const renewed = facts({
      villages: [village({ term: { startedOn: '2026-08-31', plannedEndOn: '2031-08-31' } })],
    });
    expect(dueOn(renewed, '2026-08-31')).toEqual([]);
  });

  it('falls due on 29 February in a leap year', () => {
    const leap = facts({
      villages: [village({ term: { startedOn: '2023-08-31', plannedEndOn: '2028-08-31' } })],
    });
    expect(dueOn(leap, '2028-02-28')).toEqual([]);
    expect(dueOn(leap, '2028-02-29')).toEqual(['TERM_ENDING@2028-02-29']);
  });

  it('follows the township’s reminder months', () => {
    const settings = { ...township().settings!, termReminderMonths: [12] };
    const input = facts({ townships: [township({ settings })], villages: [village({ term })] });
    expect(dueOn(input, '2025-08-31')).toEqual(['TERM_ENDING@2025-08-31']);
  });

  it('names nothing for a village without a term', () => {
    expect(dueOn(facts(), '2030-01-01')).toEqual([]);
  });
});

describe('pledges (一诺双评)', () => {
  const pledge = {
    year: 2026,
    items: ['修路'],
    madeOn: '2026-01-10',
    progress: [],
  } as CadreState['pledges'][number];

  it('wants mid-year progress from 1 July, not on 30 June', () => {
    const input = facts({ cadres: [cadre({ pledges: [pledge] })] });
    expect(dueOn(input, '2026-06-30')).toEqual([]);
    expect(dueOn(input, '2026-07-01')).toEqual(['PLEDGE_PROGRESS_MISSING@2026-07-01']);
  });

  it('wants an evaluation from 1 January of the next year, not on 31 December', () => {
    const reported = { ...pledge, progress: [{ progress: '已完成一半', reportedOn: '2026-06-20' }] };
    const input = facts({ cadres: [cadre({ pledges: [reported] })] });
    expect(dueOn(input, '2026-12-31')).toEqual([]);
    expect(dueOn(input, '2027-01-01')).toEqual(['PLEDGE_EVALUATION_MISSING@2027-01-01']);
  });

  it('is done once evaluated', () => {
    const evaluated = {
      ...pledge,
      evaluation: {
        residentsRating: 'EXCELLENT',
        organizationRating: 'COMPETENT',
        evaluatedOn: '2026-12-20',
      },
    } as CadreState['pledges'][number];
    expect(dueOn(facts({ cadres: [cadre({ pledges: [evaluated] })] }), '2027-03-01')).toEqual([]);
  });
});

describe('supervision and reviews', () => {
  it('keeps an admonishment due from the day the appraisal required it until it is held', () => {
    const due = { incompetentShare: 0.4, threshold: 0.3, requiredOn: '2026-03-10' };
    const item = computeDueItems(facts({ cadres: [cadre({ admonishmentDue: due })] }), '2026-03-10');
    expect(item.map((i) => i.rule)).toEqual(['ADMONISHMENT_NOT_HELD']);
    expect(item[0]!.detail.zh).toContain('40%');
    expect(dueOn(facts({ cadres: [cadre()] }), '2026-03-10')).toEqual([]);
  });

  it('flags a qualification review open the township’s number of days', () => {
    const review = {
      reviewId: R,
      villageId: V,
      committee: 'PARTY_COMMITTEE',
      position: 'PARTY_SECRETARY',
      departments: [],
      openedOn: '2028-01-31',
      verdicts: [],
    } as unknown as CadreState['qualificationReviews'][number];
    const input = facts({ cadres: [cadre({ qualificationReviews: [review] })] });
    expect(dueOn(input, '2028-02-29')).toEqual([]);
    expect(dueOn(input, '2028-03-01')).toEqual(['QUALIFICATION_REVIEW_OVERDUE@2028-03-01']);
    const quick = { ...township().settings!, reviewOpenTooLongDays: 10 };
    expect(dueOn({ ...input, townships: [township({ settings: quick })] }, '2028-02-10')).toEqual([
      'QUALIFICATION_REVIEW_OVERDUE@2028-02-10',
    ]);
    const concluded = { ...review, conclusion: { outcome: 'APPROVED', concludedOn: '2028-02-01' } };
    expect(
      dueOn(facts({ cadres: [cadre({ qualificationReviews: [concluded as typeof review] })] }), '2028-06-01'),
    ).toEqual([]);
  });

  it('lists an open early warning from the day it was raised, and not once resolved', () => {
    const warning = { issueId: R, description: '村务公开不及时', period: '2026', raisedOn: '2026-04-01' };
    expect(dueOn(facts({ villages: [village({ earlyWarnings: [warning] })] }), '2026-04-01')).toEqual([
      'EARLY_WARNING_OPEN@2026-04-01',
    ]);
    const resolved = { ...warning, resolution: { correctiveAction: '已公开', resolvedOn: '2026-04-05' } };
    expect(dueOn(facts({ villages: [village({ earlyWarnings: [resolved] })] }), '2026-05-01')).toEqual([]);
  });

  it('flags a service request unresolved after the township’s days, across a year’s end', () => {
    const request = { requestId: R, villageId: V, cadreId: null, raisedOn: '2026-12-02', status: 'ACCEPTED' };
    expect(dueOn(facts({ serviceRequests: [request] }), '2026-12-31')).toEqual([]);
    expect(dueOn(facts({ serviceRequests: [request] }), '2027-01-01')).toEqual([
      'SERVICE_REQUEST_OVERDUE@2027-01-01',
    ]);
    expect(dueOn(facts({ serviceRequests: [{ ...request, status: 'RESOLVED' }] }), '2027-02-01')).toEqual([]);
  });

  it('lists a 换届 candidate without a concluded review while the election is open', () => {
    const election = {
      electionId: E,
      startedOn: '2026-09-01',
      villageIds: [V],
      candidates: [
        {
          villageId: V,
          cadreId: C,
          committee: 'PARTY_COMMITTEE',
          position: 'PARTY_SECRETARY',
          reviewId: R,
          registeredOn: '2026-09-05',
        },
      ],
      concludedVillages: [],
    } as unknown as TownshipState['elections'][number];
    const review = { reviewId: R, villageId: V, openedOn: '2026-09-05', verdicts: [] };
    const open = facts({
      townships: [township({ elections: [election] })],
      cadres: [
        cadre({ qualificationReviews: [review as unknown as CadreState['qualificationReviews'][number]] }),
      ],
    });
    expect(dueOn(open, '2026-09-04')).toEqual([]);
    expect(dueOn(open, '2026-09-05')).toEqual(['ELECTION_CANDIDATE_NOT_REVIEWED@2026-09-05']);
    const closed = facts({
      ...open,
      townships: [township({ elections: [{ ...election, closedOn: '2026-09-06' }] })],
    });
    expect(dueOn(closed, '2026-09-07').filter((i) => i.startsWith('ELECTION'))).toEqual([]);
  });
});

describe('age thresholds', () => {
  it('flags a reserve cadre born on 29 February on 1 March of the year they turn 35', () => {
    const reserve = { villageId: V, source: 'VETERAN', tier: 1, enlistedOn: '2020-01-01' };
    const input = facts({
      cadres: [
        cadre({
          profile: { birthDate: '1992-02-29' } as CadreState['profile'],
          reserve: reserve as CadreState['reserve'],
        }),
      ],
    });
    expect(dueOn(input, '2027-02-28')).toEqual([]);
    expect(dueOn(input, '2027-03-01')).toEqual(['RESERVE_CADRE_AGE@2027-03-01']);
  });

  it('flags a committee member from their 60th birthday, or from their appointment if later', () => {
    const member = cadre({
      profile: { birthDate: '1966-01-01' } as CadreState['profile'],
      currentPosts: [post('2021-10-15')],
    });
    expect(dueOn(facts({ cadres: [member] }), '2025-12-31')).toEqual([]);
    expect(dueOn(facts({ cadres: [member] }), '2026-01-01')).toEqual(['COMMITTEE_MEMBER_AGE@2026-01-01']);
    const late = { ...member, currentPosts: [post('2026-05-01')] };
    expect(dueOn(facts({ cadres: [late] }), '2026-06-01')).toEqual(['COMMITTEE_MEMBER_AGE@2026-05-01']);
  });
});

it('gives each item its reminder’s id, the same for the same rule, subject and due date', () => {
  const due = { incompetentShare: 0.5, threshold: 0.3, requiredOn: '2026-03-10' };
  const [item] = computeDueItems(facts({ cadres: [cadre({ admonishmentDue: due })] }), '2026-04-01');
  expect(item).toMatchObject({ villageId: V, cadreId: C, subjectId: `${C}:2026-03-10` });
  expect(item!.id).toBe(reminderIdOf(item!));
  expect(computeDueItems(facts({ cadres: [cadre({ admonishmentDue: due })] }), '2026-05-01')[0]!.id).toBe(
    item!.id,
  );
});
