import { type CadreState, chinaDate } from '@cadre/domain';
import {
  type AsOf,
  type CadreDossier,
  type CadreRole,
  type CadreSort,
  cadreDossierAsOf,
  findCadre,
  findVillage,
  listCadres,
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

/** What `cadreAsOf` folded: the state of the cadre's stream as of the moment asked. */
export interface FoldedSnapshot {
  folded: { asOf: AsOf; state: CadreState };
}

const todayOf = ({ system }: GatewayContext) => chinaDate(system.now());

/**
 * The dossier a cadre's lists come from: the one the node was built from, or for a roster row the
 * cadre's document, read once per node however many lists the query asks for.
 */
const loaded = new WeakMap<CadreNode, CadreDossier | undefined>();
function dossierOf(cadre: CadreNode, { system }: GatewayContext): CadreDossier | undefined {
  if (cadre.dossier) return cadre.dossier;
  if (!loaded.has(cadre)) loaded.set(cadre, findCadre(system.readModels, cadre.id));
  return loaded.get(cadre);
}

const dossierField =
  <K extends keyof CadreDossier>(key: K, none: CadreDossier[K]) =>
  (cadre: CadreNode, _: unknown, context: GatewayContext) =>
    dossierOf(cadre, context)?.[key] ?? none;

/** A dossier as the caller may see it: the node built from it, masked, its disclosure logged. */
async function answerDossier(dossier: CadreDossier, context: GatewayContext, info: GraphQLResolveInfo) {
  return (await disclose([cadreNode(dossier, todayOf(context))], context, info))[0]!;
}

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
      const today = todayOf(context);
      const nodes = await disclose(
        page.nodes.map((summary) => cadreNode(summary, today)),
        context,
        info,
      );
      return toConnection({ ...page, nodes }, (node) => node);
    },
    cadre: async (_: unknown, args: { id: string }, context: GatewayContext, info: GraphQLResolveInfo) => {
      const dossier = findCadre(context.system.readModels, args.id);
      if (!dossier) return null;
      authorize(context.principal, 'cadre', dossier.villageId, context.locale);
      return answerDossier(dossier, context, info);
    },
  },
  CadreSnapshot: {
    /** The same dossier as `Query.cadre`'s, built from the state folded up to the moment asked. */
    cadre: async (
      snapshot: FoldedSnapshot,
      _: unknown,
      context: GatewayContext,
      info: GraphQLResolveInfo,
    ) => {
      const { state, asOf } = snapshot.folded;
      const dossier = cadreDossierAsOf(context.system.readModels, state, asOf);
      return dossier ? answerDossier(dossier, context, info) : null;
    },
  },
  Cadre: {
    village: (cadre: CadreNode, _: unknown, { system }: GatewayContext) =>
      cadre.villageId ? villageOf(system.readModels, cadre.villageId) : null,
    portrait: dossierField('portrait', null),
    postHistory: dossierField('postHistory', []),
    qualificationReviews: dossierField('qualificationReviews', []),
    trainings: dossierField('trainings', []),
    interviews: dossierField('interviews', []),
    education: dossierField('education', []),
    pledges: dossierField('pledges', []),
    honors: dossierField('honors', []),
    assessments: dossierField('assessments', []),
    benefits: (cadre: CadreNode, _: unknown, context: GatewayContext) =>
      maySeeSensitive(cadre, context) ? (dossierOf(cadre, context)?.benefits ?? []) : null,
    openWarnings: dossierField('openWarnings', []),
  },
};
