import { describe, expect, it } from 'vitest';
import { villageAggregate } from '../src/index.js';
import { OTHER_TOWNSHIP, TODAY, TOMORROW, TOWNSHIP, uuidOf, VILLAGE } from './support/fixtures.js';
import { expectRule, Ledger } from './support/ledger.js';
import { townshipWithVillages } from './support/scenario.js';

const NEW_VILLAGE = uuidOf(0x2ff);
const ISSUE = uuidOf(0x900);
const OTHER_ISSUE = uuidOf(0x901);

const review = {
  villageId: VILLAGE,
  period: '2024年届中分析',
  reviewedOn: '2024-06-30',
  findings: '班子团结，村集体经济增收明显；个别委员履职不够主动。',
  earlyWarnings: [{ issueId: ISSUE, description: '村务公开不及时' }],
};

const resolution = {
  villageId: VILLAGE,
  issueId: ISSUE,
  correctiveAction: '每月5日前公开村务',
  resolvedOn: '2024-08-01',
};

describe('RegisterVillage', () => {
  it('registers a village or community of a registered township', () => {
    const ledger = townshipWithVillages();
    const village = {
      villageId: NEW_VILLAGE,
      townshipId: TOWNSHIP,
      name: '河湾村',
      kind: 'VILLAGE',
      registeredOn: '2021-01-06',
    };
    expect(ledger.run('RegisterVillage', village).village).toEqual([
      { type: 'VillageRegistered', data: village },
    ]);
    expect(ledger.state(villageAggregate, NEW_VILLAGE)).toEqual({
      registered: true,
      ...village,
      seats: [],
      committeeReviews: [],
      earlyWarnings: [],
      term: null,
      terms: [],
    });
  });

  it('refuses a second registration, an unknown township and an unknown kind', () => {
    const ledger = townshipWithVillages();
    const village = { villageId: VILLAGE, townshipId: TOWNSHIP, name: '周王村', kind: 'VILLAGE' };
    expectRule(
      ledger.reject('RegisterVillage', village),
      'VILLAGE_ALREADY_REGISTERED',
      'villageId',
      'CONFLICT',
    );
    const elsewhere = { ...village, villageId: NEW_VILLAGE, townshipId: OTHER_TOWNSHIP };
    expectRule(ledger.reject('RegisterVillage', elsewhere), 'TOWNSHIP_NOT_FOUND', 'townshipId', 'NOT_FOUND');
    expectRule(
      ledger.reject('RegisterVillage', { ...village, villageId: NEW_VILLAGE, kind: 'TOWN' }),
      'INVALID_VALUE',
      'kind',
    );
  });
});

describe('RecordCommitteeReview', () => {
  it('records the mid-term review and opens its early warnings', () => {
    const ledger = townshipWithVillages();
    expect(ledger.run('RecordCommitteeReview', review).village).toEqual([
      { type: 'CommitteeReviewRecorded', data: review },
    ]);
    const state = ledger.state(villageAggregate, VILLAGE);
    expect(state.committeeReviews).toEqual([
      { period: review.period, reviewedOn: review.reviewedOn, findings: review.findings, issueIds: [ISSUE] },
    ]);
    expect(state.earlyWarnings).toEqual([
      { issueId: ISSUE, description: '村务公开不及时', period: review.period, raisedOn: '2024-06-30' },
    ]);
  });

  it('refuses an unknown village, a future date, a period twice, an issue twice', () => {
    const ledger = townshipWithVillages();
    expectRule(
      ledger.reject('RecordCommitteeReview', { ...review, villageId: uuidOf(0x2fe) }),
      'VILLAGE_NOT_FOUND',
      'villageId',
      'NOT_FOUND',
    );
    expectRule(
      ledger.reject('RecordCommitteeReview', { ...review, reviewedOn: TOMORROW }),
      'DATE_IN_FUTURE',
      'reviewedOn',
    );
    const twice = { ...review, earlyWarnings: [review.earlyWarnings[0], review.earlyWarnings[0]] };
    expectRule(ledger.reject('RecordCommitteeReview', twice), 'DUPLICATE_ENTRY', 'earlyWarnings');
    ledger.run('RecordCommitteeReview', review);
    expectRule(
      ledger.reject('RecordCommitteeReview', { ...review, earlyWarnings: [] }),
      'COMMITTEE_REVIEW_ALREADY_RECORDED',
      'period',
      'CONFLICT',
    );
    const again = {
      ...review,
      period: '2025年届中分析',
      earlyWarnings: [{ issueId: OTHER_ISSUE, description: '新问题' }, review.earlyWarnings[0]],
    };
    expectRule(
      ledger.reject('RecordCommitteeReview', again),
      'EARLY_WARNING_ALREADY_RECORDED',
      'earlyWarnings.1.issueId',
      'CONFLICT',
    );
  });
});

describe('ResolveEarlyWarning', () => {
  it('closes an open early warning with its corrective action', () => {
    const ledger = townshipWithVillages();
    ledger.run('RecordCommitteeReview', review);
    expect(ledger.run('ResolveEarlyWarning', resolution).village).toEqual([
      { type: 'EarlyWarningResolved', data: resolution },
    ]);
    expect(ledger.state(villageAggregate, VILLAGE).earlyWarnings[0]?.resolution).toEqual({
      correctiveAction: '每月5日前公开村务',
      resolvedOn: '2024-08-01',
    });
  });

  it('refuses an unknown issue, one resolved already, and dates out of order or in the future', () => {
    const ledger = townshipWithVillages();
    ledger.run('RecordCommitteeReview', review);
    expectRule(
      ledger.reject('ResolveEarlyWarning', { ...resolution, issueId: OTHER_ISSUE }),
      'EARLY_WARNING_NOT_FOUND',
      'issueId',
      'NOT_FOUND',
    );
    expectRule(
      ledger.reject('ResolveEarlyWarning', { ...resolution, resolvedOn: TOMORROW }),
      'DATE_IN_FUTURE',
      'resolvedOn',
    );
    expectRule(
      ledger.reject('ResolveEarlyWarning', { ...resolution, resolvedOn: '2024-06-29' }),
      'DATE_OUT_OF_ORDER',
      'resolvedOn',
    );
    expectRule(
      ledger.reject('ResolveEarlyWarning', { ...resolution, correctiveAction: '' }),
      'REQUIRED',
      'correctiveAction',
    );
    ledger.run('ResolveEarlyWarning', { ...resolution, resolvedOn: TODAY });
    expectRule(
      ledger.reject('ResolveEarlyWarning', resolution),
      'EARLY_WARNING_ALREADY_RESOLVED',
      'issueId',
      'CONFLICT',
    );
  });

  it('refuses a missing village', () => {
    expectRule(
      new Ledger().reject('ResolveEarlyWarning', resolution),
      'VILLAGE_NOT_FOUND',
      'villageId',
      'NOT_FOUND',
    );
  });
});
