import type { AppointmentMethod, Committee, Position, ReviewVerdict } from '../domain-values.js';
import { type QualificationReview, REVIEW_FIELDS } from './dossier.js';
import { graphqlRequest } from './graphql-client.js';

/** 凡进必审 → 任职: the commands of an appointment, in the order a clerk runs them. */

export interface AppointmentCandidate {
  id: string;
  name: string;
  village: { id: string; name: string; townshipId: string } | null;
  posts: Array<{ villageId: string; committee: Committee; position: Position; appointedOn: string }>;
  qualificationReviews: QualificationReview[];
}

const CANDIDATE = `query AppointmentCandidate($id: ID!) {
  cadre(id: $id) {
    id name
    village { id name townshipId }
    posts { villageId committee position appointedOn }
    qualificationReviews { ${REVIEW_FIELDS} }
  }
}`;

export async function fetchAppointmentCandidate(id: string): Promise<AppointmentCandidate | null> {
  const data = await graphqlRequest<{ cadre: AppointmentCandidate | null }>(CANDIDATE, { id });
  return data.cadre;
}

interface CommandPayload {
  commandId: string;
  duplicate: boolean;
  derivedIds: Array<{ field: string; id: string }>;
}

const PAYLOAD = 'commandId duplicate derivedIds { field id }';

function mutation(name: string, inputType: string, payload = PAYLOAD): string {
  return `mutation ${name[0]!.toUpperCase()}${name.slice(1)}($commandId: ID!, $input: ${inputType}!) {
    ${name}(commandId: $commandId, input: $input) { ${payload} }
  }`;
}

export interface OpenReviewInput {
  cadreId: string;
  townshipId: string;
  villageId: string;
  committee: Committee;
  position: Position;
  openedOn: string;
}

export async function openQualificationReview(commandId: string, input: OpenReviewInput): Promise<string> {
  const data = await graphqlRequest<{ openQualificationReview: CommandPayload }>(
    mutation('openQualificationReview', 'OpenQualificationReviewInput'),
    { commandId, input },
  );
  return data.openQualificationReview.derivedIds.find((d) => d.field === 'reviewId')?.id ?? '';
}

export interface VerdictInput {
  cadreId: string;
  reviewId: string;
  department: string;
  verdict: ReviewVerdict;
  note?: string;
  decidedOn: string;
}

export async function recordDepartmentVerdict(commandId: string, input: VerdictInput): Promise<void> {
  await graphqlRequest(mutation('recordDepartmentVerdict', 'RecordDepartmentVerdictInput'), {
    commandId,
    input: { ...input, note: input.note?.trim() || undefined },
  });
}

export interface ConcludeInput {
  cadreId: string;
  reviewId: string;
  concludedOn: string;
}

export async function concludeQualificationReview(commandId: string, input: ConcludeInput): Promise<void> {
  await graphqlRequest(mutation('concludeQualificationReview', 'ConcludeQualificationReviewInput'), {
    commandId,
    input,
  });
}

export interface AppointInput {
  cadreId: string;
  villageId: string;
  committee: Committee;
  position: Position;
  method: AppointmentMethod;
  appointedOn: string;
}

export async function appointCadre(commandId: string, input: AppointInput): Promise<void> {
  await graphqlRequest(
    mutation('appointCadre', 'AppointCadreInput', 'commandId duplicate cadre { id posts { position } }'),
    { commandId, input },
  );
}
