import { atLeast, EDUCATION_ORDER, type EducationLevel } from '@cadre/domain';
import { type TermFigures, termFigures } from '../villages/term-figures.js';
import type { FigureCounts } from './count-statistics.js';

export interface EducationStructure {
  total: number;
  byLevel: Array<{ level: EducationLevel; count: number }>;
  bachelorOrAbove: number;
  bachelorOrAboveShare: number;
  juniorCollegeOrAbove: number;
  juniorCollegeOrAboveShare: number;
}

export interface AgeStructure {
  bands: Array<{ band: string; count: number }>;
  averageAge: number;
  under35Share: number;
  over60Share: number;
}

export interface Count<K extends string = string> {
  key: K;
  count: number;
}

export interface TownshipStatistics {
  /** The date the figures stand at (截至). */
  asOf: string;
  year: number;
  villages: number;
  communities: number;
  /** The villages' "两委" terms (任期) as they stand at the as-of date. */
  terms: TermFigures;
  partySecretaries: number;
  committeeMembers: number;
  reserveCadres: number;
  committeeEducation: EducationStructure;
  reserveEducation: EducationStructure;
  reserveSources: Count[];
  committeeAge: AgeStructure;
  committeeGender: { male: number; female: number; femaleShare: number };
  committeeEthnicity: { han: number; minority: number };
  committeePoliticalStatus: Count[];
  /** Share of party secretaries who also chair the villagers'/residents' committee (一肩挑). */
  oneShoulderShare: number;
  /** Share of committee members who sit on both committees (交叉任职). */
  crossHoldingShare: number;
  /** Training sessions held in the year, internal and external. */
  trainingSessions: number;
  internalTrainingSessions: number;
  externalTrainingSessions: number;
  /** Party secretaries (at the as-of date) who attended an external training in the year (外出实训). */
  externalTrainingSecretaries: number;
  trainedCommitteeMembers: number;
  trainingCoverage: number;
  admonishments: number;
  pledgesMade: number;
  pledgeItems: number;
  pledgesEvaluated: number;
  residentsRatings: Count[];
  organizationRatings: Count[];
  /** Honor records awarded in the year (one cadre may receive several). */
  honors: number;
  honorsDistrictOrAbove: number;
  /** Cadres who received at least one honor in the year. */
  honoredCadres: number;
  honoredDistrictOrAbove: number;
  honorsByLevel: Count[];
  /** 三单 requests raised up to the as-of date (cumulative, not only in the year). */
  serviceRequestsRaised: number;
  /** 三单 requests resolved (rated or not) up to the as-of date (cumulative). */
  serviceRequestsResolved: number;
  benefitCoverage: Count[];
}

const AGE_BANDS: Array<[string, number, number]> = [
  ['<=30', 0, 30],
  ['31-35', 31, 35],
  ['36-40', 36, 40],
  ['41-45', 41, 45],
  ['46-50', 46, 50],
  ['51-55', 51, 55],
  ['>=56', 56, 200],
];
const RATINGS = ['EXCELLENT', 'COMPETENT', 'BASICALLY_COMPETENT', 'INCOMPETENT'];
const HONOR_LEVELS = ['TOWNSHIP', 'DISTRICT', 'CITY', 'PROVINCE', 'NATIONAL'] as const;
const BENEFITS = ['HEALTH_CHECKUP', 'PENSION_SUBSIDY', 'ACCIDENT_INSURANCE'];
const RESERVE_SOURCES = ['ENTREPRENEUR', 'RETURNING_GRADUATE', 'VETERAN', 'OTHER'];
const POLITICAL_STATUSES = ['CPC_MEMBER', 'CPC_PROBATIONARY', 'CYL_MEMBER', 'MASSES', 'OTHER_PARTY'];

/** A share rounded to 4 decimals (0.1081 is 10.81%). */
const share = (part: number, whole: number) =>
  whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000;

type KeyedCounts = ReadonlyMap<string | number | null, number>;
const NONE: KeyedCounts = new Map();

const sum = (counts: KeyedCounts, which: (key: string | number | null) => boolean = () => true) => {
  let total = 0;
  for (const [key, count] of counts) if (which(key)) total += count;
  return total;
};

/** The counts of the listed keys, in their order (a key not counted is 0; keys not listed count nowhere). */
const countsOf = (counts: KeyedCounts, keys: readonly string[]): Count[] =>
  keys.map((key) => ({ key, count: counts.get(key) ?? 0 }));

