import type { RouteMeta } from 'vue-router';
import { type Reach, useSessionStore } from './stores/session.js';

/**
 * What the signed-in user may do, decided from the permissions the gateway answers for their role
 * (`me.permissions`, from apps/gateway/src/access/policy.ts): one policy, no role list here. The gateway
 * still decides every call; this only leaves out what it would refuse.
 */
export type Role = 'ADMIN' | 'VILLAGE' | 'AUDITOR' | 'EXTERNAL';

export interface Caller {
  villageId?: string | null;
  permissions: ReadonlyMap<string, Reach> | null;
}

/** The signed-in user's role, or null when nobody is signed in. */
export function currentRole(): Role | null {
  return (useSessionStore().user?.role as Role | undefined) ?? null;
}

function currentCaller(): Caller | null {
  const store = useSessionStore();
  return store.user ? { villageId: store.user.villageId ?? null, permissions: store.permissions } : null;
}

/** Whether the caller may call `field` about something of `villageId` (own-village reach compares it). */
export function mayCallAs(caller: Caller | null, field: string, villageId?: string | null): boolean {
  const reach = caller?.permissions?.get(field);
  if (reach === 'EVERYWHERE') return true;
  if (reach !== 'OWN_VILLAGE') return false;
  return Boolean(villageId) && villageId === caller?.villageId;
}

/** Whether the signed-in user may send `command` (the mutation's name) about something of `villageId`. */
export function mayCommand(command: string, villageId: string | null | undefined): boolean {
  return mayCallAs(currentCaller(), command, villageId);
}

/** Whether the signed-in user may use a root field at all (for their own village at least). */
export function mayUse(field: string): boolean {
  return currentCaller()?.permissions?.has(field) ?? false;
}

/** Whether the signed-in user may read raw events and past states (a file's history, the event log). */
export function mayAudit(): boolean {
  return mayUse('cadreHistory');
}

/** The village a user is kept to (a village secretary's), or null for a township-wide role. */
export function ownVillageOnly(): string | null {
  const store = useSessionStore();
  return store.permissions?.get('cadres') === 'OWN_VILLAGE' ? (store.user?.villageId ?? null) : null;
}

/** Whether the caller may open a page: every root field its route `requires` is theirs to call. */
export function mayOpenAs(caller: Caller | null, route: { meta?: RouteMeta }): boolean {
  return (route.meta?.requires ?? []).every((field) => caller?.permissions?.has(field) ?? false);
}

export function mayOpen(route: { meta?: RouteMeta }): boolean {
  return mayOpenAs(currentCaller(), route);
}
