import type { BoardSort } from '../components/board/index.js';
import type {
  AssessmentRecordsQuery,
  AssessmentSort,
  BenefitKind,
  BenefitRecordsQuery,
  BenefitSort,
  CommitteeReviewSort,
  CommitteeReviewsQuery,
  EarlyWarningSource,
  EvaluationGrade,
  HonorLevel,
  HonorRecordsQuery,
  HonorSort,
  InterviewKind,
  RequestCardsQuery,
  RequestColumnsQuery,
  ServiceRequestSort,
  ServiceRequestStatus,
  TalkRecordsQuery,
  TalkSort,
  WarningRecordsQuery,
  WarningSort,
} from '../generated/gql/graphql.js';
import { graphql } from '../generated/gql/index.js';
import { type Page, toPage } from './connection.js';
import { graphqlRequest } from './graphql-client.js';

/**
 * The boards of talks and admonishments, committee reviews and early warnings, 三单 requests and
 * recognition: one query per list, filtered by the board's search form and sorted by a column.
 */

/** The filters every board's form has: a village ('' for all), part of a name or text, a past day ('' now). */
export interface PlaceFilters {
  villageId: string;
  search: string;
  asOf: string;
}

/** A form's '' is "no filter" for the gateway. */
const orNull = <T extends string>(value: string) => (value ? (value as T) : null);

const placeVariables = (filters: PlaceFilters) => ({
  villageId: orNull(filters.villageId),
  search: orNull(filters.search.trim()),
  asOf: orNull(filters.asOf),
});

const sortVariables = <Sort extends string>(sort: BoardSort | null) => ({
  sort: (sort?.by ?? null) as Sort | null,
  descending: sort?.descending ?? null,
});

/** A year in a board's form: a number, or '' for every year. */
const yearOrNull = (year: number | '') => (year === '' ? null : year);

type Fetch<T, F> = (
  first: number,
  after: string | null,
  filters: F,
  sort: BoardSort | null,
) => Promise<Page<T>>;

// 谈心谈话与诫勉

const TALK_RECORDS = graphql(`
  query TalkRecords(
    $first: Int, $after: String, $sort: TalkSort, $descending: Boolean, $villageId: ID, $search: String,
    $kind: InterviewKind, $year: Int, $asOf: String
  ) {
    talkRecords(
      first: $first, after: $after, sort: $sort, descending: $descending, villageId: $villageId,
      search: $search, kind: $kind, year: $year, asOf: $asOf
    ) {
      totalCount
      edges { node { id cadreId cadreName villageId villageName kind interviewer heldOn findings } }
      pageInfo { ...PageInfoFields }
    }
  }
`);

export type TalkRecord = TalkRecordsQuery['talkRecords']['edges'][number]['node'];
export type TalkFilters = PlaceFilters & { kind: string; year: number | '' };

export const fetchTalkRecords: Fetch<TalkRecord, TalkFilters> = async (first, after, filters, sort) => {
  const data = await graphqlRequest(TALK_RECORDS, {
    first,
    after,
    ...placeVariables(filters),
    ...sortVariables<TalkSort>(sort),
    kind: orNull<InterviewKind>(filters.kind),
    year: yearOrNull(filters.year),
  });
  return toPage(data.talkRecords);
};

// 预警: a committee review's issues and the admonishments due (the 30% rule)

const WARNING_RECORDS = graphql(`
  query WarningRecords(
    $first: Int, $after: String, $sort: WarningSort, $descending: Boolean, $villageId: ID, $search: String,
    $source: EarlyWarningSource, $open: Boolean, $raisedFrom: String, $raisedTo: String, $asOf: String
  ) {
    warningRecords(
      first: $first, after: $after, sort: $sort, descending: $descending, villageId: $villageId,
      search: $search, source: $source, open: $open, raisedFrom: $raisedFrom, raisedTo: $raisedTo, asOf: $asOf
    ) {
      totalCount
      edges {
        node {
          issueId source villageId villageName cadreId cadreName description raisedOn resolvedOn correctiveAction
          daysOpen
        }
      }
      pageInfo { ...PageInfoFields }
    }
  }
`);

export type WarningRecord = WarningRecordsQuery['warningRecords']['edges'][number]['node'];
/** `state`: 'OPEN', 'CLOSED' (销号) or '' for both. */
export type WarningFilters = PlaceFilters & { source: string; state: string };

export const fetchWarningRecords: Fetch<WarningRecord, WarningFilters> = async (
  first,
  after,
  filters,
  sort,
) => {
  const data = await graphqlRequest(WARNING_RECORDS, {
    first,
    after,
    ...placeVariables(filters),
    ...sortVariables<WarningSort>(sort),
    source: orNull<EarlyWarningSource>(filters.source),
    open: filters.state ? filters.state === 'OPEN' : null,
  });
  return toPage(data.warningRecords);
};

