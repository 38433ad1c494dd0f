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
import { toConnection } from '../connection.js';
import type { GatewayContext } from '../context.js';
import { type CadreNode, cadreNode } from './cadre-node.js';
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
    cadres: (_: unknown, args: CadresArgs, { system }: GatewayContext) =>
      toConnection(
        listCadres(
          system.readModels,
          {
            ...(args.villageId ? { villageId: args.villageId } : {}),
            ...(args.role ? { role: args.role } : {}),
            ...(args.search ? { search: args.search } : {}),
          },
          { ...pageRequest(args), sort: args.sort ?? 'REGISTERED', descending: args.descending ?? false },
        ),
        cadreNode,
      ),
    cadre: (_: unknown, args: { id: string }, { system }: GatewayContext) => {
      const summary = findCadre(system.readModels, args.id);
      return summary ? cadreNode(summary) : null;
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
    benefits: dossierField('benefits'),
    openWarnings: dossierField('openWarnings'),
  },
};
