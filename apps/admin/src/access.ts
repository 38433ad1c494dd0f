import { currentSession } from './api/session.js';

/**
 * The gateway's policy (apps/gateway/src/access/policy.ts) for the commands this client sends, so that an
 * action is offered only to a role that may take it. The gateway still decides; this only hides what it
 * would refuse.
 */
export type Role = 'ADMIN' | 'VILLAGE' | 'AUDITOR' | 'EXTERNAL';

/** What a village party secretary records about their own village's cadres. */
const VILLAGE_COMMANDS = new Set([
  'appointCadre',
  'leavePost',
  'enlistReserveCadre',
  'recordTraining',
  'enrollEducation',
  'completeEducation',
  'makePledge',
  'reportPledgeProgress',
  'raiseServiceRequest',
  'dispatchServiceRequest',
  'acceptServiceRequest',
  'resolveServiceRequest',
  'rateServiceRequest',
]);

/** The signed-in user's role, or null when nobody is signed in. */
export function currentRole(): Role | null {
  return (currentSession()?.user.role as Role | undefined) ?? null;
}

/** Whether the signed-in user may send `command` (the mutation's name) about something of `villageId`. */
export function mayCommand(command: string, villageId: string | null | undefined): boolean {
  return mayCommandAs(currentSession()?.user ?? null, command, villageId);
}

/**
 * Whether `user` may send `command` about something of `villageId`: the township office everything, a
 * village secretary their own village's records, an auditor (and anyone else) nothing.
 */
export function mayCommandAs(
  user: { role: string; villageId?: string | null } | null,
  command: string,
  villageId: string | null | undefined,
): boolean {
  if (!user) return false;
  if (user.role === 'ADMIN') return true;
  if (user.role !== 'VILLAGE' || !VILLAGE_COMMANDS.has(command)) return false;
  return Boolean(villageId) && villageId === user.villageId;
}

/** Whether the signed-in user may read raw events and past states (a file's history, the event log). */
export function mayAudit(): boolean {
  const role = currentRole();
  return role === 'ADMIN' || role === 'AUDITOR';
}