/** The make-up by education level, from the counts by level. */
export function educationStructure(byLevel: KeyedCounts): EducationStructure {
  const total = sum(byLevel);
  const bachelor = sum(byLevel, (level) => atLeast(level as EducationLevel, 'BACHELOR'));
  const college = sum(byLevel, (level) => atLeast(level as EducationLevel, 'JUNIOR_COLLEGE'));
  return {
    total,
    byLevel: countsOf(byLevel, EDUCATION_ORDER).map(({ key, count }) => ({
      level: key as EducationLevel,
      count,
    })),
    bachelorOrAbove: bachelor,
    bachelorOrAboveShare: share(bachelor, total),
    juniorCollegeOrAbove: college,
    juniorCollegeOrAboveShare: share(college, total),
  };
}

/** The make-up by age, from the counts by age (in years, on the as-of day). */
export function ageStructure(byAge: KeyedCounts): AgeStructure {
  const people = sum(byAge);
  let years = 0;
  for (const [age, count] of byAge) years += (age as number) * count;
  const ages = (which: (age: number) => boolean) => sum(byAge, (age) => which(age as number));
  return {
    bands: AGE_BANDS.map(([band, min, max]) => ({ band, count: ages((a) => a >= min && a <= max) })),
    averageAge: people === 0 ? 0 : Math.round((years / people) * 10) / 10,
    under35Share: share(
      ages((a) => a < 35),
      people,
    ),
    over60Share: share(
      ages((a) => a > 60),
      people,
    ),
  };
}

/** The figures organization departments report, from the counts of one scope (see count-statistics.ts). */
export function statisticsFromCounts(counts: FigureCounts, year: number, asOf: string): TownshipStatistics {
  const of = (figure: string) => counts.get(figure) ?? NONE;
  const one = (figure: string) => of(figure).get(null) ?? 0;
  const members = one('committeeMembers');
  const secretaries = one('partySecretaries');
  const female = of('committeeGender').get('FEMALE') ?? 0;
  const han = one('committeeHan');
  const sessions = of('trainingSessions');
  const trainedMembers = one('trainedCommitteeMembers');
  const termEnds = [...of('termEnds')].flatMap(([end, count]) =>
    Array.from({ length: count }, () => ({ termPlannedEndOn: end as string })),
  );
  return {
    asOf,
    year,
    villages: of('villages').get('VILLAGE') ?? 0,
    communities: of('villages').get('COMMUNITY') ?? 0,
    terms: termFigures(termEnds, asOf),
    partySecretaries: secretaries,
    committeeMembers: members,
    reserveCadres: sum(of('reserveSources')),
    committeeEducation: educationStructure(of('committeeEducation')),
    reserveEducation: educationStructure(of('reserveEducation')),
    reserveSources: countsOf(of('reserveSources'), RESERVE_SOURCES),
    committeeAge: ageStructure(of('committeeAge')),
    committeeGender: {
      male: of('committeeGender').get('MALE') ?? 0,
      female,
      femaleShare: share(female, members),
    },
    committeeEthnicity: { han, minority: members - han },
    committeePoliticalStatus: countsOf(of('committeePoliticalStatus'), POLITICAL_STATUSES),
    oneShoulderShare: share(one('oneShoulder'), secretaries),
    crossHoldingShare: share(one('crossHolding'), members),
    trainingSessions: sum(sessions),
    internalTrainingSessions: sessions.get('INTERNAL') ?? 0,
    externalTrainingSessions: sessions.get('EXTERNAL') ?? 0,
    externalTrainingSecretaries: one('externalTrainingSecretaries'),
    trainedCommitteeMembers: trainedMembers,
    trainingCoverage: share(trainedMembers, members),
    admonishments: one('admonishments'),
    pledgesMade: one('pledgesMade'),
    pledgeItems: one('pledgeItems'),
    pledgesEvaluated: one('pledgesEvaluated'),
    residentsRatings: countsOf(of('residentsRatings'), RATINGS),
    organizationRatings: countsOf(of('organizationRatings'), RATINGS),
    honors: sum(of('honorsByLevel')),
    honorsDistrictOrAbove: one('honorsDistrictOrAbove'),
    honoredCadres: one('honoredCadres'),
    honoredDistrictOrAbove: one('honoredDistrictOrAbove'),
    honorsByLevel: countsOf(of('honorsByLevel'), HONOR_LEVELS),
    serviceRequestsRaised: one('serviceRequestsRaised'),
    serviceRequestsResolved: one('serviceRequestsResolved'),
    benefitCoverage: countsOf(of('benefitCoverage'), BENEFITS),
  };
}
