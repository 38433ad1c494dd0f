import { ageOn, atLeast, EDUCATION_ORDER, type EducationLevel } from '@cadre/domain';
import { type TermFigures, termFigures } from '../villages/term-figures.js';
import type { CadreFacts, StatisticsFacts } from './statistics-facts.js';

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

/** A share rounded to 4 decimals (0.1081 is 10.81%). */
const share = (part: number, whole: number) =>
  whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000;
const inYear = (date: string | null, year: number) => date?.startsWith(`${year}-`) === true;

/** How many items have each key, in the keys' order (one pass: an item of no listed key counts nowhere). */
function countBy<T>(items: T[], keys: readonly string[], keyOf: (item: T) => string | null): Count[] {
  const counts = new Map(keys.map((key) => [key, 0]));
  for (const item of items) {
    const key = keyOf(item);
    const count = key === null ? undefined : counts.get(key);
    if (count !== undefined) counts.set(key!, count + 1);
  }
  return keys.map((key) => ({ key, count: counts.get(key)! }));
}

export function educationStructure(cadres: CadreFacts[]): EducationStructure {
  const bachelor = cadres.filter((c) => atLeast(c.educationLevel, 'BACHELOR')).length;
  const college = cadres.filter((c) => atLeast(c.educationLevel, 'JUNIOR_COLLEGE')).length;
  return {
    total: cadres.length,
    byLevel: countBy(cadres, EDUCATION_ORDER, (c) => c.educationLevel).map(({ key, count }) => ({
      level: key as EducationLevel,
      count,
    })),
    bachelorOrAbove: bachelor,
    bachelorOrAboveShare: share(bachelor, cadres.length),
    juniorCollegeOrAbove: college,
    juniorCollegeOrAboveShare: share(college, cadres.length),
  };
}

export function ageStructure(cadres: CadreFacts[], asOf: string): AgeStructure {
  const ages = cadres.map((c) => ageOn(c.birthDate, asOf));
  const total = ages.reduce((sum, age) => sum + age, 0);
  return {
    bands: AGE_BANDS.map(([band, min, max]) => ({
      band,
      count: ages.filter((a) => a >= min && a <= max).length,
    })),
    averageAge: ages.length === 0 ? 0 : Math.round((total / ages.length) * 10) / 10,
    under35Share: share(ages.filter((a) => a < 35).length, ages.length),
    over60Share: share(ages.filter((a) => a > 60).length, ages.length),
  };
}

