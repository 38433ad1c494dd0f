import { chinaDate } from '@cadre/domain';
import {
  type CadreRole,
  type CadreSort,
  type DossierRecords,
  dossierRecords,
  findCadre,
  findVillage,
  listCadres,
  postHistory,
} from '@cadre/projections';
import type { GraphQLResolveInfo } from 'graphql';
import { authorize } from '../../access/policy.js';
import { toConnection } from '../connection.js';
import type { GatewayContext } from '../context.js';
import { type DisclosedCadre as CadreNode, cadreNode } from './cadre-node.js';
import { disclose, maySeeSensitive, scopedVillage } from './disclosure.js';
import { type PageArgs, pageRequest } from './page-args.js';
import { villageNode } from './town-queries.js';

function villageOf(db: Parameters<typeof findVillage>[0], villageId: string) {
  const record = findVillage(db, villageId);
  return record ? villageNode(record) : null;
}

export interface CadresArgs extends PageArgs {
  villageId?: string | null;
  role?: CadreRole | null;
  search?: string | null;
  sort?: CadreSort | null;
  descending?: boolean | null;
}

/** One dossier read per cadre and request, however many of its list fields the query asks for. */
const dossiers = new WeakMap<CadreNode, DossierRecords>();
function dossierOf(cadre: CadreNode, { system }: GatewayContext): DossierRecords {
  let records = dossiers.get(cadre);
  if (!records) {
    records = dossierRecords(system.readModels, cadre.id);
    dossiers.set(cadre, records);
  }
  return records;
}

const dossierField =
  <K extends keyof DossierRecords>(key: K) =>
  (cadre: CadreNode, _: unknown, context: GatewayContext) =>
    dossierOf(cadre, context)[key];

export const cadreQueries = {
  Query: {
    cadres: async (_: unknown, args: CadresArgs, context: GatewayContext, info: GraphQLResolveInfo) => {
      const villageId = scopedVillage('cadres', args.villageId, context);
      const page = listCadres(
        context.system.readModels,
        {
          ...(villageId ? { villageId } : {}),
          ...(args.role ? { role: args.role } : {}),
          ...(args.search ? { search: args.search } : {}),
        },
        { ...pageRequest(args), sort: args.sort ?? 'REGISTERED', descending: args.descending ?? false },
      );
      const today = chinaDate(new Date());
      const nodes = await disclose(
        page.nodes.map((summary) => cadreNode(summary, today)),
        context,
        info,
      );
      return toConnection({ ...page, nodes }, (node) => node);
    },
    cadre: async (_: unknown, args: { id: string }, context: GatewayContext, info: GraphQLResolveInfo) => {
      const summary = findCadre(context.system.readModels, args.id);
      if (!summary) return null;
      authorize(context.principal, 'cadre', summary.villageId, context.locale);
      return (await disclose([cadreNode(summary)], context, info))[0]!;
    },
  },
  Cadre: {
    village: (cadre: CadreNode, _: unknown, { system }: GatewayContext) =>
      cadre.villageId ? villageOf(system.readModels, cadre.villageId) : null,
    postHistory: (cadre: CadreNode, _: unknown, { system }: GatewayContext) =>
      postHistory(system.readModels, cadre.id),
    qualificationReviews: dossierField('qualificationReviews'),
    trainings: dossierField('trainings'),
    interviews: dossierField('interviews'),
    education: dossierField('education'),
    pledges: dossierField('pledges'),
    honors: dossierField('honors'),
    assessments: dossierField('assessments'),
    benefits: (cadre: CadreNode, _: unknown, context: GatewayContext) =>
      maySeeSensitive(cadre, context) ? dossierOf(cadre, context).benefits : null,
    openWarnings: dossierField('openWarnings'),
  },
};
