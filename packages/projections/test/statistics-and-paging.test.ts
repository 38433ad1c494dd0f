import { DomainError } from '@cadre/domain';
import { describe, expect, it } from 'vitest';
import {
  type CadreFacts,
  computeStatistics,
  decodeCursor,
  encodeCursor,
  loadStatisticsFacts,
  type StatisticsFacts,
  type StatisticsScope,
} from '../src/index.js';
import { readModelsWith, type TableFacts } from './support/statistics-read-models.js';

function cadre(id: string, overrides: Partial<CadreFacts> = {}): CadreFacts {
  return {
    cadreId: id,
    villageId: 'v1',
    gender: 'MALE',
    ethnicity: '汉族',
    birthDate: '1980-06-01',
    educationLevel: 'JUNIOR_COLLEGE',
    politicalStatus: 'CPC_MEMBER',
    posts: [{ committee: 'PARTY_COMMITTEE', position: 'MEMBER' }],
    reserve: null,
    ...overrides,
  };
}

const empty: StatisticsFacts = {
  villages: [{ villageId: 'v1', kind: 'VILLAGE' }],
  cadres: [],
  trainings: [],
  cadreTrainings: [],
  interviews: [],
  pledges: [],
  honors: [],
  serviceRequests: [],
  benefits: [],
};

describe('township statistics (a pure function of the facts)', () => {
  it('counts members, secretaries, 一肩挑 and education shares as organization departments report them', () => {
    const facts: StatisticsFacts = {
      ...empty,
      cadres: [
        cadre('a', {
          educationLevel: 'BACHELOR',
          posts: [
            { committee: 'PARTY_COMMITTEE', position: 'PARTY_SECRETARY' },
            { committee: 'RESIDENTS_COMMITTEE', position: 'CHAIR' },
          ],
        }),
        cadre('b', { gender: 'FEMALE', birthDate: '1997-01-01' }),
        cadre('c', { educationLevel: 'SENIOR_HIGH', ethnicity: '回族', birthDate: '1960-01-01' }),
        cadre('r', { posts: [], reserve: { source: 'VETERAN', tier: 1 }, educationLevel: 'POSTGRADUATE' }),
      ],
    };
    const stats = computeStatistics(facts, 2026, '2026-11-25');
    expect(stats).toMatchObject({
      committeeMembers: 3,
      partySecretaries: 1,
      reserveCadres: 1,
      oneShoulderShare: 1,
    });
    expect(stats.committeeEducation).toMatchObject({
      bachelorOrAbove: 1,
      bachelorOrAboveShare: 0.3333,
      juniorCollegeOrAbove: 2,
    });
    expect(stats.reserveEducation.bachelorOrAboveShare).toBe(1);
    expect(stats.committeeGender).toEqual({ male: 2, female: 1, femaleShare: 0.3333 });
    expect(stats.committeeEthnicity).toEqual({ han: 2, minority: 1 });
    expect(stats.committeeAge.bands.find((b) => b.band === '<=30')!.count).toBe(1);
    expect(stats.committeeAge.over60Share).toBe(0.3333);
    expect(stats.crossHoldingShare).toBe(0.3333);
  });

  it('counts only the year asked for: sessions of both kinds, external trainees, talks, pledges, honors as awards and as cadres', () => {
    const facts: StatisticsFacts = {
      ...empty,
      cadres: [
        cadre('s', { posts: [{ committee: 'PARTY_COMMITTEE', position: 'PARTY_SECRETARY' }] }),
        cadre('m'),
      ],
      trainings: [
        { trainingId: 't1', kind: 'INTERNAL', heldOn: '2026-03-01', attendees: ['s', 'm'] },
        { trainingId: 't2', kind: 'INTERNAL', heldOn: '2025-03-01', attendees: ['m'] },
        { trainingId: 't3', kind: 'EXTERNAL', heldOn: '2026-05-01', attendees: ['s'] },
        { trainingId: 't4', kind: 'INTERNAL', heldOn: null, attendees: [] },
      ],
      // each attendance is on the attendee's file, as the read models record it
      cadreTrainings: [
        { cadreId: 's', kind: 'INTERNAL', year: 2026 },
        { cadreId: 'm', kind: 'INTERNAL', year: 2026 },
        { cadreId: 'm', kind: 'INTERNAL', year: 2025 },
        { cadreId: 's', kind: 'EXTERNAL', year: 2026 },
      ],
      interviews: [
        { cadreId: 'm', kind: 'ADMONISHMENT', year: 2026 },
        { cadreId: 'm', kind: 'ADMONISHMENT', year: 2025 },
      ],
      pledges: [
        { cadreId: 'm', year: 2026, items: 3, residentsRating: 'EXCELLENT', organizationRating: 'COMPETENT' },
      ],
      honors: [
        { cadreId: 's', level: 'CITY', year: 2026 },
        { cadreId: 's', level: 'DISTRICT', year: 2026 },
        { cadreId: 'm', level: 'TOWNSHIP', year: 2026 },
        { cadreId: 'm', level: 'PROVINCE', year: 2025 },
      ],
    };
    const stats = computeStatistics(facts, 2026, '2026-11-25');
    expect(stats).toMatchObject({
      trainingSessions: 2,
      internalTrainingSessions: 1,
      externalTrainingSessions: 1,
      externalTrainingSecretaries: 1,
      trainingCoverage: 1,
      admonishments: 1,
      pledgeItems: 3,
      pledgesEvaluated: 1,
      honors: 3,
      honorsDistrictOrAbove: 2,
      honoredCadres: 2,
      honoredDistrictOrAbove: 1,
    });
    expect(stats.honorsByLevel.filter((h) => h.count > 0)).toEqual([
      { key: 'TOWNSHIP', count: 1 },
      { key: 'DISTRICT', count: 1 },
      { key: 'CITY', count: 1 },
    ]);
    expect(stats.residentsRatings.find((r) => r.key === 'EXCELLENT')!.count).toBe(1);
  });
});

