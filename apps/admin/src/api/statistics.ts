import type {
  EducationStructureFieldsFragment,
  StatisticsQuery as StatisticsResult,
} from '../generated/gql/graphql.js';
import { graphql } from '../generated/gql/index.js';
import { graphqlRequest } from './graphql-client.js';

export const EDUCATION_STRUCTURE_FIELDS = graphql(`
  fragment EducationStructureFields on EducationStructure {
    total
    byLevel { level count }
    bachelorOrAbove
    bachelorOrAboveShare
    juniorCollegeOrAbove
    juniorCollegeOrAboveShare
  }
`);

const STATISTICS = graphql(`
  query Statistics($year: Int, $villageId: ID, $asOf: String) {
    statistics(year: $year, villageId: $villageId, asOf: $asOf) {
      asOf year villages communities partySecretaries committeeMembers reserveCadres
      committeeEducation { ...EducationStructureFields }
      reserveEducation { ...EducationStructureFields }
      reserveSources { key count }
      committeeAge { bands { band count } averageAge under35Share over60Share }
      committeeGender { male female femaleShare }
      oneShoulderShare
      trainingSessions internalTrainingSessions externalTrainingSessions externalTrainingSecretaries trainingCoverage
      admonishments
      pledgesMade pledgeItems pledgesEvaluated residentsRatings { key count } organizationRatings { key count }
      honors honorsDistrictOrAbove honoredDistrictOrAbove honorsByLevel { key count }
      serviceRequestsResolved
    }
  }
`);

/** The township statistics as the dashboard shows them (see `queries-statistics.graphql`). */
export type Statistics = StatisticsResult['statistics'];
export type EducationStructure = EducationStructureFieldsFragment;
export type AgeStructure = Statistics['committeeAge'];
export type GenderStructure = Statistics['committeeGender'];
export type KeyCount = Statistics['reserveSources'][number];

export interface StatisticsQuery {
  /** null: the gateway's current year (its today, China time). */
  year: number | null;
  /** yyyy-mm-dd for time travel; null for the live figures. */
  asOf: string | null;
  villageId: string | null;
}

export async function fetchStatistics(query: StatisticsQuery): Promise<Statistics> {
  const data = await graphqlRequest(STATISTICS, { ...query });
  return data.statistics;
}
