import type { BoardSort } from '../components/board/index.js';
import type {
  AdmonishmentsDueQuery,
  PledgeBoardQuery,
  PledgeBoardSort,
  PledgeStageCountsQuery,
  PledgeStatus,
  ReservePoolQuery,
  ReservePoolSort,
  ReserveSource,
  TrainingCoverageQuery,
  TrainingKind,
  TrainingSessionBoardQuery,
  UntrainedCadreSort,
  UntrainedCadresQuery,
} from '../generated/gql/graphql.js';
import { graphql } from '../generated/gql/index.js';
import { commandSender } from './command-sender.js';
import { type Page, toPage } from './connection.js';
import { graphqlRequest } from './graphql-client.js';

/**
 * The boards of the reserve pool (后备干部), trainings (安排、出勤、覆盖) and 一诺双评 pledges: one query per
 * list, filtered by the board's search form and sorted by a column.
 */

/** A form's '' is "no filter" for the gateway. */
const orNull = <T extends string>(value: string) => (value ? (value as T) : null);
const sortVariables = <Sort extends string>(sort: BoardSort | null) => ({
  sort: (sort?.by ?? null) as Sort | null,
  descending: sort?.descending ?? null,
});

// 后备干部

const RESERVE_POOL = graphql(`
  query ReservePool(
    $first: Int, $after: String, $villageId: ID, $tier: Int, $source: ReserveSource, $mentored: Boolean,
    $search: String, $sort: ReservePoolSort, $descending: Boolean
  ) {
    reservePool(
      first: $first, after: $after, villageId: $villageId, tier: $tier, source: $source, mentored: $mentored,
      search: $search, sort: $sort, descending: $descending
    ) {
      totalCount
      edges {
        node {
          cadreId cadreName gender educationLevel villageId villageName source tier enlistedOn
          mentors { townshipLeader secretaryName memberNames assignedOn }
        }
      }
      pageInfo { ...PageInfoFields }
    }
  }
`);

export type ReserveEntry = ReservePoolQuery['reservePool']['edges'][number]['node'];

export interface ReserveFilters {
  villageId: string;
  tier: number | '';
  source: ReserveSource | '';
  /** 'yes' with mentors, 'no' still without, '' all. */
  mentored: 'yes' | 'no' | '';
  search: string;
}

export async function fetchReservePool(
  first: number,
  after: string | null,
  filters: ReserveFilters,
  sort: BoardSort | null,
): Promise<Page<ReserveEntry>> {
  const data = await graphqlRequest(RESERVE_POOL, {
    first,
    after,
    villageId: orNull(filters.villageId),
    tier: filters.tier === '' ? null : filters.tier,
    source: orNull<ReserveSource>(filters.source),
    mentored: filters.mentored === '' ? null : filters.mentored === 'yes',
    search: orNull(filters.search.trim()),
    ...sortVariables<ReservePoolSort>(sort),
  });
  return toPage(data.reservePool);
}

// 培训: sessions, coverage, untrained cadres

const SESSION_BOARD = graphql(`
  query TrainingSessionBoard($first: Int, $after: String, $year: Int, $kind: TrainingKind, $held: Boolean, $villageId: ID) {
    trainings(first: $first, after: $after, reverse: true, year: $year, kind: $kind, held: $held, villageId: $villageId) {
      totalCount
      edges { node { id townshipId topic kind date place heldOn attendeeIds attendeeCount } }
      pageInfo { ...PageInfoFields }
    }
  }
`);

export type SessionRow = TrainingSessionBoardQuery['trainings']['edges'][number]['node'];

export interface SessionFilters {
  year: number | '';
  kind: TrainingKind | '';
  /** 'held', 'planned' or '' for both. */
  held: 'held' | 'planned' | '';
}

/** The sessions, the latest planned first (the list's own order; it has no other). */
export async function fetchSessionBoard(
  first: number,
  after: string | null,
  filters: SessionFilters,
): Promise<Page<SessionRow>> {
  const data = await graphqlRequest(SESSION_BOARD, {
    first,
    after,
    year: filters.year === '' ? null : filters.year,
    kind: orNull<TrainingKind>(filters.kind),
    held: filters.held === '' ? null : filters.held === 'held',
  });
  return toPage(data.trainings);
}

const COVERAGE = graphql(`
  query TrainingCoverage($year: Int!) {
    trainingCoverage(year: $year) { villageId villageName cadreCount trainedCount untrainedCount share }
  }
`);

export type VillageCoverage = TrainingCoverageQuery['trainingCoverage'][number];

