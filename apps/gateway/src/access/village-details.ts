import type { Principal } from './roles.js';

/** What a village's page holds besides its name: who sits where, its reserve pool, its open warnings. */
export type VillageDetail = 'seats' | 'reserveCadres' | 'openWarnings';

/**
 * Whether the caller may see a village's details: a village secretary only their own village's; an
 * external app no early warnings (supervision is internal). Everyone else all of them.
 */
export function maySeeVillageDetail(
  principal: Principal | null | undefined,
  villageId: string,
  detail: VillageDetail,
): boolean {
  if (!principal) return false;
  if (principal.role === 'VILLAGE') return principal.villageId === villageId;
  if (principal.role === 'EXTERNAL') return detail !== 'openWarnings';
  return true;
}
