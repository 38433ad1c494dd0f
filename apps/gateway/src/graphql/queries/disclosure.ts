import type { GraphQLResolveInfo } from 'graphql';
import { discloseCadres } from '../../access/disclose-cadres.js';
import { clearanceFor } from '../../access/masking.js';
import { authorize, villageFilterFor } from '../../access/policy.js';
import type { GatewayContext } from '../context.js';
import type { CadreNode } from './cadre-node.js';

/**
 * Cadres as this caller may see them. Every unmasked personal field they asked for is logged (PIPL
 * Art. 51), and the answer waits until the log is on disk.
 */
export async function disclose(
  nodes: CadreNode[],
  { principal, system, answer }: GatewayContext,
  info: GraphQLResolveInfo,
) {
  let logged: Promise<void> = Promise.resolve();
  const views = discloseCadres(nodes, {
    principal,
    info,
    record: (reads) => {
      logged = system.personalDataLog.record(reads).then((ids) => {
        answer?.disclosureIds.push(...ids);
      });
    },
  });
  await logged;
  return views;
}

/** Whether the caller may see the cadre's sensitive details (health, insurance, family). */
export function maySeeSensitive(
  cadre: { villageId?: string | null },
  { principal }: GatewayContext,
): boolean {
  return clearanceFor(principal, cadre.villageId).sensitive;
}

/**
 * The village a list answers for: a village secretary's own when they name none; `authorize` refuses
 * another village to them before anything is read.
 */
export function scopedVillage(field: string, requested: string | null | undefined, context: GatewayContext) {
  const villageId = villageFilterFor(context.principal, requested);
  authorize(context.principal, field, villageId ?? null, context.locale);
  return villageId;
}
