import {
  findVillage,
  listCadres,
  listEarlyWarnings,
  listHonors,
  listPledges,
  listServiceRequests,
  listTownships,
  listTrainings,
  listVillages,
  type Page,
  type ReadModelDatabase,
} from '@cadre/projections';
import type { GraphQLResolveInfo } from 'graphql';
import { maySeeVillageDetail } from '../../access/village-details.js';
import { toConnection } from '../connection.js';
import { type GatewayContext, inLocale } from '../context.js';
import { withoutNulls } from '../without-nulls.js';
import { type AsOfArgs, fromReadModelsAsOf } from './as-of-read-models.js';
import { cadreNode } from './cadre-node.js';
import { disclose, scopedVillage } from './disclosure.js';
import { type PageArgs, pageRequest } from './page-args.js';

type Rec = Record<string, unknown>;
const same = (record: Rec) => record;

export const villageNode = (record: Rec) => ({ ...record, id: record.villageId });
const trainingNode = (record: Rec) => ({
  ...record,
  id: record.trainingId,
  attendeeIds: record.attendees,
  attendeeCount: (record.attendees as unknown[]).length,
});
const requestNode = (record: Rec) => ({ ...record, id: record.requestId });
const townshipNode = (record: Rec) => {
  const settings = record.settings as { reviewingDepartments: unknown[]; admonishmentThreshold: number };
  return { ...record, id: record.townshipId, ...settings };
};

interface VillageSeatRow {
  committee: string;
  position: string;
  cadre_id: string;
  name: string;
  appointed_on: string;
}

function seatsOf(db: ReadModelDatabase, villageId: string) {
  const rows = db
    .prepare(
      `SELECT p.committee, p.position, p.cadre_id, c.name, p.appointed_on FROM posts p JOIN cadres c USING (cadre_id)
       WHERE p.village_id = ? AND p.left_on IS NULL ORDER BY p.committee, p.id`,
    )
    .all(villageId) as VillageSeatRow[];
  return rows.map((r) => ({
    committee: r.committee,
    position: r.position,
    cadreId: r.cadre_id,
    cadreName: r.name,
    appointedOn: r.appointed_on,
  }));
}

type ListFunction = (
  db: ReadModelDatabase,
  // biome-ignore lint/suspicious/noExplicitAny: each list declares its own filter shape
  filter: any,
  request: ReturnType<typeof pageRequest>,
) => Page<Rec>;

type ListArgs = PageArgs & AsOfArgs & { townshipId?: string | null; villageId?: string | null };

/**
 * A list with a township and village filter, live or as of a past day. A village-scoped list is one a
 * village secretary sees for their own village only (`scopedVillage` refuses another one before
 * anything is read); a shared one lets every role filter by any village.
 */
function townList<Args extends ListArgs>(
  field: string,
  reach: 'village-scoped' | 'shared',
  list: ListFunction,
  node: (record: Rec) => unknown,
  filtersOf: (args: Args) => Record<string, unknown>,
) {
  return (_: unknown, args: Args, context: GatewayContext) =>
    inLocale(context, () => {
      const villageId =
        reach === 'village-scoped' ? scopedVillage(field, args.villageId, context) : args.villageId;
      const filter = withoutNulls({ ...filtersOf(args), townshipId: args.townshipId, villageId });
      return fromReadModelsAsOf(context, args, (db) =>
        toConnection(list(db, filter, pageRequest(args)), node),
      );
    });
}

const yearText = (year: number | null | undefined) => (year == null ? undefined : String(year));

export const townQueries = {
  Query: {
    townships: (_: unknown, __: unknown, { system }: GatewayContext) =>
      listTownships(system.readModels).map(townshipNode),
    villages: (
      _: unknown,
      args: PageArgs & { townshipId?: string | null; kind?: string | null },
      { system }: GatewayContext,
    ) =>
      toConnection(
        listVillages(
          system.readModels,
          withoutNulls({ townshipId: args.townshipId, kind: args.kind }),
          pageRequest(args),
        ),
        villageNode,
      ),
    village: (_: unknown, args: { id: string }, { system }: GatewayContext) => {
      const record = findVillage(system.readModels, args.id);
      return record ? villageNode(record) : null;
    },
    trainings: townList(
      'trainings',
      'shared',
      listTrainings,
      trainingNode,
      (args: ListArgs & { year?: number | null; kind?: string | null; held?: boolean | null }) => ({
        year: yearText(args.year),
        kind: args.kind,
        held: args.held,
      }),
    ),
    pledges: townList(
      'pledges',
      'village-scoped',
      listPledges,
      same,
      (args: ListArgs & { year?: number | null; status?: string | null }) => ({
        year: args.year,
        status: args.status,
      }),
    ),
    honors: townList(
      'honors',
      'shared',
      listHonors,
      same,
      (args: ListArgs & { year?: number | null; level?: string | null }) => ({
        year: yearText(args.year),
        level: args.level,
      }),
    ),
    serviceRequests: townList(
      'serviceRequests',
      'village-scoped',
      listServiceRequests,
      requestNode,
      (args: ListArgs & { status?: string | null }) => ({ status: args.status }),
    ),
    earlyWarnings: townList(
      'earlyWarnings',
      'village-scoped',
      listEarlyWarnings,
      same,
      (args: ListArgs & { open?: boolean | null }) => ({
        open: args.open,
      }),
    ),
  },
  // null where the caller may not see a village's details (无权查看): another village's, for a secretary
  Village: {
    seats: (village: Rec, _: unknown, { system, principal }: GatewayContext) =>
      maySeeVillageDetail(principal, village.id as string, 'seats')
        ? seatsOf(system.readModels, village.id as string)
        : null,
    reserveCadres: (village: Rec, _: unknown, context: GatewayContext, info: GraphQLResolveInfo) =>
      maySeeVillageDetail(context.principal, village.id as string, 'reserveCadres')
        ? disclose(
            listCadres(
              context.system.readModels,
              { villageId: village.id as string, role: 'RESERVE' },
              { first: 200 },
            ).nodes.map((summary) => cadreNode(summary)),
            context,
            info,
          )
        : null,
    openWarnings: (village: Rec, _: unknown, { system, principal }: GatewayContext) =>
      maySeeVillageDetail(principal, village.id as string, 'openWarnings')
        ? listEarlyWarnings(
            system.readModels,
            { villageId: village.id as string, open: true },
            { first: 200 },
          ).nodes
        : null,
  },
};
