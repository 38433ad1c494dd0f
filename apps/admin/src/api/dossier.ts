import type { Committee, Position, TimeBasis } from '../domain-values.js';
import { type Connection, connectionFields, type Page, toPage } from './connection.js';
import { graphqlRequest } from './graphql-client.js';
import { type EarlyWarning, type ReviewingDepartment, type Seat, WARNING_FIELDS } from './villages.js';

export interface EducationRecord {
  level: string;
  degree: string | null;
  school: string | null;
  major: string | null;
}

export interface PostRecord {
  villageId: string;
  committee: Committee;
  position: Position;
  method: string;
  appointedOn: string;
  reviewId: string | null;
  leftOn: string | null;
  leavingReason: string | null;
}

export interface DepartmentVerdict {
  department: string;
  verdict: 'APPROVED' | 'REJECTED';
  note: string | null;
  decidedOn: string;
}

export interface QualificationReview {
  reviewId: string;
  villageId: string;
  committee: Committee;
  position: Position;
  departments: ReviewingDepartment[];
  verdicts: DepartmentVerdict[];
  outcome: 'APPROVED' | 'REJECTED' | null;
  openedOn: string;
  concludedOn: string | null;
}

export interface Mentors {
  townshipLeader: string;
  secretaryCadreId: string;
  memberCadreIds: string[];
  assignedOn: string;
}

export interface Interview {
  kind: string;
  interviewer: string;
  heldOn: string;
  findings: string;
  votes: { excellent: number; competent: number; basicallyCompetent: number; incompetent: number } | null;
}

export interface Pledge {
  year: number;
  items: string[];
  madeOn: string;
  progress: string | null;
  progressOn: string | null;
  residentsRating: string | null;
  organizationRating: string | null;
  evaluatedOn: string | null;
}

export interface CurrentPost {
  villageId: string;
  committee: Committee;
  position: Position;
  method: string;
  appointedOn: string;
}

/** 一人一档: everything the ledger holds about one cadre. */
export interface Dossier {
  id: string;
  name: string;
  gender: string;
  ethnicity: string;
  birthDate: string;
  age: number;
  idNumber: string;
  phone: string | null;
  politicalStatus: string;
  educationLevel: string;
  nativePlace: string | null;
  birthplace: string | null;
  partyJoinDate: string | null;
  workStartDate: string | null;
  health: string | null;
  professionalTitle: string | null;
  speciality: string | null;
  fullTimeEducation: EducationRecord | null;
  onTheJobEducation: EducationRecord | null;
  resume: Array<{ from: string; to: string | null; description: string }>;
  rewardsAndPenalties: string | null;
  familyMembers: Array<{
    relation: string;
    name: string;
    birthDate: string | null;
    politicalStatus: string | null;
    employerAndPost: string | null;
  }>;
  registeredAt: string;
  village: { id: string; name: string; townshipId: string; seats: Seat[] } | null;
  posts: CurrentPost[];
  postHistory: PostRecord[];
  reserve: {
    villageId: string;
    source: string;
    tier: number;
    enlistedOn: string;
    mentors: Mentors | null;
  } | null;
  portrait: { text: string; basedOn: string[]; updatedOn: string } | null;
  qualificationReviews: QualificationReview[];
  trainings: Array<{ trainingId: string | null; topic: string; kind: string; trainedOn: string }>;
  interviews: Interview[];
  education: Array<{
    programme: string;
    school: string;
    level: string;
    enrolledOn: string | null;
    completedOn: string | null;
    degree: string | null;
  }>;
  pledges: Pledge[];
  honors: Array<{ title: string; level: string; awardingBody: string; awardedOn: string }>;
  assessments: Array<{ year: number; score: number; grade: string; bonus: number }>;
  benefits: Array<{ kind: string; year: number; amount: number }>;
  openWarnings: EarlyWarning[];
}

const EDUCATION_RECORD = '{ level degree school major }';
export const REVIEW_FIELDS = `reviewId villageId committee position departments { code name }
  verdicts { department verdict note decidedOn } outcome openedOn concludedOn`;

