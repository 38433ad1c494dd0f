import type { GraphQLResolveInfo } from 'graphql';
import { discloseCadres } from '../../access/disclose-cadres.js';
import { clearanceFor } from '../../access/masking.js';
import { recordPersonalDataReads } from '../../access/personal-data-reads.js';
import { authorize, villageFilterFor } from '../../access/policy.js';
import type { GatewayContext } from '../context.js';
import type { CadreNode } from './cadre-node.js';

/** Cadres as this caller may see them, every unmasked personal field they asked for logged (PIPL Art. 51). */
export function disclose(
  nodes: CadreNode[],
  { principal, system }: GatewayContext,
  info: GraphQLResolveInfo,
) {
  return discloseCadres(nodes, {
    principal,
    info,
    record: (reads) => recordPersonalDataReads(system.accounts.db, reads),
  });
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
