import type { TimeBasis } from '../domain-values.js';
import type {
  CadreAsOfQuery,
  CadreHistoryQuery,
  DossierQuery,
  EducationRecordFieldsFragment,
  PostFieldsFragment,
  ReviewFieldsFragment,
} from '../generated/gql/graphql.js';
import { graphql } from '../generated/gql/index.js';
import { type Page, toPage } from './connection.js';
import { graphqlRequest } from './graphql-client.js';

export const EDUCATION_RECORD_FIELDS = graphql(`
  fragment EducationRecordFields on EducationRecord {
    level
    degree
    school
    major
  }
`);

export const REVIEW_FIELDS = graphql(`
  fragment ReviewFields on QualificationReview {
    reviewId
    villageId
    committee
    position
    departments { code name }
    verdicts { department verdict note decidedOn }
    outcome
    openedOn
    concludedOn
  }
`);

export const POST_FIELDS = graphql(`
  fragment PostFields on Post {
    villageId
    committee
    position
    method
    appointedOn
  }
`);

export type EducationRecord = EducationRecordFieldsFragment;
export type QualificationReview = ReviewFieldsFragment;
export type DepartmentVerdict = QualificationReview['verdicts'][number];
export type CurrentPost = PostFieldsFragment;

const DOSSIER = graphql(`
  query Dossier($id: ID!) {
    cadre(id: $id) {
      id name gender ethnicity birthDate age idNumber phone politicalStatus educationLevel
      nativePlace birthplace partyJoinDate workStartDate health professionalTitle speciality
      fullTimeEducation { ...EducationRecordFields }
      onTheJobEducation { ...EducationRecordFields }
      resume { from to description } rewardsAndPenalties withheldFields
      familyMembers { relation name birthDate politicalStatus employerAndPost }
      registeredAt
      village { id name townshipId seats { ...SeatFields } }
      posts { ...PostFields }
      postHistory { villageId committee position method appointedOn reviewId leftOn leavingReason }
      reserve { villageId source tier enlistedOn mentors { townshipLeader secretaryCadreId memberCadreIds assignedOn } }
      portrait { text basedOn updatedOn }
      qualificationReviews { ...ReviewFields }
      trainings { trainingId topic kind trainedOn }
      interviews { kind interviewer heldOn findings votes { excellent competent basicallyCompetent incompetent } }
      education { programme school level enrolledOn completedOn degree }
      pledges { year items madeOn progress progressOn residentsRating organizationRating evaluatedOn }
      honors { title level awardingBody awardedOn }
      assessments { year score grade bonus }
      benefits { kind year amount }
      openWarnings { ...WarningFields }
    }
  }
`);

/** 一人一档: everything the ledger holds about one cadre. */
export type Dossier = NonNullable<DossierQuery['cadre']>;
export type PostRecord = Dossier['postHistory'][number];
export type Mentors = NonNullable<NonNullable<Dossier['reserve']>['mentors']>;
export type Interview = Dossier['interviews'][number];
export type Pledge = Dossier['pledges'][number];

export async function fetchDossier(id: string): Promise<Dossier | null> {
  const data = await graphqlRequest(DOSSIER, { id });
  return data.cadre ?? null;
}

const CADRE_NAME = graphql(`
  query CadreName($id: ID!) {
    cadre(id: $id) { id name }
  }
`);

/**
 * Names for cadre ids (e.g. a reserve cadre's mentors, which the API answers as ids): one small query per
 * id, in parallel (a static document; the ids are few).
 */
export async function fetchCadreNames(ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  const cadres = await Promise.all(
    unique.map(async (id) => (await graphqlRequest(CADRE_NAME, { id })).cadre),
  );
  return new Map(cadres.filter((cadre) => cadre != null).map((cadre) => [cadre.id, cadre.name]));
}

const HISTORY = graphql(`
  query CadreHistory($id: ID!, $first: Int, $after: String) {
    cadreHistory(id: $id, first: $first, after: $after) {
      totalCount
      edges { node { position type actor occurredAt recordedAt reason } }
      pageInfo { ...PageInfoFields }
    }
  }
`);

/** One event of a cadre's history, as the auditors read it. */
export type LedgerEvent = CadreHistoryQuery['cadreHistory']['edges'][number]['node'];

export async function fetchCadreHistory(
  id: string,
  first: number,
  after: string | null,
): Promise<Page<LedgerEvent>> {
  const data = await graphqlRequest(HISTORY, { id, first, after });
  return toPage(data.cadreHistory);
}

const AS_OF = graphql(`
  query CadreAsOf($id: ID!, $asOf: String!, $basis: TimeBasis) {
    cadreAsOf(id: $id, asOf: $asOf, basis: $basis) {
      asOf basis eventCount registered name educationLevel politicalStatus
      posts { ...PostFields }
    }
  }
`);

/** A cadre as the ledger stood at a moment (时间回溯). */
export type CadreSnapshot = CadreAsOfQuery['cadreAsOf'];

export async function fetchCadreAsOf(id: string, asOf: string, basis: TimeBasis): Promise<CadreSnapshot> {
  const data = await graphqlRequest(AS_OF, { id, asOf, basis });
  return data.cadreAsOf;
}
