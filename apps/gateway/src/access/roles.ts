import type { Localized } from '@cadre/domain';

/**
 * ADMIN: the township organization office, reads and writes everything.
 * VILLAGE: a village party secretary, reads and writes only their own village.
 * AUDITOR: discipline inspection / audit, reads everything including history, writes nothing.
 * EXTERNAL: another system with an API key, read-only, never sees personal data.
 */
export const ROLES = ['ADMIN', 'VILLAGE', 'AUDITOR', 'EXTERNAL'] as const;
export type Role = (typeof ROLES)[number];

/** Roles a person signs in with; EXTERNAL belongs to API keys only. */
export const USER_ROLES = ['ADMIN', 'VILLAGE', 'AUDITOR'] as const satisfies readonly Role[];
export type UserRole = (typeof USER_ROLES)[number];

export const ROLE_LABELS: Record<Role, Localized> = {
  ADMIN: { zh: '镇组织办', en: 'township organization office' },
  VILLAGE: { zh: '村党组织书记', en: 'village party secretary' },
  AUDITOR: { zh: '纪检监察/审计', en: 'auditor' },
  EXTERNAL: { zh: '外部应用', en: 'external app' },
};

/** Who is calling: a signed-in person or an API key. */
export interface Principal {
  kind: 'user' | 'api-key';
  id: string;
  name: string;
  role: Role;
  /** Set for VILLAGE: the only village it may read and write. */
  villageId?: string;
  /** A signed-in person's session: what signing out ends. */
  sessionId?: string;
}

export function isUserRole(value: unknown): value is UserRole {
  return typeof value === 'string' && (USER_ROLES as readonly string[]).includes(value);
}

/** The `actor` written into the metadata of every event the principal causes. */
export function actorOf(principal: Principal): string {
  return `${principal.kind}:${principal.id}`;
}
