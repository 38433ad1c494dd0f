import type { Principal } from '../access/roles.js';

/**
 * Whose answers are interchangeable: masking and scoping depend only on the role and, for a village
 * secretary, the village. Personal reads are still logged under each caller's own name.
 */
export function disclosureScopeOf(principal: Principal): string {
  return principal.role === 'VILLAGE' ? `VILLAGE:${principal.villageId ?? ''}` : principal.role;
}