const DOSSIER = `query Dossier($id: ID!) {
  cadre(id: $id) {
    id name gender ethnicity birthDate age idNumber phone politicalStatus educationLevel
    nativePlace birthplace partyJoinDate workStartDate health professionalTitle speciality
    fullTimeEducation ${EDUCATION_RECORD} onTheJobEducation ${EDUCATION_RECORD}
    resume { from to description } rewardsAndPenalties
    familyMembers { relation name birthDate politicalStatus employerAndPost }
    registeredAt
    village { id name townshipId seats { committee position cadreId cadreName appointedOn } }
    posts { villageId committee position method appointedOn }
    postHistory { villageId committee position method appointedOn reviewId leftOn leavingReason }
    reserve { villageId source tier enlistedOn mentors { townshipLeader secretaryCadreId memberCadreIds assignedOn } }
    portrait { text basedOn updatedOn }
    qualificationReviews { ${REVIEW_FIELDS} }
    trainings { trainingId topic kind trainedOn }
    interviews { kind interviewer heldOn findings votes { excellent competent basicallyCompetent incompetent } }
    education { programme school level enrolledOn completedOn degree }
    pledges { year items madeOn progress progressOn residentsRating organizationRating evaluatedOn }
    honors { title level awardingBody awardedOn }
    assessments { year score grade bonus }
    benefits { kind year amount }
    openWarnings { ${WARNING_FIELDS} }
  }
}`;

export async function fetchDossier(id: string): Promise<Dossier | null> {
  const data = await graphqlRequest<{ cadre: Dossier | null }>(DOSSIER, { id });
  return data.cadre;
}

/**
 * Names for cadre ids (e.g. a reserve cadre's mentors, which the API answers as ids): one query with an
 * aliased `cadre` field per id.
 */
export async function fetchCadreNames(ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const variables = Object.fromEntries(unique.map((id, i) => [`c${i}`, id]));
  const query = `query CadreNames(${unique.map((_, i) => `$c${i}: ID!`).join(', ')}) {
    ${unique.map((_, i) => `c${i}: cadre(id: $c${i}) { id name }`).join('\n')}
  }`;
  const data = await graphqlRequest<Record<string, { id: string; name: string } | null>>(query, variables);
  return new Map(
    Object.values(data)
      .filter((cadre) => cadre !== null)
      .map((cadre) => [cadre.id, cadre.name]),
  );
}

/** One event of a cadre's history, as the auditors read it. */
export interface LedgerEvent {
  position: string;
  type: string;
  actor: string;
  occurredAt: string;
  recordedAt: string;
  reason: string | null;
}

const HISTORY = `query CadreHistory($id: ID!, $first: Int, $after: String) {
  cadreHistory(id: $id, first: $first, after: $after) {
    ${connectionFields('position type actor occurredAt recordedAt reason')}
  }
}`;

export async function fetchCadreHistory(
  id: string,
  first: number,
  after: string | null,
): Promise<Page<LedgerEvent>> {
  const data = await graphqlRequest<{ cadreHistory: Connection<LedgerEvent> }>(HISTORY, { id, first, after });
  return toPage(data.cadreHistory);
}

/** A cadre as the ledger stood at a moment (时间回溯). */
export interface CadreSnapshot {
  asOf: string;
  basis: TimeBasis;
  eventCount: number;
  registered: boolean;
  name: string | null;
  educationLevel: string | null;
  politicalStatus: string | null;
  posts: CurrentPost[];
}

const AS_OF = `query CadreAsOf($id: ID!, $asOf: String!, $basis: TimeBasis) {
  cadreAsOf(id: $id, asOf: $asOf, basis: $basis) {
    asOf basis eventCount registered name educationLevel politicalStatus
    posts { villageId committee position method appointedOn }
  }
}`;

export async function fetchCadreAsOf(id: string, asOf: string, basis: TimeBasis): Promise<CadreSnapshot> {
  const data = await graphqlRequest<{ cadreAsOf: CadreSnapshot }>(AS_OF, { id, asOf, basis });
  return data.cadreAsOf;
}
