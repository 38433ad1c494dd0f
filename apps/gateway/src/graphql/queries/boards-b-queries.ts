import { DomainError, isRealDate } from '@cadre/domain';
import {
  type BoardPageRequest,
  listAnnualAssessments,
  listBenefitGrants,
  listCommitteeReviews,
  listHonorRecords,
  listServiceRequestCards,
  listTalkRecords,
  listWarningRecords,
  type Page,
  pastDay,
  type ReadModelDatabase,
} from '@cadre/projections';
import { toConnection } from '../connection.js';
import { type GatewayContext, inLocale } from '../context.js';
import { withoutNulls } from '../without-nulls.js';
import { type AsOfArgs, fromReadModelsAsOf, todayOf } from './as-of-read-models.js';
import { loggedAsBenefitReads } from './boards-b-benefit-reads.js';
import { scopedVillage } from './disclosure.js';
import { type PageArgs, pageRequest } from './page-args.js';

type Rec = Record<string, unknown>;

type BoardArgs = PageArgs &
  AsOfArgs & {
    sort?: string | null;
    descending?: boolean | null;
    townshipId?: string | null;
    villageId?: string | null;
    search?: string | null;
  };

type BoardList = (
  db: ReadModelDatabase,
  // biome-ignore lint/suspicious/noExplicitAny: each list declares its own filter shape
  filter: any,
  // biome-ignore lint/suspicious/noExplicitAny: each list has its own orders (GraphQL's enum checked them)
  request: BoardPageRequest<any>,
  bound: Record<string, unknown>,
) => Page<Rec>;

/** A date filter (yyyy-mm-dd), refused with INVALID_DATE rather than compared as text. */
function dateFilter(value: string | null | undefined, field: string): string | undefined {
  if (value == null) return undefined;
  if (!isRealDate(value))
    throw new DomainError(
      'BAD_USER_INPUT',
      'INVALID_DATE',
      { zh: `${field} 应为日期（yyyy-mm-dd）`, en: `${field} must be a date (yyyy-mm-dd)` },
      field,
    );
  return value;
}

const searchText = (search: string | null | undefined) => search?.trim() || undefined;
const yearText = (year: number | null | undefined) => (year == null ? undefined : String(year));

/**
 * A board's list, live or as of a past day, limited to a village secretary's own village (another one is
 * refused before anything is read). Counts of days open are taken on the day asked about.
 */
function boardList<Args extends BoardArgs>(
  field: string,
  list: BoardList,
  node: (record: Rec) => unknown,
  filtersOf: (args: Args) => Record<string, unknown>,
) {
  return (_: unknown, args: Args, context: GatewayContext) =>
    inLocale(context, () => {
      const villageId = scopedVillage(field, args.villageId, context);
      const filter = withoutNulls({
        ...filtersOf(args),
        townshipId: args.townshipId,
        villageId,
        search: searchText(args.search),
      });
      const today = todayOf(context);
      const asOfDay = pastDay(args.asOf, today) ?? today;
      const request = {
        ...pageRequest(args),
        ...(args.sort ? { sort: args.sort } : {}),
        ...(args.descending != null ? { descending: args.descending } : {}),
      };
      return fromReadModelsAsOf(context, args, (db) =>
        toConnection(list(db, filter, request, { asOfDay }), node),
      );
    });
}

const same = (record: Rec) => record;
const withId = (key: string) => (record: Rec) => ({ ...record, id: record[key] });

type Year = { year?: number | null };

export const boardsBQueries = {
  Query: {
    talkRecords: boardList(
      'talkRecords',
      listTalkRecords,
      same,
      (
        args: BoardArgs & Year & { kind?: string | null; heldFrom?: string | null; heldTo?: string | null },
      ) => ({
        kind: args.kind,
        year: yearText(args.year),
        heldFrom: dateFilter(args.heldFrom, 'heldFrom'),
        heldTo: dateFilter(args.heldTo, 'heldTo'),
      }),
    ),
    warningRecords: boardList(
      'warningRecords',
      listWarningRecords,
      same,
      (
        args: BoardArgs & {
          source?: string | null;
          open?: boolean | null;
          raisedFrom?: string | null;
          raisedTo?: string | null;
        },
      ) => ({
        source: args.source,
        open: args.open,
        raisedFrom: dateFilter(args.raisedFrom, 'raisedFrom'),
        raisedTo: dateFilter(args.raisedTo, 'raisedTo'),
      }),
    ),
    committeeReviews: boardList(
      'committeeReviews',
      listCommitteeReviews,
      same,
      (args: BoardArgs & Year & { reviewedFrom?: string | null; reviewedTo?: string | null }) => ({
        year: yearText(args.year),
        reviewedFrom: dateFilter(args.reviewedFrom, 'reviewedFrom'),
        reviewedTo: dateFilter(args.reviewedTo, 'reviewedTo'),
      }),
    ),
    serviceRequestCards: boardList(
      'serviceRequestCards',
      listServiceRequestCards,
      withId('requestId'),
      (
        args: BoardArgs & { status?: string | null; raisedFrom?: string | null; raisedTo?: string | null },
      ) => ({
        status: args.status,
        raisedFrom: dateFilter(args.raisedFrom, 'raisedFrom'),
        raisedTo: dateFilter(args.raisedTo, 'raisedTo'),
      }),
    ),
    honorRecords: boardList(
      'honorRecords',
      listHonorRecords,
      withId('eventId'),
      (args: BoardArgs & Year & { level?: string | null }) => ({
        year: yearText(args.year),
        level: args.level,
      }),
    ),
    assessmentRecords: boardList(
      'assessmentRecords',
      listAnnualAssessments,
      same,
      (args: BoardArgs & Year & { grade?: string | null }) => ({ year: args.year, grade: args.grade }),
    ),
    benefitRecords: loggedAsBenefitReads(
      boardList(
        'benefitRecords',
        listBenefitGrants,
        withId('eventId'),
        (args: BoardArgs & Year & { kind?: string | null }) => ({ year: args.year, kind: args.kind }),
      ),
    ),
  },
};
