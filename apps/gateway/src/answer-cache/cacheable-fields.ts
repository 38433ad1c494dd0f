/**
 * Query fields whose answers are a function of the read models, the caller's role and village, and the
 * day alone: they may be served again until an event is applied. Every other field (the caller's own
 * account, the personal-data log, anything read from the event store or checking its integrity) is
 * answered afresh every time. A test checks every Query field is listed in one of the two.
 */
export const CACHEABLE_QUERY_FIELDS: ReadonlySet<string> = new Set([
  'cadres',
  'cadre',
  'statistics',
  'pledges',
  'serviceRequests',
  'townships',
  'villages',
  'village',
  'trainings',
  'honors',
  'earlyWarnings',
  'talkRecords',
  'warningRecords',
  'committeeReviews',
  'serviceRequestCards',
  'honorRecords',
  'assessmentRecords',
  'benefitRecords',
  'reservePool',
  'trainingCoverage',
  'untrainedCadres',
  'pledgeBoard',
  'pledgeStageCounts',
  'admonishmentsDue',
  'generalElections',
]);

export const UNCACHEABLE_QUERY_FIELDS: ReadonlySet<string> = new Set([
  'me',
  'personalDataReads',
  // each reveal is one logged read of one cadre's field
  'revealPersonalField',
  'signInFailures',
  'eventLog',
  // named from the accounts, which the read models' versions do not follow
  'eventLogActors',
  'cadreHistory',
  'cadreAsOf',
  'integrityCheck',
  // the 干部任免审批表: folded from the cadre's stream at a position, its chain head read from the store
  'appointmentForm',
  'appointmentFormDocument',
  // spreadsheets replayed from the store up to its head, their verification, and the roster import's progress
  'spreadsheet',
  'verifyDocument',
  'rosterImportTemplate',
  'checkRosterImport',
  'rosterImport',
  // the calendar: `remindedMe` and the names of those reminded depend on the caller's account, not only their role
  'dueItems',
  'reminders',
]);
