import type { Locale, Localized } from '@cadre/domain';
import { localizedError } from '../graphql/errors.js';
import { type Principal, ROLE_LABELS, type Role } from './roles.js';

/** How far a role reaches with one operation: everywhere, or only into its own village. */
export type Reach = 'everywhere' | 'own-village';

export interface FieldRule {
  /** Callable without signing in (e.g. signing in itself). */
  anonymous?: boolean;
  /** A role not listed here may not call the operation. */
  roles: Partial<Record<Role, Reach>>;
}

/** Rules most operations share; a new root field usually takes one of these. */
export const RULES = {
  /** Records about villages' cadres: everyone; a village secretary only for their own village. */
  read: {
    roles: { ADMIN: 'everywhere', AUDITOR: 'everywhere', EXTERNAL: 'everywhere', VILLAGE: 'own-village' },
  },
  /** Township-wide reference data without personal details (townships, villages, trainings, honors). */
  readShared: {
    roles: { ADMIN: 'everywhere', AUDITOR: 'everywhere', EXTERNAL: 'everywhere', VILLAGE: 'everywhere' },
  },
  /** Supervision records (early warnings): not for external apps. */
  readInternal: { roles: { ADMIN: 'everywhere', AUDITOR: 'everywhere', VILLAGE: 'own-village' } },
  /** Raw events, past states and the integrity check: they carry personal data unmasked. */
  audit: { roles: { ADMIN: 'everywhere', AUDITOR: 'everywhere' } },
  /** What a village records about its own cadres and residents' requests. */
  writeForVillage: { roles: { ADMIN: 'everywhere', VILLAGE: 'own-village' } },
  /** What the township organization office decides or keeps: reviews, appointments' files, ratings. */
  adminOnly: { roles: { ADMIN: 'everywhere' } },
  /** Callable before signing in (signing in itself). */
  public: {
    anonymous: true,
    roles: { ADMIN: 'everywhere', VILLAGE: 'everywhere', AUDITOR: 'everywhere', EXTERNAL: 'everywhere' },
  },
} as const satisfies Record<string, FieldRule>;

/**
 * Every root field (Query, Mutation, Subscription) and who may call it. A field missing here is denied
 * to everyone, so a new field stays closed until it gets its line. For an own-village reach the
 * resolver passes the village it touches to `authorize` (the cadre's, the request's, the filter's).
 */
export const POLICY: Readonly<Record<string, FieldRule>> = {
  // reads
  signIn: RULES.public,
  signOut: { roles: { ADMIN: 'everywhere', VILLAGE: 'everywhere', AUDITOR: 'everywhere' } },
  disableUser: RULES.adminOnly,
  resetPassword: RULES.adminOnly,
  me: RULES.public,
  personalDataReads: { roles: { AUDITOR: 'everywhere' } },
  // ID number or phone in clear, one cadre at a time: whoever the masking rules clear to see it
  revealPersonalField: { roles: { ADMIN: 'everywhere', AUDITOR: 'everywhere', VILLAGE: 'own-village' } },
  signInFailures: { roles: { AUDITOR: 'everywhere' } },
  cadres: RULES.read,
  cadre: RULES.read,
  statistics: RULES.read,
  pledges: RULES.read,
  serviceRequests: RULES.read,
  townships: RULES.readShared,
  villages: RULES.readShared,
  village: RULES.readShared,
  trainings: RULES.readShared,
  honors: RULES.readShared,
  earlyWarnings: RULES.readInternal,
  // the office's boards (boards-b.graphql); benefits are sensitive (PIPL Art. 28)
  talkRecords: RULES.readInternal,
  warningRecords: RULES.readInternal,
  committeeReviews: RULES.readInternal,
  serviceRequestCards: RULES.read,
  honorRecords: RULES.read,
  assessmentRecords: RULES.readInternal,
  benefitRecords: RULES.audit,
  // the reserve pool, training coverage and 一诺双评 boards (boards-a.graphql)
  reservePool: RULES.read,
  trainingCoverage: RULES.read,
  untrainedCadres: RULES.read,
  pledgeBoard: RULES.read,
  pledgeStageCounts: RULES.read,
  admonishmentsDue: RULES.readInternal,
  eventLog: RULES.audit,
  eventLogActors: RULES.audit,
  cadreHistory: RULES.audit,
  cadreAsOf: RULES.audit,
  integrityCheck: RULES.audit,
  eventAppended: RULES.audit,
  cadreChanged: RULES.read,
  // that the ledger changed (ids only, no personal data): what open pages refresh on; a village secretary's own village
  ledgerChanged: { roles: { ADMIN: 'everywhere', AUDITOR: 'everywhere', VILLAGE: 'own-village' } },
  // the township's calendar (calendar/): what is due, the reminders issued, and acknowledging one's own
  dueItems: RULES.read,
  reminders: RULES.readInternal,
  reminderIssued: RULES.read,
  // the domain refuses anyone the reminder was not sent to (REMINDER_NOT_FOR_YOU)
  acknowledgeReminder: { roles: { ADMIN: 'everywhere', VILLAGE: 'everywhere' } },
  // only the gateway's own scheduler issues reminders
  issueReminder: { roles: {} },
  // a village's own records
  appointCadre: RULES.writeForVillage,
  leavePost: RULES.writeForVillage,
  enlistReserveCadre: RULES.writeForVillage,
  recordTraining: RULES.writeForVillage,
  enrollEducation: RULES.writeForVillage,
  completeEducation: RULES.writeForVillage,
  makePledge: RULES.writeForVillage,
  reportPledgeProgress: RULES.writeForVillage,
  raiseServiceRequest: RULES.writeForVillage,
  dispatchServiceRequest: RULES.writeForVillage,
  acceptServiceRequest: RULES.writeForVillage,
  resolveServiceRequest: RULES.writeForVillage,
  rateServiceRequest: RULES.writeForVillage,
  // the township's decisions and files; a new file has no village until its first post or reserve place
  registerCadre: RULES.adminOnly,
  correctCadreProfile: RULES.adminOnly,
  erasePersonalData: RULES.adminOnly,
  changeReserveTier: RULES.adminOnly,
  leaveReservePool: RULES.adminOnly,
  assignMentors: RULES.adminOnly,
  openQualificationReview: RULES.adminOnly,
  recordDepartmentVerdict: RULES.adminOnly,
  concludeQualificationReview: RULES.adminOnly,
  recordInterview: RULES.adminOnly,
  updatePoliticalPortrait: RULES.adminOnly,
  evaluatePledge: RULES.adminOnly,
  honorCadre: RULES.adminOnly,
  recordAnnualAssessment: RULES.adminOnly,
  grantBenefit: RULES.adminOnly,
  scheduleTraining: RULES.adminOnly,
  recordTrainingHeld: RULES.adminOnly,
  registerTownship: RULES.adminOnly,
  changeTownshipSettings: RULES.adminOnly,
  registerVillage: RULES.adminOnly,
  recordCommitteeReview: RULES.adminOnly,
  resolveEarlyWarning: RULES.adminOnly,
  recordCommitteeTerm: RULES.adminOnly,
  startGeneralElection: RULES.adminOnly,
  registerElectionCandidate: RULES.adminOnly,
  recordElectionResult: RULES.adminOnly,
  concludeVillageElection: RULES.adminOnly,
  generalElections: RULES.audit,
  // Excel in and out (documents/): each spreadsheet is checked again against the list query it exports
  spreadsheet: RULES.read,
  verifyDocument: RULES.readShared,
  rosterImportTemplate: RULES.adminOnly,
  checkRosterImport: RULES.adminOnly,
  rosterImport: RULES.adminOnly,
  importRoster: RULES.adminOnly,
  // the 干部任免审批表 and photos (documents/appointment-form, documents/photos): masked per role as a dossier
  appointmentForm: RULES.read,
  appointmentFormDocument: RULES.read,
  changeCadrePhoto: RULES.adminOnly,
  prepareAppointmentForm: RULES.adminOnly,
  importLrmx: RULES.adminOnly,
};

