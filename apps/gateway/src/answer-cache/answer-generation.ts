import { chinaDate } from '@cadre/domain';
import type { Principal } from '../access/roles.js';

/**
 * What an answer of a cacheable field depends on besides the request: the events applied (the read
 * models' checkpoint) and the day in China (ages and "this year" move at midnight).
 */
export function answerGeneration(checkpoint: bigint, now: Date): string {
  return `${checkpoint}@${chinaDate(now)}`;
}

/**
 * Whose answers are interchangeable: masking and scoping depend only on the role and, for a village
 * secretary, the village. Personal reads are still logged under each caller's own name.
 */
export function disclosureScopeOf(principal: Principal): string {
  return principal.role === 'VILLAGE' ? `VILLAGE:${principal.villageId ?? ''}` : principal.role;
}
