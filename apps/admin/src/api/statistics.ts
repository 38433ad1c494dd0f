import { graphqlRequest } from './graphql-client.js';

export interface KeyCount {
  key: string;
  count: number;
}

export interface EducationStructure {
  total: number;
  byLevel: Array<{ level: string; count: number }>;
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

export interface GenderStructure {
  male: number;
  female: number;
  femaleShare: number;
}

/** The township statistics as the dashboard shows them (see `queries-statistics.graphql`). */
export interface Statistics {
  asOf: string;
  year: number;
  villages: number;
  communities: number;
  partySecretaries: number;
  committeeMembers: number;
  reserveCadres: number;
  committeeEducation: EducationStructure;
  reserveEducation: EducationStructure;
  reserveSources: KeyCount[];
  committeeAge: AgeStructure;
  committeeGender: GenderStructure;
  oneShoulderShare: number;
  trainingSessions: number;
  externalTrainingSecretaries: number;
  trainingCoverage: number;
  admonishments: number;
  pledgesMade: number;
  pledgeItems: number;
  pledgesEvaluated: number;
  residentsRatings: KeyCount[];
  organizationRatings: KeyCount[];
  honoredDistrictOrAbove: number;
  honorsByLevel: KeyCount[];
  serviceRequestsResolved: number;
}

export interface StatisticsQuery {
  year: number;
  /** yyyy-mm-dd for time travel; null for the live figures. */
  asOf: string | null;
  villageId: string | null;
}

const EDUCATION = `{ total byLevel { level count } bachelorOrAbove bachelorOrAboveShare juniorCollegeOrAbove juniorCollegeOrAboveShare }`;

const STATISTICS = `query Statistics($year: Int, $villageId: ID, $asOf: String) {
  statistics(year: $year, villageId: $villageId, asOf: $asOf) {
    asOf year villages communities partySecretaries committeeMembers reserveCadres
    committeeEducation ${EDUCATION}
    reserveEducation ${EDUCATION}
    reserveSources { key count }
    committeeAge { bands { band count } averageAge under35Share over60Share }
    committeeGender { male female femaleShare }
    oneShoulderShare
    trainingSessions externalTrainingSecretaries trainingCoverage
    admonishments
    pledgesMade pledgeItems pledgesEvaluated residentsRatings { key count } organizationRatings { key count }
    honoredDistrictOrAbove honorsByLevel { key count }
    serviceRequestsResolved
  }
}`;

export async function fetchStatistics(query: StatisticsQuery): Promise<Statistics> {
  const data = await graphqlRequest<{ statistics: Statistics }>(STATISTICS, { ...query });
  return data.statistics;
}
