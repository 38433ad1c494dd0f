import {
  admonishmentsDue,
  type BoardPageRequest,
  cadreNames,
  listPledgeBoard,
  listReservePool,
  listUntrainedCadres,
  type Page,
  pledgeStageCounts,
  type ReadModelDatabase,
  trainingCoverage,
} from '@cadre/projections';
import { toConnection } from '../connection.js';
import { type GatewayContext, inLocale } from '../context.js';
import { withoutNulls } from '../without-nulls.js';
import { type AsOfArgs, fromReadModelsAsOf } from './as-of-read-models.js';
import { scopedVillage } from './disclosure.js';
import { type PageArgs, pageRequest } from './page-args.js';

type Rec = Record<string, unknown>;

type PlaceArgs = AsOfArgs & { villageId?: string | null; townshipId?: string | null };
type BoardArgs = PageArgs &
  PlaceArgs & { sort?: string | null; descending?: boolean | null; search?: string | null };

/**
 * The place a board answers for, live or as of a past day: a village secretary's own village when they
 * name none, another one refused before anything is read.
 */
function readPlace<T>(
  field: string,
  args: PlaceArgs,
  context: GatewayContext,
  read: (db: ReadModelDatabase, place: { villageId?: string; townshipId?: string }) => T,
) {
  return inLocale(context, () => {
    const villageId = scopedVillage(field, args.villageId, context);
    const place = withoutNulls({ villageId, townshipId: args.townshipId }) as {
      villageId?: string;
      townshipId?: string;
    };
    return fromReadModelsAsOf(context, args, (db) => read(db, place));
  });
}

type BoardListFunction = (
  db: ReadModelDatabase,
  // biome-ignore lint/suspicious/noExplicitAny: each list declares its own filter shape
  filter: any,
  // biome-ignore lint/suspicious/noExplicitAny: each list has its own orders (GraphQL's enum checked them)
  request: BoardPageRequest<any>,
  bound: Record<string, unknown>,
) => Page<Rec>;

/** A board's connection: the place, the list's own filters, part of a name, the order asked for. */
function boardConnection<Args extends BoardArgs>(
  field: string,
  list: BoardListFunction,
  filtersOf: (args: Args) => Record<string, unknown>,
  bound: (args: Args) => Record<string, unknown> = () => ({}),
  node: (db: ReadModelDatabase, record: Rec) => Rec = (_, record) => record,
) {
  return (_: unknown, args: Args, context: GatewayContext) =>
    readPlace(field, args, context, (db, place) => {
      const filter = withoutNulls({ ...filtersOf(args), ...place, search: args.search?.trim() || null });
      const request = {
        ...pageRequest(args),
        ...(args.sort ? { sort: args.sort } : {}),
        ...(args.descending != null ? { descending: args.descending } : {}),
      };
      return toConnection(list(db, filter, request, bound(args)), (record) => node(db, record));
    });
}

type Mentors = {
  townshipLeader: string;
  secretaryCadreId: string;
  memberCadreIds: string[];
  assignedOn: string;
};
type YearArgs = { year: number };

/** A reserve cadre's mentors with the names of the cadres among them, from the same read models. */
function withMentorNames(db: ReadModelDatabase, entry: Rec): Rec {
  const mentors = entry.mentors as Mentors | null;
  if (!mentors) return entry;
  const names = cadreNames(db, [mentors.secretaryCadreId, ...mentors.memberCadreIds]);
  return {
    ...entry,
    mentors: {
      ...mentors,
      secretaryName: names.get(mentors.secretaryCadreId) ?? null,
      memberNames: mentors.memberCadreIds.flatMap((id) => names.get(id) ?? []),
    },
  };
}

export const boardsAQueries = {
  Query: {
    reservePool: boardConnection(
      'reservePool',
      listReservePool,
      (args: BoardArgs & { tier?: number | null; source?: string | null; mentored?: boolean | null }) => ({
        tier: args.tier,
        source: args.source,
        mentored: args.mentored,
      }),
      () => ({}),
      withMentorNames,
    ),
    untrainedCadres: boardConnection(
      'untrainedCadres',
      listUntrainedCadres,
      () => ({}),
      (args: BoardArgs & YearArgs) => ({ year: String(args.year) }),
    ),
    pledgeBoard: boardConnection(
      'pledgeBoard',
      listPledgeBoard,
      (args: BoardArgs & YearArgs & { status?: string | null }) => ({ year: args.year, status: args.status }),
    ),
    trainingCoverage: (_: unknown, args: PlaceArgs & YearArgs, context: GatewayContext) =>
      readPlace('trainingCoverage', args, context, (db, place) =>
        trainingCoverage(db, args.year, place).map((village) => ({
          ...village,
          untrainedCount: village.cadreCount - village.trainedCount,
          share: village.cadreCount === 0 ? 1 : village.trainedCount / village.cadreCount,
        })),
      ),
    admonishmentsDue: (_: unknown, args: PlaceArgs, context: GatewayContext) =>
      readPlace('admonishmentsDue', args, context, admonishmentsDue),
    pledgeStageCounts: (_: unknown, args: PlaceArgs & YearArgs, context: GatewayContext) =>
      readPlace('pledgeStageCounts', args, context, (db, place) => {
        const counts = pledgeStageCounts(db, args.year, place);
        return { ...counts, total: counts.made + counts.progressReported + counts.evaluated };
      }),
  },
};