// 班子运行情况分析研判

const COMMITTEE_REVIEWS = graphql(`
  query CommitteeReviews(
    $first: Int, $after: String, $sort: CommitteeReviewSort, $descending: Boolean, $villageId: ID,
    $search: String, $year: Int, $asOf: String
  ) {
    committeeReviews(
      first: $first, after: $after, sort: $sort, descending: $descending, villageId: $villageId,
      search: $search, year: $year, asOf: $asOf
    ) {
      totalCount
      edges { node { id villageId villageName period reviewedOn findings warningCount openWarningCount } }
      pageInfo { ...PageInfoFields }
    }
  }
`);

export type CommitteeReviewRecord = CommitteeReviewsQuery['committeeReviews']['edges'][number]['node'];
export type ReviewFilters = PlaceFilters & { year: number | '' };

export const fetchCommitteeReviews: Fetch<CommitteeReviewRecord, ReviewFilters> = async (
  first,
  after,
  filters,
  sort,
) => {
  const data = await graphqlRequest(COMMITTEE_REVIEWS, {
    first,
    after,
    ...placeVariables(filters),
    ...sortVariables<CommitteeReviewSort>(sort),
    year: yearOrNull(filters.year),
  });
  return toPage(data.committeeReviews);
};

// 三单

export const REQUEST_CARD_FIELDS = graphql(`
  fragment RequestCardFields on ServiceRequestCard {
    id villageId villageName description raisedOn status cadreId cadreName dispatchedOn acceptedOn resolution
    resolvedOn rating daysOpen
  }
`);

const REQUEST_CARDS = graphql(`
  query RequestCards(
    $first: Int, $after: String, $sort: ServiceRequestSort, $descending: Boolean, $villageId: ID,
    $search: String, $status: ServiceRequestStatus, $raisedFrom: String, $raisedTo: String, $asOf: String
  ) {
    serviceRequestCards(
      first: $first, after: $after, sort: $sort, descending: $descending, villageId: $villageId,
      search: $search, status: $status, raisedFrom: $raisedFrom, raisedTo: $raisedTo, asOf: $asOf
    ) {
      totalCount
      edges { node { ...RequestCardFields } }
      pageInfo { ...PageInfoFields }
    }
  }
`);

/**
 * The board's columns: each status with its count and the 6 cards open longest (a literal `first`: the
 * gateway's cost rule counts a page by the rows it may hold).
 */
const REQUEST_COLUMNS = graphql(`
  query RequestColumns($villageId: ID, $search: String, $raisedFrom: String, $raisedTo: String, $asOf: String) {
    raised: serviceRequestCards(first: 6, status: RAISED, sort: DAYS_OPEN, descending: true, villageId: $villageId, search: $search, raisedFrom: $raisedFrom, raisedTo: $raisedTo, asOf: $asOf) {
      totalCount edges { node { ...RequestCardFields } }
    }
    dispatched: serviceRequestCards(first: 6, status: DISPATCHED, sort: DAYS_OPEN, descending: true, villageId: $villageId, search: $search, raisedFrom: $raisedFrom, raisedTo: $raisedTo, asOf: $asOf) {
      totalCount edges { node { ...RequestCardFields } }
    }
    accepted: serviceRequestCards(first: 6, status: ACCEPTED, sort: DAYS_OPEN, descending: true, villageId: $villageId, search: $search, raisedFrom: $raisedFrom, raisedTo: $raisedTo, asOf: $asOf) {
      totalCount edges { node { ...RequestCardFields } }
    }
    resolved: serviceRequestCards(first: 6, status: RESOLVED, sort: DAYS_OPEN, descending: true, villageId: $villageId, search: $search, raisedFrom: $raisedFrom, raisedTo: $raisedTo, asOf: $asOf) {
      totalCount edges { node { ...RequestCardFields } }
    }
    rated: serviceRequestCards(first: 6, status: RATED, sort: DAYS_OPEN, descending: true, villageId: $villageId, search: $search, raisedFrom: $raisedFrom, raisedTo: $raisedTo, asOf: $asOf) {
      totalCount edges { node { ...RequestCardFields } }
    }
  }
`);

export type RequestCard = RequestCardsQuery['serviceRequestCards']['edges'][number]['node'];
export type RequestFilters = PlaceFilters & { status: string; raisedFrom: string; raisedTo: string };

const requestVariables = (filters: RequestFilters) => ({
  ...placeVariables(filters),
  raisedFrom: orNull(filters.raisedFrom),
  raisedTo: orNull(filters.raisedTo),
});

