import { ageOn, EDUCATION_ORDER, type EducationLevel } from '@cadre/domain';
import { type TermFigures, termFigures } from '../villages/term-figures.js';
import type { CadreFacts, CadreRef, StatisticsFacts } from './statistics-facts.js';

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
/** Whether a date (yyyy-mm-dd) is in a year, given as its prefix ("2024-", made once per answer). */
const inYear = (date: string | null, yearPrefix: string) => date?.startsWith(yearPrefix) === true;

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

const LEVEL_RANK = new Map(EDUCATION_ORDER.map((level, rank) => [level, rank]));
const BACHELOR_RANK = LEVEL_RANK.get('BACHELOR')!;
const JUNIOR_COLLEGE_RANK = LEVEL_RANK.get('JUNIOR_COLLEGE')!;

/** One pass: each cadre's level counted once, the "or above" figures summed from the counts (atLeast's order). */
export function educationStructure(cadres: CadreFacts[]): EducationStructure {
  const counts = EDUCATION_ORDER.map(() => 0);
  for (const cadre of cadres) {
    const rank = LEVEL_RANK.get(cadre.educationLevel);
    if (rank !== undefined) counts[rank]!++;
  }
  const from = (rank: number) => counts.slice(rank).reduce((sum, count) => sum + count, 0);
  const bachelor = from(BACHELOR_RANK);
  const college = from(JUNIOR_COLLEGE_RANK);
  return {
    total: cadres.length,
    byLevel: EDUCATION_ORDER.map((level, rank) => ({ level, count: counts[rank]! })),
    bachelorOrAbove: bachelor,
    bachelorOrAboveShare: share(bachelor, cadres.length),
    juniorCollegeOrAbove: college,
    juniorCollegeOrAboveShare: share(college, cadres.length),
  };
}

/** One pass over the ages: each in its band, the total, under 35 and over 60. */
export function ageStructure(cadres: CadreFacts[], asOf: string): AgeStructure {
  const bands = AGE_BANDS.map(() => 0);
  let total = 0;
  let under35 = 0;
  let over60 = 0;
  for (const cadre of cadres) {
    const age = ageOn(cadre.birthDate, asOf);
    total += age;
    if (age < 35) under35++;
    if (age > 60) over60++;
    const band = AGE_BANDS.findIndex(([, min, max]) => age >= min && age <= max);
    if (band >= 0) bands[band]!++;
  }
  const count = cadres.length;
  return {
    bands: AGE_BANDS.map(([band], i) => ({ band, count: bands[i]! })),
    averageAge: count === 0 ? 0 : Math.round((total / count) * 10) / 10,
    under35Share: share(under35, count),
    over60Share: share(over60, count),
  };
}

/** The posts' figures of the committee members: how many are secretaries, chair too, sit on both committees. */
function postFigures(members: CadreFacts[]) {
  const secretaryIds = new Set<CadreRef>();
  let secretaries = 0;
  let oneShoulder = 0;
  let crossHolding = 0;
  for (const { cadreId, posts } of members) {
    if (posts.some((p) => p.position === 'PARTY_SECRETARY')) {
      secretaries++;
      secretaryIds.add(cadreId);
      if (posts.some((p) => p.committee === 'RESIDENTS_COMMITTEE' && p.position === 'CHAIR')) oneShoulder++;
    }
    if (posts.some((p) => p.committee !== posts[0]!.committee)) crossHolding++;
  }
  return { secretaries, secretaryIds, oneShoulder, crossHolding };
}

/**
 * The members trained in the year and the secretaries among them trained outside: every attendance is on the
 * attendee's file (a session's attendees each have its record), so the files alone say who was trained.
 */
function trainingFigures(
  facts: StatisticsFacts,
  year: number,
  members: CadreFacts[],
  memberIds: Set<CadreRef>,
  secretaryIds: Set<CadreRef>,
) {
  const trained = new Set<CadreRef>();
  const external = new Set<CadreRef>();
  for (const { cadreId, kind, year: trainedIn } of facts.cadreTrainings) {
    if (trainedIn !== year || !memberIds.has(cadreId)) continue;
    trained.add(cadreId);
    if (kind === 'EXTERNAL' && secretaryIds.has(cadreId)) external.add(cadreId);
  }
  return {
    trainedMembers: members.filter((c) => trained.has(c.cadreId)).length,
    externalSecretaries: external.size,
  };
}

/** The figures organization departments report, from the facts of one scope (township or village). */
export function computeStatistics(facts: StatisticsFacts, year: number, asOf: string): TownshipStatistics {
  const members = facts.cadres.filter((c) => c.posts.length > 0);
  const memberIds = new Set(members.map((c) => c.cadreId));
  const { secretaries, secretaryIds, oneShoulder, crossHolding } = postFigures(members);
  const reserve = facts.cadres.filter((c) => c.reserve !== null);
  let male = 0;
  let female = 0;
  let han = 0;
  for (const member of members) {
    if (member.gender === 'MALE') male++;
    else if (member.gender === 'FEMALE') female++;
    if (member.ethnicity === '汉族') han++;
  }
  const yearPrefix = `${year}-`;
  const sessionsThisYear = facts.trainings.filter((t) => inYear(t.heldOn, yearPrefix));
  const { trainedMembers, externalSecretaries } = trainingFigures(
    facts,
    year,
    members,
    memberIds,
    secretaryIds,
  );
  const pledges = facts.pledges.filter((p) => p.year === year);
  const evaluated = pledges.filter((p) => p.residentsRating !== null || p.organizationRating !== null);
  const honors = facts.honors.filter((h) => h.year === year);
  const honorsDistrictOrAbove = honors.filter((h) => h.level !== 'TOWNSHIP');
  const benefits = facts.benefits.filter((b) => b.year === year && memberIds.has(b.cadreId));
  return {
    asOf,
    year,
    villages: facts.villages.filter((v) => v.kind === 'VILLAGE').length,
    communities: facts.villages.filter((v) => v.kind === 'COMMUNITY').length,
    terms: termFigures(facts.villages, asOf),
    partySecretaries: secretaries,
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
    committeeGender: { male, female, femaleShare: share(female, members.length) },
    committeeEthnicity: { han, minority: members.length - han },
    committeePoliticalStatus: countBy(
      members,
      ['CPC_MEMBER', 'CPC_PROBATIONARY', 'CYL_MEMBER', 'MASSES', 'OTHER_PARTY'],
      (c) => c.politicalStatus,
    ),
    oneShoulderShare: share(oneShoulder, secretaries),
    crossHoldingShare: share(crossHolding, members.length),
    trainingSessions: sessionsThisYear.length,
    internalTrainingSessions: sessionsThisYear.filter((t) => t.kind === 'INTERNAL').length,
    externalTrainingSessions: sessionsThisYear.filter((t) => t.kind === 'EXTERNAL').length,
    externalTrainingSecretaries: externalSecretaries,
    trainedCommitteeMembers: trainedMembers,
    trainingCoverage: share(trainedMembers, members.length),
    admonishments: facts.interviews.filter((i) => i.kind === 'ADMONISHMENT' && i.year === year).length,
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
    serviceRequestsRaised: facts.serviceRequests.reduce((sum, village) => sum + village.raised, 0),
    serviceRequestsResolved: facts.serviceRequests.reduce((sum, village) => sum + village.resolved, 0),
    benefitCoverage: BENEFITS.map((kind) => ({
      key: kind,
      count: new Set(benefits.filter((b) => b.kind === kind).map((b) => b.cadreId)).size,
    })),
  };
}