export type AccessDecision = 'allowed' | 'unauthenticated' | 'forbidden-role' | 'forbidden-village';

/** Whether the principal's role may call the field at all; the village is checked by `decideAccess`. */
export function decideRoleAccess(principal: Principal | null | undefined, field: string): AccessDecision {
  const rule = POLICY[field];
  if (rule?.anonymous) return 'allowed';
  if (!principal) return 'unauthenticated';
  return rule?.roles[principal.role] ? 'allowed' : 'forbidden-role';
}

/**
 * The full decision for one call. For an own-village reach the target village must be given and be the
 * principal's: a missing target (e.g. a cadre not yet appointed anywhere) is outside every village.
 */
export function decideAccess(
  principal: Principal | null | undefined,
  field: string,
  targetVillageId?: string | null,
): AccessDecision {
  const byRole = decideRoleAccess(principal, field);
  if (byRole !== 'allowed' || !principal) return byRole;
  if (POLICY[field]?.roles[principal.role] !== 'own-village') return 'allowed';
  return principal.villageId !== undefined && targetVillageId === principal.villageId
    ? 'allowed'
    : 'forbidden-village';
}

function denialMessage(decision: Exclude<AccessDecision, 'allowed'>, field: string, role?: Role): Localized {
  switch (decision) {
    case 'unauthenticated':
      return { zh: '请先登录或提供 API 密钥', en: 'Sign in or present an API key first' };
    case 'forbidden-village':
      return {
        zh: '只能查看和记录本村（社区）的干部',
        en: 'You may read and record only the cadres of your own village',
      };
    case 'forbidden-role': {
      const label = role ? ROLE_LABELS[role] : { zh: '当前角色', en: 'your role' };
      return { zh: `${label.zh}无权执行 ${field}`, en: `The ${label.en} role may not call ${field}` };
    }
  }
}

const HTTP_STATUS = { unauthenticated: 401, 'forbidden-role': 403, 'forbidden-village': 403 } as const;

/**
 * The error for a denial: UNAUTHENTICATED or FORBIDDEN, in the caller's language. With `withHttpStatus`
 * the response status becomes 401/403 (for a whole request refused before execution).
 */
export function accessDenied(
  decision: Exclude<AccessDecision, 'allowed'>,
  field: string,
  principal: Principal | null | undefined,
  locale: Locale,
  { withHttpStatus = false } = {},
) {
  const messages = denialMessage(decision, field, principal?.role);
  const code = decision === 'unauthenticated' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
  return localizedError(code, messages, locale, {
    operation: field,
    ...(withHttpStatus ? { http: { status: HTTP_STATUS[decision] } } : {}),
  });
}

/** Throws UNAUTHENTICATED or FORBIDDEN unless the policy lets the principal make this call. */
export function authorize(
  principal: Principal | null | undefined,
  field: string,
  targetVillageId?: string | null,
  locale: Locale = 'zh-CN',
): void {
  const decision = decideAccess(principal, field, targetVillageId);
  if (decision !== 'allowed') throw accessDenied(decision, field, principal, locale);
}

/**
 * The village a list should be limited to: what the caller asked for, and for a village secretary who
 * asked for none, their own (then `authorize` checks the result).
 */
export function villageFilterFor(
  principal: Principal | null | undefined,
  requestedVillageId: string | null | undefined,
): string | undefined {
  if (requestedVillageId) return requestedVillageId;
  return principal?.role === 'VILLAGE' ? principal.villageId : undefined;
}