export const fetchRequestCards: Fetch<RequestCard, RequestFilters> = async (first, after, filters, sort) => {
  const data = await graphqlRequest(REQUEST_CARDS, {
    first,
    after,
    ...requestVariables(filters),
    ...sortVariables<ServiceRequestSort>(sort),
    status: orNull<ServiceRequestStatus>(filters.status),
  });
  return toPage(data.serviceRequestCards);
};

export const REQUEST_STATUSES = ['raised', 'dispatched', 'accepted', 'resolved', 'rated'] as const;
export type RequestColumns = Omit<RequestColumnsQuery, '__typename'>;

/** Each column's count and the cards open longest (the status filter is the columns themselves). */
export async function fetchRequestColumns(filters: RequestFilters): Promise<RequestColumns> {
  return graphqlRequest(REQUEST_COLUMNS, requestVariables(filters));
}

// 荣誉·考核·待遇

const HONOR_RECORDS = graphql(`
  query HonorRecords(
    $first: Int, $after: String, $sort: HonorSort, $descending: Boolean, $villageId: ID, $search: String,
    $year: Int, $level: HonorLevel, $asOf: String
  ) {
    honorRecords(
      first: $first, after: $after, sort: $sort, descending: $descending, villageId: $villageId,
      search: $search, year: $year, level: $level, asOf: $asOf
    ) {
      totalCount
      edges { node { id cadreId cadreName villageId villageName title level awardingBody awardedOn } }
      pageInfo { ...PageInfoFields }
    }
  }
`);

const ASSESSMENT_RECORDS = graphql(`
  query AssessmentRecords(
    $first: Int, $after: String, $sort: AssessmentSort, $descending: Boolean, $villageId: ID, $search: String,
    $year: Int, $grade: EvaluationGrade, $asOf: String
  ) {
    assessmentRecords(
      first: $first, after: $after, sort: $sort, descending: $descending, villageId: $villageId,
      search: $search, year: $year, grade: $grade, asOf: $asOf
    ) {
      totalCount
      edges { node { cadreId cadreName villageId villageName year score grade bonus assessedOn } }
      pageInfo { ...PageInfoFields }
    }
  }
`);

const BENEFIT_RECORDS = graphql(`
  query BenefitRecords(
    $first: Int, $after: String, $sort: BenefitSort, $descending: Boolean, $villageId: ID, $search: String,
    $year: Int, $kind: BenefitKind, $asOf: String
  ) {
    benefitRecords(
      first: $first, after: $after, sort: $sort, descending: $descending, villageId: $villageId,
      search: $search, year: $year, kind: $kind, asOf: $asOf
    ) {
      totalCount
      edges { node { id cadreId cadreName villageId villageName kind year amount } }
      pageInfo { ...PageInfoFields }
    }
  }
`);

export type HonorRecord = HonorRecordsQuery['honorRecords']['edges'][number]['node'];
export type AssessmentRecord = AssessmentRecordsQuery['assessmentRecords']['edges'][number]['node'];
export type BenefitRecord = BenefitRecordsQuery['benefitRecords']['edges'][number]['node'];
/** `year` is the board's own selector; `level` an honor's level, an assessment's grade or a benefit's kind. */
export type RecognitionFilters = PlaceFilters & { year: number; level: string };

export const fetchHonorRecords: Fetch<HonorRecord, RecognitionFilters> = async (
  first,
  after,
  filters,
  sort,
) => {
  const data = await graphqlRequest(HONOR_RECORDS, {
    first,
    after,
    year: filters.year,
    ...placeVariables(filters),
    ...sortVariables<HonorSort>(sort),
    level: orNull<HonorLevel>(filters.level),
  });
  return toPage(data.honorRecords);
};

export const fetchAssessmentRecords: Fetch<AssessmentRecord, RecognitionFilters> = async (
  first,
  after,
  filters,
  sort,
) => {
  const data = await graphqlRequest(ASSESSMENT_RECORDS, {
    first,
    after,
    year: filters.year,
    ...placeVariables(filters),
    ...sortVariables<AssessmentSort>(sort),
    grade: orNull<EvaluationGrade>(filters.level),
  });
  return toPage(data.assessmentRecords);
};

export const fetchBenefitRecords: Fetch<BenefitRecord, RecognitionFilters> = async (
  first,
  after,
  filters,
  sort,
) => {
  const data = await graphqlRequest(BENEFIT_RECORDS, {
    first,
    after,
    year: filters.year,
    ...placeVariables(filters),
    ...sortVariables<BenefitSort>(sort),
    kind: orNull<BenefitKind>(filters.level),
  });
  return toPage(data.benefitRecords);
};
