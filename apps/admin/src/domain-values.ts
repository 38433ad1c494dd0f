/** The values of the API's enums that forms and charts list, in their natural order. */

export const EDUCATION_LEVELS = [
  'JUNIOR_HIGH',
  'SENIOR_HIGH',
  'JUNIOR_COLLEGE',
  'BACHELOR',
  'POSTGRADUATE',
] as const;
export const POLITICAL_STATUSES = [
  'CPC_MEMBER',
  'CPC_PROBATIONARY',
  'CYL_MEMBER',
  'MASSES',
  'OTHER_PARTY',
] as const;

export type Committee = 'PARTY_COMMITTEE' | 'RESIDENTS_COMMITTEE';
export type Position = 'PARTY_SECRETARY' | 'DEPUTY_SECRETARY' | 'CHAIR' | 'VICE_CHAIR' | 'MEMBER';
export const COMMITTEES: readonly Committee[] = ['PARTY_COMMITTEE', 'RESIDENTS_COMMITTEE'];
/** 党组织: 书记, 副书记, 委员; 村（居）民委员会: 主任, 副主任, 委员 (the server answers POSITION_NOT_ON_COMMITTEE otherwise). */
export const POSITIONS_ON_COMMITTEE: Record<Committee, readonly Position[]> = {
  PARTY_COMMITTEE: ['PARTY_SECRETARY', 'DEPUTY_SECRETARY', 'MEMBER'],
  RESIDENTS_COMMITTEE: ['CHAIR', 'VICE_CHAIR', 'MEMBER'],
};

export type AppointmentMethod = 'ELECTION' | 'BY_ELECTION' | 'APPOINTMENT';
export const APPOINTMENT_METHODS: readonly AppointmentMethod[] = ['ELECTION', 'BY_ELECTION', 'APPOINTMENT'];

export type ReviewVerdict = 'APPROVED' | 'REJECTED';
export const REVIEW_VERDICTS: readonly ReviewVerdict[] = ['APPROVED', 'REJECTED'];

export const HONOR_LEVELS = ['TOWNSHIP', 'DISTRICT', 'CITY', 'PROVINCE', 'NATIONAL'] as const;
export const EVALUATION_GRADES = ['EXCELLENT', 'COMPETENT', 'BASICALLY_COMPETENT', 'INCOMPETENT'] as const;
export const RESERVE_SOURCES = ['ENTREPRENEUR', 'RETURNING_GRADUATE', 'VETERAN', 'OTHER'] as const;

/** The roster's role filter; '' is everyone. */
export type CadreRole = '' | 'COMMITTEE_MEMBER' | 'PARTY_SECRETARY' | 'RESERVE';
export const CADRE_ROLES: readonly CadreRole[] = ['', 'COMMITTEE_MEMBER', 'PARTY_SECRETARY', 'RESERVE'];

export type TimeBasis = 'OCCURRED' | 'RECORDED';
