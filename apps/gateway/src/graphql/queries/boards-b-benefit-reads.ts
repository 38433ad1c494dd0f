import type { GraphQLResolveInfo } from 'graphql';
import { operationOf } from '../../access/personal-data-operation.js';
import { actorOf } from '../../access/roles.js';
import type { GatewayContext } from '../context.js';

type Resolver<Args> = (
  parent: unknown,
  args: Args,
  context: GatewayContext,
  info: GraphQLResolveInfo,
) => Promise<{ edges: Array<{ node: unknown }> }>;

/**
 * Benefits are sensitive (PIPL Art. 28): a list of them is logged as a read of each cadre's `benefits`,
 * as a dossier showing them is, and answers only once the log is on disk.
 */
export function loggedAsBenefitReads<Args>(resolve: Resolver<Args>): Resolver<Args> {
  return async (parent, args, context, info) => {
    const connection = await resolve(parent, args, context, info);
    const { principal, system, answer } = context;
    const cadreIds = new Set(connection.edges.map((edge) => (edge.node as { cadreId: string }).cadreId));
    if (!principal || cadreIds.size === 0) return connection;
    const operation = operationOf(info);
    const ids = await system.personalDataLog.record(
      [...cadreIds].map((cadreId) => ({
        actor: actorOf(principal),
        role: principal.role,
        cadreId,
        fields: ['benefits'],
        operation,
      })),
    );
    answer?.disclosureIds.push(...ids);
    return connection;
  };
}