/** 培训覆盖 of every village the caller may see (a village secretary: their own). */
export async function fetchTrainingCoverage(year: number): Promise<VillageCoverage[]> {
  return (await graphqlRequest(COVERAGE, { year })).trainingCoverage;
}

const UNTRAINED = graphql(`
  query UntrainedCadres(
    $year: Int!, $first: Int, $after: String, $villageId: ID, $search: String, $sort: UntrainedCadreSort,
    $descending: Boolean
  ) {
    untrainedCadres(
      year: $year, first: $first, after: $after, villageId: $villageId, search: $search, sort: $sort,
      descending: $descending
    ) {
      totalCount
      edges { node { cadreId cadreName villageId villageName lastTrainedOn } }
      pageInfo { ...PageInfoFields }
    }
  }
`);

export type UntrainedRow = UntrainedCadresQuery['untrainedCadres']['edges'][number]['node'];

export interface UntrainedFilters {
  villageId: string;
  search: string;
}

export async function fetchUntrainedCadres(
  year: number,
  first: number,
  after: string | null,
  filters: UntrainedFilters,
  sort: BoardSort | null,
): Promise<Page<UntrainedRow>> {
  const data = await graphqlRequest(UNTRAINED, {
    year,
    first,
    after,
    villageId: orNull(filters.villageId),
    search: orNull(filters.search.trim()),
    ...sortVariables<UntrainedCadreSort>(sort),
  });
  return toPage(data.untrainedCadres);
}

// 一诺双评

const PLEDGE_BOARD = graphql(`
  query PledgeBoard(
    $year: Int!, $first: Int, $after: String, $status: PledgeStatus, $villageId: ID, $search: String,
    $sort: PledgeBoardSort, $descending: Boolean
  ) {
    pledgeBoard(
      year: $year, first: $first, after: $after, status: $status, villageId: $villageId, search: $search,
      sort: $sort, descending: $descending
    ) {
      totalCount
      edges {
        node {
          cadreId cadreName villageId villageName year items itemCount madeOn progress progressOn
          residentsRating organizationRating evaluatedOn status
        }
      }
      pageInfo { ...PageInfoFields }
    }
  }
`);

export type PledgeRow = PledgeBoardQuery['pledgeBoard']['edges'][number]['node'];

export interface PledgeFilters {
  year: number;
  status: PledgeStatus | '';
  villageId: string;
  search: string;
}

export async function fetchPledgeBoard(
  first: number,
  after: string | null,
  filters: PledgeFilters,
  sort: BoardSort | null,
): Promise<Page<PledgeRow>> {
  const data = await graphqlRequest(PLEDGE_BOARD, {
    year: filters.year,
    first,
    after,
    status: orNull<PledgeStatus>(filters.status),
    villageId: orNull(filters.villageId),
    search: orNull(filters.search.trim()),
    ...sortVariables<PledgeBoardSort>(sort),
  });
  return toPage(data.pledgeBoard);
}

const STAGE_COUNTS = graphql(`
  query PledgeStageCounts($year: Int!, $villageId: ID) {
    pledgeStageCounts(year: $year, villageId: $villageId) { made progressReported evaluated total }
  }
`);

export type StageCounts = PledgeStageCountsQuery['pledgeStageCounts'];

export async function fetchPledgeStageCounts(year: number, villageId: string): Promise<StageCounts> {
  return (await graphqlRequest(STAGE_COUNTS, { year, villageId: orNull(villageId) })).pledgeStageCounts;
}

const ADMONISHMENTS_DUE = graphql(`
  query AdmonishmentsDue($villageId: ID) {
    admonishmentsDue(villageId: $villageId) { issueId cadreId cadreName villageId villageName description raisedOn }
  }
`);

export type AdmonishmentDue = AdmonishmentsDueQuery['admonishmentsDue'][number];

/** 应约谈: the admonishment talks the 30% rule calls for and not yet held. */
export async function fetchAdmonishmentsDue(villageId: string): Promise<AdmonishmentDue[]> {
  return (await graphqlRequest(ADMONISHMENTS_DUE, { villageId: orNull(villageId) })).admonishmentsDue;
}

/** 退出后备干部库 */
export const leaveReservePool = commandSender(
  graphql(`
    mutation LeaveReservePool($commandId: ID!, $reason: String, $input: LeaveReservePoolInput!) {
      leaveReservePool(commandId: $commandId, reason: $reason, input: $input) { ...CommandPayloadFields }
    }
  `),
);
