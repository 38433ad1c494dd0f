import { DomainError, isRealDate, maskPhone } from '@cadre/domain';
import { actorName, cadreName, streamSubjectName } from '../../access/display-names.js';
import { clearanceFor, maskAnyIdNumber, SENSITIVE_FIELDS } from '../../access/masking.js';
import { permissionsOf } from '../../access/permissions.js';
import { listPersonalDataReads } from '../../access/personal-data-reads.js';
import type { Role } from '../../access/roles.js';
import { findUserById } from '../../access/users.js';
import type { GatewayContext } from '../context.js';
import { revealPersonalField } from './reveal-personal-field.js';

/** The most reads one answer carries. */
const READ_LOG_MOST = 1000;

interface ReadLogArgs {
  cadreId?: string | null;
  actor?: string | null;
  limit?: number | null;
  readFrom?: string | null;
  readTo?: string | null;
}

/** The China-time days an auditor asks the read log for, as the instants the log is stamped with. */
/** The name of whoever an event or a read names (`actor`): one resolver for every type that has one. */
const nameOfActor = (entry: { actor: string }, _: unknown, { system }: GatewayContext) =>
  actorName(system.accounts.db, entry.actor);

function readDays({ readFrom, readTo }: ReadLogArgs): { readFrom?: string; readBefore?: string } {
  const startOf = (day: string, field: string) => {
    if (!isRealDate(day))
      throw new DomainError(
        'BAD_USER_INPUT',
        'INVALID_DATE',
        { zh: `${field} 应为日期（yyyy-mm-dd）`, en: `${field} must be a date (yyyy-mm-dd)` },
        field,
      );
    return Date.parse(`${day}T00:00:00+08:00`);
  };
  const days: { readFrom?: string; readBefore?: string } = {};
  if (readFrom) days.readFrom = new Date(startOf(readFrom, 'readFrom')).toISOString();
  if (readTo) days.readBefore = new Date(startOf(readTo, 'readTo') + 86_400_000).toISOString();
  return days;
}

export const accessResolvers = {
  Query: {
    signInFailures: (_: unknown, args: { limit?: number | null }, { system }: GatewayContext) =>
      system.accounts.signInGuard.list(args.limit ?? undefined),
    me: (_: unknown, __: unknown, { system, principal }: GatewayContext) =>
      principal?.kind === 'user' ? (findUserById(system.accounts.db, principal.id) ?? null) : null,
    personalDataReads: (_: unknown, args: ReadLogArgs, { system }: GatewayContext) =>
      listPersonalDataReads(system.accounts.db, {
        ...(args.cadreId ? { cadreId: args.cadreId } : {}),
        ...(args.actor ? { actor: args.actor } : {}),
        ...(args.limit ? { limit: Math.min(args.limit, READ_LOG_MOST) } : {}),
        ...readDays(args),
      }),
    revealPersonalField,
  },
  UserAccount: {
    permissions: (user: { role: Role }) => permissionsOf(user.role),
  },
  PersonalDataRead: {
    actorName: nameOfActor,
    cadreName: (read: { cadreId: string }, _: unknown, { system }: GatewayContext) =>
      cadreName(system.readModels, read.cadreId),
  },
  LedgerActor: {
    actorName: nameOfActor,
  },
  LedgerEvent: {
    actorName: nameOfActor,
    subjectName: (event: { streamId: string }, _: unknown, { system }: GatewayContext) =>
      streamSubjectName(system.readModels, event.streamId),
  },
  Cadre: {
    // The view may hold the number in clear (for a role cleared to see it) or already masked: mask either.
    maskedIdNumber: (cadre: { idNumber?: string }) => maskAnyIdNumber(cadre.idNumber ?? ''),
    maskedPhone: (cadre: { phone?: string | null }) => (cadre.phone ? maskPhone(cadre.phone) : null),
    withheldFields: (cadre: { villageId?: string | null }, _: unknown, { principal }: GatewayContext) => {
      const clearance = clearanceFor(principal, cadre.villageId);
      return [
        ...(clearance.identifiers ? [] : ['idNumber', 'phone']),
        ...(clearance.sensitive ? [] : SENSITIVE_FIELDS),
      ];
    },
  },
  Mutation: {
    signIn: (
      _: unknown,
      args: { username: string; password: string },
      { system, locale, address }: GatewayContext,
    ) => system.accounts.signIn(args.username, args.password, locale, address),
    signOut: (_: unknown, __: unknown, { system, principal }: GatewayContext) => {
      if (principal) system.accounts.signOut(principal);
      return true;
    },
    disableUser: (_: unknown, args: { id: string }, { system, locale }: GatewayContext) => {
      system.accounts.disableUser(args.id, locale);
      return findUserById(system.accounts.db, args.id);
    },
    resetPassword: async (
      _: unknown,
      args: { id: string; password: string },
      { system, locale }: GatewayContext,
    ) => {
      await system.accounts.resetPassword(args.id, args.password, locale);
      return true;
    },
  },
};
