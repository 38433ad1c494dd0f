import { POLICY, type Reach } from './policy.js';
import type { Role } from './roles.js';

export interface Permission {
  field: string;
  reach: 'EVERYWHERE' | 'OWN_VILLAGE';
}

const REACH: Record<Reach, Permission['reach']> = { everywhere: 'EVERYWHERE', 'own-village': 'OWN_VILLAGE' };

/** Every root field the policy lets this role call, and how far: what a client builds its menus from. */
export function permissionsOf(role: Role): Permission[] {
  return Object.entries(POLICY).flatMap(([field, rule]) => {
    const reach = rule.roles[role];
    return reach ? [{ field, reach: REACH[reach] }] : [];
  });
}