/** The figures of 2026 as of 2026-11-25, from live read-model tables holding the facts. */
function statisticsOf(facts: TableFacts, scope: StatisticsScope = {}) {
  const db = readModelsWith(facts);
  try {
    return computeStatistics(loadStatisticsFacts(db, scope, 2026), 2026, '2026-11-25');
  } finally {
    db.close();
  }
}

describe('the scope of the figures, read from the read-model tables', () => {
  const facts: TableFacts = {
    villages: [
      { villageId: 'v1', kind: 'VILLAGE' },
      { villageId: 'v2', kind: 'COMMUNITY', termPlannedEndOn: '2026-06-30' },
      { villageId: 'v3', townshipId: 't2', kind: 'VILLAGE', termPlannedEndOn: '2027-01-15' },
    ],
    cadres: [
      { cadreId: 'a', posts: [{ committee: 'PARTY_COMMITTEE', position: 'PARTY_SECRETARY' }] },
      { cadreId: 'b', villageId: 'v2' },
      { cadreId: 'c', villageId: 'v3' },
      // registered in t2, in t1's reserve pool: counted where the pool is, and where the cadre is
      {
        cadreId: 'r',
        villageId: 'v3',
        reserveVillageId: 'v1',
        posts: [],
        reserve: { source: 'VETERAN', tier: 1 },
      },
    ],
    trainings: [
      // held by t2, attended by a cadre of t1 and one of t2
      {
        trainingId: 't2-session',
        townshipId: 't2',
        kind: 'EXTERNAL',
        heldOn: '2026-04-01',
        attendees: ['a', 'c'],
      },
    ],
    honors: [{ cadreId: 'c', level: 'CITY', awardedOn: '2026-02-01' }],
  };

  it("counts a township's villages and their cadres, the sessions it held, and its cadres' files", () => {
    expect(statisticsOf(facts, { townshipId: 't1' })).toMatchObject({
      villages: 1,
      communities: 1,
      terms: { villagesWithTerm: 1, pastPlannedEnd: 1, endingThisYear: 1, nextPlannedEndOn: null },
      committeeMembers: 2,
      partySecretaries: 1,
      reserveCadres: 1,
      trainingSessions: 0,
      trainedCommitteeMembers: 1,
      externalTrainingSecretaries: 1,
      honors: 0,
    });
  });

  it('counts for a village the sessions its cadres attended, and everything for no scope', () => {
    expect(statisticsOf(facts, { villageId: 'v3' })).toMatchObject({
      villages: 1,
      committeeMembers: 1,
      reserveCadres: 1,
      trainingSessions: 1,
      externalTrainingSessions: 1,
      honors: 1,
      honoredCadres: 1,
    });
    expect(statisticsOf(facts)).toMatchObject({
      villages: 2,
      communities: 1,
      terms: { villagesWithTerm: 2, nextPlannedEndOn: '2027-01-15' },
      committeeMembers: 3,
      trainingSessions: 1,
      trainedCommitteeMembers: 2,
    });
  });
});

describe('page cursors', () => {
  it('round-trip a sort key and refuse a forged one with a coded error naming the field', () => {
    expect(decodeCursor(encodeCursor(['张三', 7]))).toEqual(['张三', 7]);
    for (const forged of ['garbage', Buffer.from('{"x":1}').toString('base64url')]) {
      try {
        decodeCursor(forged);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(DomainError);
        expect(error).toMatchObject({ rule: 'INVALID_CURSOR', field: 'after', kind: 'BAD_USER_INPUT' });
      }
    }
  });
});