/** The figures organization departments report, from the facts of one scope (township or village). */
export function computeStatistics(facts: StatisticsFacts, year: number, asOf: string): TownshipStatistics {
  const members = facts.cadres.filter((c) => c.posts.length > 0);
  const memberIds = new Set(members.map((c) => c.cadreId));
  const secretaries = members.filter((c) => c.posts.some((p) => p.position === 'PARTY_SECRETARY'));
  const secretaryIds = new Set(secretaries.map((c) => c.cadreId));
  const reserve = facts.cadres.filter((c) => c.reserve !== null);
  const sessionsThisYear = facts.trainings.filter((t) => inYear(t.heldOn, year));
  const trainedThisYear = new Set([
    ...sessionsThisYear.flatMap((t) => t.attendees),
    ...facts.cadreTrainings.filter((t) => inYear(t.trainedOn, year)).map((t) => t.cadreId),
  ]);
  const externalSecretaries = new Set([
    ...sessionsThisYear
      .filter((t) => t.kind === 'EXTERNAL')
      .flatMap((t) => t.attendees)
      .filter((id) => secretaryIds.has(id)),
    ...facts.cadreTrainings
      .filter((t) => t.kind === 'EXTERNAL' && inYear(t.trainedOn, year) && secretaryIds.has(t.cadreId))
      .map((t) => t.cadreId),
  ]);
  const trainedMembers = members.filter((c) => trainedThisYear.has(c.cadreId)).length;
  const pledges = facts.pledges.filter((p) => p.year === year);
  const evaluated = pledges.filter((p) => p.residentsRating !== null || p.organizationRating !== null);
  const honors = facts.honors.filter((h) => inYear(h.awardedOn, year));
  const honorsDistrictOrAbove = honors.filter((h) => h.level !== 'TOWNSHIP');
  const benefits = facts.benefits.filter((b) => b.year === year && memberIds.has(b.cadreId));
  return {
    asOf,
    year,
    villages: facts.villages.filter((v) => v.kind === 'VILLAGE').length,
    communities: facts.villages.filter((v) => v.kind === 'COMMUNITY').length,
    terms: termFigures(facts.villages, asOf),
    partySecretaries: secretaries.length,
    committeeMembers: members.length,
    reserveCadres: reserve.length,
    committeeEducation: educationStructure(members),
    reserveEducation: educationStructure(reserve),
    reserveSources: countBy(
      reserve,
      ['ENTREPRENEUR', 'RETURNING_GRADUATE', 'VETERAN', 'OTHER'],
      (c) => c.reserve!.source,
    ),
    committeeAge: ageStructure(members, asOf),
    committeeGender: {
      male: members.filter((c) => c.gender === 'MALE').length,
      female: members.filter((c) => c.gender === 'FEMALE').length,
      femaleShare: share(members.filter((c) => c.gender === 'FEMALE').length, members.length),
    },
    committeeEthnicity: {
      han: members.filter((c) => c.ethnicity === '汉族').length,
      minority: members.filter((c) => c.ethnicity !== '汉族').length,
    },
    committeePoliticalStatus: countBy(
      members,
      ['CPC_MEMBER', 'CPC_PROBATIONARY', 'CYL_MEMBER', 'MASSES', 'OTHER_PARTY'],
      (c) => c.politicalStatus,
    ),
    oneShoulderShare: share(
      secretaries.filter((c) =>
        c.posts.some((p) => p.committee === 'RESIDENTS_COMMITTEE' && p.position === 'CHAIR'),
      ).length,
      secretaries.length,
    ),
    crossHoldingShare: share(
      members.filter((c) => new Set(c.posts.map((p) => p.committee)).size > 1).length,
      members.length,
    ),
    trainingSessions: sessionsThisYear.length,
    internalTrainingSessions: sessionsThisYear.filter((t) => t.kind === 'INTERNAL').length,
    externalTrainingSessions: sessionsThisYear.filter((t) => t.kind === 'EXTERNAL').length,
    externalTrainingSecretaries: externalSecretaries.size,
    trainedCommitteeMembers: trainedMembers,
    trainingCoverage: share(trainedMembers, members.length),
    admonishments: facts.interviews.filter((i) => i.kind === 'ADMONISHMENT' && inYear(i.heldOn, year)).length,
    pledgesMade: pledges.length,
    pledgeItems: pledges.reduce((sum, p) => sum + p.items, 0),
    pledgesEvaluated: evaluated.length,
    residentsRatings: countBy(evaluated, RATINGS, (p) => p.residentsRating),
    organizationRatings: countBy(evaluated, RATINGS, (p) => p.organizationRating),
    honors: honors.length,
    honorsDistrictOrAbove: honorsDistrictOrAbove.length,
    honoredCadres: new Set(honors.map((h) => h.cadreId)).size,
    honoredDistrictOrAbove: new Set(honorsDistrictOrAbove.map((h) => h.cadreId)).size,
    honorsByLevel: countBy(honors, HONOR_LEVELS, (h) => h.level),
    serviceRequestsRaised: facts.serviceRequests.length,
    serviceRequestsResolved: facts.serviceRequests.filter(
      (r) => r.status === 'RESOLVED' || r.status === 'RATED',
    ).length,
    benefitCoverage: BENEFITS.map((kind) => ({
      key: kind,
      count: new Set(benefits.filter((b) => b.kind === kind).map((b) => b.cadreId)).size,
    })),
  };
}
