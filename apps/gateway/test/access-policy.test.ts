import type { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { authorize, decideAccess, POLICY, villageFilterFor } from '../src/access/policy.js';
import { type Principal, ROLES, type Role } from '../src/access/roles.js';
import { buildSchema } from '../src/graphql/apollo.js';

const OWN = 'village-own';
const OTHER = 'village-other';

function principal(role: Role): Principal {
  return {
    kind: role === 'EXTERNAL' ? 'api-key' : 'user',
    id: `${role.toLowerCase()}-1`,
    name: role,
    role,
    ...(role === 'VILLAGE' ? { villageId: OWN } : {}),
  };
}

/**
 * The expected answer for each operation, role and target village, written out by hand (not derived
 * from POLICY): `+` allowed, `role` forbidden for the role, `village` forbidden for the target village.
 * Columns: target = own village, another village, no village.
 */
type Expected = '+' | 'role' | 'village';
type Row = Record<Role, [own: Expected, other: Expected, none: Expected]>;
const ALL: [Expected, Expected, Expected] = ['+', '+', '+'];
const NONE: [Expected, Expected, Expected] = ['role', 'role', 'role'];
const OWN_ONLY: [Expected, Expected, Expected] = ['+', 'village', 'village'];

const READ: Row = { ADMIN: ALL, AUDITOR: ALL, EXTERNAL: ALL, VILLAGE: OWN_ONLY };
const READ_SHARED: Row = { ADMIN: ALL, AUDITOR: ALL, EXTERNAL: ALL, VILLAGE: ALL };
const READ_INTERNAL: Row = { ADMIN: ALL, AUDITOR: ALL, EXTERNAL: NONE, VILLAGE: OWN_ONLY };
const AUDIT: Row = { ADMIN: ALL, AUDITOR: ALL, EXTERNAL: NONE, VILLAGE: NONE };
const WRITE_FOR_VILLAGE: Row = { ADMIN: ALL, AUDITOR: NONE, EXTERNAL: NONE, VILLAGE: OWN_ONLY };
const ADMIN_ONLY: Row = { ADMIN: ALL, AUDITOR: NONE, EXTERNAL: NONE, VILLAGE: NONE };
const AUDITOR_ONLY: Row = { ADMIN: NONE, AUDITOR: ALL, EXTERNAL: NONE, VILLAGE: NONE };
/** What a signed-in person does with their own session: not an API key. */
const PEOPLE: Row = { ADMIN: ALL, AUDITOR: ALL, EXTERNAL: NONE, VILLAGE: ALL };
/** Signing in and asking who one is: open before signing in. */
const PUBLIC = ['signIn', 'me'];

const MATRIX: Record<string, Row> = {
  signIn: READ_SHARED,
  me: READ_SHARED,
  signOut: PEOPLE,
  disableUser: ADMIN_ONLY,
  resetPassword: ADMIN_ONLY,
  personalDataReads: AUDITOR_ONLY,
  revealPersonalField: READ_INTERNAL,
  signInFailures: AUDITOR_ONLY,
  cadres: READ,
  cadre: READ,
  statistics: READ,
  pledges: READ,
  serviceRequests: READ,
  townships: READ_SHARED,
  villages: READ_SHARED,
  village: READ_SHARED,
  trainings: READ_SHARED,
  honors: READ_SHARED,
  talkRecords: READ_INTERNAL,
  warningRecords: READ_INTERNAL,
  committeeReviews: READ_INTERNAL,
  serviceRequestCards: READ,
  honorRecords: READ,
  assessmentRecords: READ_INTERNAL,
  benefitRecords: AUDIT,
  earlyWarnings: READ_INTERNAL,
  reservePool: READ,
  trainingCoverage: READ,
  untrainedCadres: READ,
  pledgeBoard: READ,
  pledgeStageCounts: READ,
  admonishmentsDue: READ_INTERNAL,
  eventLog: AUDIT,
  eventLogActors: AUDIT,
  cadreHistory: AUDIT,
  cadreAsOf: AUDIT,
  integrityCheck: AUDIT,
  eventAppended: AUDIT,
  cadreChanged: READ,
  ledgerChanged: READ_INTERNAL,
  dueItems: READ,
  reminders: READ_INTERNAL,
  reminderIssued: READ,
  acknowledgeReminder: { ADMIN: ALL, AUDITOR: NONE, EXTERNAL: NONE, VILLAGE: ALL },
  issueReminder: { ADMIN: NONE, AUDITOR: NONE, EXTERNAL: NONE, VILLAGE: NONE },
  appointCadre: WRITE_FOR_VILLAGE,
  leavePost: WRITE_FOR_VILLAGE,
  enlistReserveCadre: WRITE_FOR_VILLAGE,
  recordTraining: WRITE_FOR_VILLAGE,
  enrollEducation: WRITE_FOR_VILLAGE,
  completeEducation: WRITE_FOR_VILLAGE,
  makePledge: WRITE_FOR_VILLAGE,
  reportPledgeProgress: WRITE_FOR_VILLAGE,
  raiseServiceRequest: WRITE_FOR_VILLAGE,
  dispatchServiceRequest: WRITE_FOR_VILLAGE,
  acceptServiceRequest: WRITE_FOR_VILLAGE,
  resolveServiceRequest: WRITE_FOR_VILLAGE,
  rateServiceRequest: WRITE_FOR_VILLAGE,
  registerCadre: ADMIN_ONLY,
  correctCadreProfile: ADMIN_ONLY,
  erasePersonalData: ADMIN_ONLY,
  changeReserveTier: ADMIN_ONLY,
  leaveReservePool: ADMIN_ONLY,
  assignMentors: ADMIN_ONLY,
  openQualificationReview: ADMIN_ONLY,
  recordDepartmentVerdict: ADMIN_ONLY,
  concludeQualificationReview: ADMIN_ONLY,
  recordInterview: ADMIN_ONLY,
  updatePoliticalPortrait: ADMIN_ONLY,
  evaluatePledge: ADMIN_ONLY,
  honorCadre: ADMIN_ONLY,
  recordAnnualAssessment: ADMIN_ONLY,
  grantBenefit: ADMIN_ONLY,
  scheduleTraining: ADMIN_ONLY,
  recordTrainingHeld: ADMIN_ONLY,
  registerTownship: ADMIN_ONLY,
  changeTownshipSettings: ADMIN_ONLY,
  registerVillage: ADMIN_ONLY,
  recordCommitteeReview: ADMIN_ONLY,
  resolveEarlyWarning: ADMIN_ONLY,
  recordCommitteeTerm: ADMIN_ONLY,
  startGeneralElection: ADMIN_ONLY,
  registerElectionCandidate: ADMIN_ONLY,
  recordElectionResult: ADMIN_ONLY,
  concludeVillageElection: ADMIN_ONLY,
  generalElections: AUDIT,
  appointmentForm: READ,
  appointmentFormDocument: READ,
  changeCadrePhoto: ADMIN_ONLY,
  prepareAppointmentForm: ADMIN_ONLY,
  importLrmx: ADMIN_ONLY,
  spreadsheet: READ,
  verifyDocument: READ_SHARED,
  rosterImportTemplate: ADMIN_ONLY,
  checkRosterImport: ADMIN_ONLY,
  rosterImport: ADMIN_ONLY,
  importRoster: ADMIN_ONLY,
};
const DECISION = { '+': 'allowed', role: 'forbidden-role', village: 'forbidden-village' } as const;
const TARGETS = [OWN, OTHER, undefined] as const;

function thrown(body: () => void): GraphQLError {
  try {
    body();
  } catch (error) {
    return error as GraphQLError;
  }
  throw new Error('expected authorize to throw');
}

describe('the access policy', () => {
  it('has a line for every root field of the schema (a field without one is closed to everyone)', () => {
    const schema = buildSchema();
    const rootFields = [
      schema.getQueryType(),
      schema.getMutationType(),
      schema.getSubscriptionType(),
    ].flatMap((type) => Object.keys(type?.getFields() ?? {}));
    expect(rootFields.filter((field) => !(field in POLICY))).toEqual([]);
  });

  it('is checked below for every line it has', () => {
    expect(Object.keys(MATRIX).sort()).toEqual(Object.keys(POLICY).sort());
  });

  const cases = Object.entries(MATRIX).flatMap(([field, byRole]) =>
    ROLES.flatMap((role) =>
      TARGETS.map((target, column) => ({ field, role, target, expected: DECISION[byRole[role][column]!] })),
    ),
  );
  it.each(cases)('$role → $field (target $target): $expected', ({ field, role, target, expected }) => {
    expect(decideAccess(principal(role), field, target)).toBe(expected);
    if (expected === 'allowed') expect(() => authorize(principal(role), field, target)).not.toThrow();
    else expect(thrown(() => authorize(principal(role), field, target)).extensions.code).toBe('FORBIDDEN');
  });

  it('asks a caller without credentials to sign in, for every operation', () => {
    for (const field of Object.keys(POLICY).filter((f) => !PUBLIC.includes(f))) {
      expect(decideAccess(null, field, OWN)).toBe('unauthenticated');
      const error = thrown(() => authorize(undefined, field, OWN, 'en'));
      expect(error.extensions.code).toBe('UNAUTHENTICATED');
      expect(error.message).toBe('Sign in or present an API key first');
    }
  });

  it('lets anyone sign in and ask who they are without credentials', () => {
    for (const field of PUBLIC) expect(decideAccess(null, field)).toBe('allowed');
  });

  it('denies an operation missing from the policy to every role', () => {
    for (const role of ROLES) {
      expect(decideAccess(principal(role), 'dropAllTables', OWN)).toBe('forbidden-role');
    }
    expect(decideAccess(null, 'dropAllTables')).toBe('unauthenticated');
  });

  it('explains a refusal in the caller language, naming the operation', () => {
    const zh = thrown(() => authorize(principal('AUDITOR'), 'appointCadre', OWN));
    expect(zh.message).toBe('纪检监察/审计无权执行 appointCadre');
    expect(zh.extensions).toMatchObject({ code: 'FORBIDDEN', operation: 'appointCadre' });
    expect(zh.extensions.messages).toEqual({
      zh: '纪检监察/审计无权执行 appointCadre',
      en: 'The auditor role may not call appointCadre',
    });
    const village = thrown(() => authorize(principal('VILLAGE'), 'cadre', OTHER, 'en'));
    expect(village.message).toBe('You may read and record only the cadres of your own village');
  });

  it('never lets a village secretary without a village reach an own-village operation', () => {
    const lost: Principal = { kind: 'user', id: 'u', name: 'u', role: 'VILLAGE' };
    expect(decideAccess(lost, 'cadres', undefined)).toBe('forbidden-village');
    expect(decideAccess(lost, 'cadres', OWN)).toBe('forbidden-village');
  });

  it('limits a village secretary list to their own village when they name none', () => {
    expect(villageFilterFor(principal('VILLAGE'), undefined)).toBe(OWN);
    expect(villageFilterFor(principal('VILLAGE'), null)).toBe(OWN);
    expect(villageFilterFor(principal('VILLAGE'), OTHER)).toBe(OTHER);
    expect(villageFilterFor(principal('ADMIN'), undefined)).toBeUndefined();
    expect(villageFilterFor(principal('AUDITOR'), OTHER)).toBe(OTHER);
  });
});
