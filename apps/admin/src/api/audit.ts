import type { EventLogQuery, PersonalDataReadsQuery } from '../generated/gql/graphql.js';
import { graphql } from '../generated/gql/index.js';
import { type Page, toPage } from './connection.js';
import { graphqlRequest } from './graphql-client.js';

const EVENT_LOG = graphql(`
  query EventLog($first: Int, $after: String, $filter: EventLogFilter) {
    eventLog(first: $first, after: $after, filter: $filter) {
      totalCount
      edges { node { position streamId revision type actor actorName subjectName occurredAt recordedAt reason } }
      pageInfo { ...PageInfoFields }
    }
  }
`);

/** One event of the ledger as the auditors' log lists it, newest first. */
export type LoggedEvent = EventLogQuery['eventLog']['edges'][number]['node'];

export interface EventLogFilter {
  type: string;
  actor: string;
  streamId: string;
}

export async function fetchEventLog(
  first: number,
  after: string | null,
  filter: EventLogFilter,
): Promise<Page<LoggedEvent>> {
  const given = Object.fromEntries(Object.entries(filter).filter(([, value]) => value.trim() !== ''));
  const data = await graphqlRequest(EVENT_LOG, { first, after, filter: given });
  return toPage(data.eventLog);
}

const EVENT_LOG_ACTORS = graphql(`
  query EventLogActors {
    eventLogActors { actor actorName }
  }
`);

/** Everyone who has caused an event, with their name: what the log's actor filter offers. */
export async function fetchEventLogActors() {
  return (await graphqlRequest(EVENT_LOG_ACTORS)).eventLogActors;
}

const INTEGRITY_CHECK = graphql(`
  query IntegrityCheck {
    integrityCheck {
      ok streams events checkedAt
      firstBroken { fault streamId revision position eventId }
      ruleViolations { rule streamId position message }
    }
  }
`);

export async function runIntegrityCheck() {
  return (await graphqlRequest(INTEGRITY_CHECK)).integrityCheck;
}

export type IntegrityReport = Awaited<ReturnType<typeof runIntegrityCheck>>;

const PERSONAL_DATA_READS = graphql(`
  query PersonalDataReads($cadreId: ID, $actor: String, $limit: Int, $readFrom: String, $readTo: String) {
    personalDataReads(cadreId: $cadreId, actor: $actor, limit: $limit, readFrom: $readFrom, readTo: $readTo) {
      actor actorName role cadreId cadreName fields operation readAt
    }
  }
`);

/** One read of unmasked personal data (PIPL Art. 51): auditors only. */
export type PersonalDataRead = PersonalDataReadsQuery['personalDataReads'][number];

/** The latest reads the log keeps answering at once (the gateway's most). */
export const READ_LOG_WINDOW = 1000;

/** The latest reads, of the China days from…to when given (the gateway filters: any period is reachable). */
export async function fetchPersonalDataReads(days?: [string, string] | null): Promise<PersonalDataRead[]> {
  const variables = { limit: READ_LOG_WINDOW, readFrom: days?.[0] ?? null, readTo: days?.[1] ?? null };
  return (await graphqlRequest(PERSONAL_DATA_READS, variables)).personalDataReads;
}
