import type { AppointmentMethod, Committee, Position, ReviewVerdict } from '../domain-values.js';
import type { AppointmentCandidateQuery } from '../generated/gql/graphql.js';
import { graphql } from '../generated/gql/index.js';
import { graphqlRequest } from './graphql-client.js';

/** 凡进必审 → 任职: the commands of an appointment, in the order a clerk runs them. */

const CANDIDATE = graphql(`
  query AppointmentCandidate($id: ID!) {
    cadre(id: $id) {
      id name
      village { id name townshipId }
      posts { villageId committee position appointedOn }
      qualificationReviews { ...ReviewFields }
    }
  }
`);

export type AppointmentCandidate = NonNullable<AppointmentCandidateQuery['cadre']>;

export async function fetchAppointmentCandidate(id: string): Promise<AppointmentCandidate | null> {
  const data = await graphqlRequest(CANDIDATE, { id });
  return data.cadre ?? null;
}

export const COMMAND_PAYLOAD_FIELDS = graphql(`
  fragment CommandPayloadFields on CommandPayload {
    commandId
    duplicate
    derivedIds { field id }
  }
`);

export interface OpenReviewInput {
  cadreId: string;
  townshipId: string;
  villageId: string;
  committee: Committee;
  position: Position;
  openedOn: string;
}

const OPEN_REVIEW = graphql(`
  mutation OpenQualificationReview($commandId: ID!, $input: OpenQualificationReviewInput!) {
    openQualificationReview(commandId: $commandId, input: $input) { ...CommandPayloadFields }
  }
`);

export async function openQualificationReview(commandId: string, input: OpenReviewInput): Promise<string> {
  const data = await graphqlRequest(OPEN_REVIEW, { commandId, input });
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

const RECORD_VERDICT = graphql(`
  mutation RecordDepartmentVerdict($commandId: ID!, $input: RecordDepartmentVerdictInput!) {
    recordDepartmentVerdict(commandId: $commandId, input: $input) { ...CommandPayloadFields }
  }
`);

export async function recordDepartmentVerdict(commandId: string, input: VerdictInput): Promise<void> {
  await graphqlRequest(RECORD_VERDICT, {
    commandId,
    input: { ...input, note: input.note?.trim() || undefined },
  });
}

export interface ConcludeInput {
  cadreId: string;
  reviewId: string;
  concludedOn: string;
}

const CONCLUDE_REVIEW = graphql(`
  mutation ConcludeQualificationReview($commandId: ID!, $input: ConcludeQualificationReviewInput!) {
    concludeQualificationReview(commandId: $commandId, input: $input) { ...CommandPayloadFields }
  }
`);

export async function concludeQualificationReview(commandId: string, input: ConcludeInput): Promise<void> {
  await graphqlRequest(CONCLUDE_REVIEW, { commandId, input });
}

export interface AppointInput {
  cadreId: string;
  villageId: string;
  committee: Committee;
  position: Position;
  method: AppointmentMethod;
  appointedOn: string;
}

const APPOINT = graphql(`
  mutation AppointCadre($commandId: ID!, $input: AppointCadreInput!) {
    appointCadre(commandId: $commandId, input: $input) {
      commandId
      duplicate
      cadre { id posts { position } }
    }
  }
`);

export async function appointCadre(commandId: string, input: AppointInput): Promise<void> {
  await graphqlRequest(APPOINT, { commandId, input });
}
