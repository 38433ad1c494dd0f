import type { GraphQLResolveInfo } from 'graphql';
import type { DisclosedCadre } from '../queries/cadre-node.js';
import type { GatewayContext } from '../context.js';
export type Maybe<T> = T | null | undefined;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** Input of `acceptServiceRequest`. The party member is the one it was dispatched to. */
export type AcceptServiceRequestInput = {
  /** 接单日期 yyyy-mm-dd, not in the future and not before the dispatch. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  acceptedOn?: InputMaybe<Scalars['String']['input']>;
  /** The request (UUID). */
  requestId: Scalars['ID']['input'];
};

export type AgeBandCount = {
  __typename?: 'AgeBandCount';
  /** <=30, 31-35, 36-40, 41-45, 46-50, 51-55, >=56 */
  band: Scalars['String']['output'];
  count: Scalars['Int']['output'];
};

/** 年龄结构 Age structure at the as-of date. */
export type AgeStructure = {
  __typename?: 'AgeStructure';
  averageAge: Scalars['Float']['output'];
  bands: Array<AgeBandCount>;
  over60Share: Scalars['Float']['output'];
  under35Share: Scalars['Float']['output'];
};

/** 综合考评 A year's assessment with its performance bonus (yuan). */
export type AnnualAssessment = {
  __typename?: 'AnnualAssessment';
  bonus: Scalars['Float']['output'];
  grade: EvaluationGrade;
  score: Scalars['Float']['output'];
  year: Scalars['Int']['output'];
};

/** Input of `appointCadre`. */
export type AppointCadreInput = {
  /** 任职日期 yyyy-mm-dd, not in the future and not before the review concluded. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  appointedOn?: InputMaybe<Scalars['String']['input']>;
  /** 干部 The cadre (UUID), with an approved qualification review for this village. */
  cadreId: Scalars['ID']['input'];
  /** 班子 The committee. */
  committee: Committee;
  /** 产生方式 Election, by-election or appointment. */
  method: AppointmentMethod;
  /** 职务 The position, one of its committee's (else POSITION_NOT_ON_COMMITTEE). */
  position: Position;
  /** 村（社区） The village (UUID); all of a cadre's posts are in one village (else POSTS_IN_ONE_VILLAGE). */
  villageId: Scalars['ID']['input'];
};

/** 产生方式 How a seat was filled: regular election (换届选举), by-election (补选), or appointment (任命). */
export type AppointmentMethod =
  | 'APPOINTMENT'
  | 'BY_ELECTION'
  | 'ELECTION';

export type AppraisalVotes = {
  __typename?: 'AppraisalVotes';
  basicallyCompetent: Scalars['Int']['output'];
  competent: Scalars['Int']['output'];
  excellent: Scalars['Int']['output'];
  incompetent: Scalars['Int']['output'];
};

/** 民主测评票数 The ballots of a democratic appraisal, by grade; not all zero (else NO_VOTES). */
export type AppraisalVotesInput = {
  /** 基本称职 Votes for basically competent, 0 or more. */
  basicallyCompetent: Scalars['Int']['input'];
  /** 称职 Votes for competent, 0 or more. */
  competent: Scalars['Int']['input'];
  /** 优秀 Votes for excellent, 0 or more. */
  excellent: Scalars['Int']['input'];
  /** 不称职 Votes for incompetent, 0 or more; their share is compared with the township's admonishment threshold. */
  incompetent: Scalars['Int']['input'];
};

/** 综合考评 A cadre's annual assessment with the cadre's name and village. */
export type AssessmentRecord = {
  __typename?: 'AssessmentRecord';
  assessedOn?: Maybe<Scalars['String']['output']>;
  bonus: Scalars['Float']['output'];
  cadreId: Scalars['ID']['output'];
  cadreName: Scalars['String']['output'];
  grade: EvaluationGrade;
  score: Scalars['Float']['output'];
  villageId?: Maybe<Scalars['ID']['output']>;
  villageName?: Maybe<Scalars['String']['output']>;
  year: Scalars['Int']['output'];
};

export type AssessmentRecordConnection = {
  __typename?: 'AssessmentRecordConnection';
  edges: Array<AssessmentRecordEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AssessmentRecordEdge = {
  __typename?: 'AssessmentRecordEdge';
  cursor: Scalars['String']['output'];
  node: AssessmentRecord;
};

export type AssessmentSort =
  | 'BONUS'
  | 'CADRE_NAME'
  | 'SCORE';

/** Input of `assignMentors`. */
export type AssignMentorsInput = {
  /** 结对日期 yyyy-mm-dd, not in the future and not before the enlistment. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  assignedOn?: InputMaybe<Scalars['String']['input']>;
  /** 干部 The reserve cadre mentored (UUID). */
  cadreId: Scalars['ID']['input'];
  /** 帮带委员 The committee members mentoring (cadre ids), at least one, none twice and none the mentee or the secretary. */
  memberCadreIds: Array<Scalars['ID']['input']>;
  /** 帮带书记 The current party secretary of the reserve cadre's village (a cadre id); not the mentee (else MENTOR_IS_MENTEE). */
  secretaryCadreId: Scalars['ID']['input'];
  /** 包村领导 The township leader in charge of the village, by name, at most 50 characters. */
  townshipLeader: Scalars['String']['input'];
};

/** 关爱保障 A benefit granted. Sensitive (PIPL Art. 28): shown to ADMIN and AUDITOR only. */
export type Benefit = {
  __typename?: 'Benefit';
  amount: Scalars['Float']['output'];
  kind: BenefitKind;
  year: Scalars['Int']['output'];
};

/** 保障类型 A care measure: 健康体检 health check-up, 养老保险补贴 pension subsidy, 人身意外保险 accident insurance. */
export type BenefitKind =
  | 'ACCIDENT_INSURANCE'
  | 'HEALTH_CHECKUP'
  | 'PENSION_SUBSIDY';

/** 关爱保障 A benefit granted, with the cadre's name and village. Sensitive (PIPL Art. 28). */
export type BenefitRecord = {
  __typename?: 'BenefitRecord';
  amount: Scalars['Float']['output'];
  cadreId: Scalars['ID']['output'];
  cadreName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: BenefitKind;
  villageId?: Maybe<Scalars['ID']['output']>;
  villageName?: Maybe<Scalars['String']['output']>;
  year: Scalars['Int']['output'];
};

export type BenefitRecordConnection = {
  __typename?: 'BenefitRecordConnection';
  edges: Array<BenefitRecordEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type BenefitRecordEdge = {
  __typename?: 'BenefitRecordEdge';
  cursor: Scalars['String']['output'];
  node: BenefitRecord;
};

export type BenefitSort =
  | 'AMOUNT'
  | 'CADRE_NAME'
  | 'KIND';

export type BrokenLink = {
  __typename?: 'BrokenLink';
  eventId: Scalars['ID']['output'];
  /** HASH_MISMATCH (an event was edited), BROKEN_LINK or REVISION_GAP (one was removed or reordered). */
  fault: Scalars['String']['output'];
  position: Scalars['String']['output'];
  revision: Scalars['Int']['output'];
  streamId: Scalars['String']['output'];
};

/** 一人一档 A cadre of the ledger: a member of a village committee or a reserve cadre. */
export type Cadre = {
  __typename?: 'Cadre';
  /** Age in whole years today (China time). */
  age: Scalars['Int']['output'];
  assessments: Array<AnnualAssessment>;
  /** Sensitive: ADMIN and AUDITOR only; null for everyone else. */
  benefits?: Maybe<Array<Benefit>>;
  /** Birth date, yyyy-mm-dd. */
  birthDate: Scalars['String']['output'];
  birthplace?: Maybe<Scalars['String']['output']>;
  education: Array<EducationProgramme>;
  educationLevel: EducationLevel;
  /** 民族, e.g. 汉族. */
  ethnicity: Scalars['String']['output'];
  /** Personal data: ADMIN and AUDITOR only; null for everyone else. */
  familyMembers?: Maybe<Array<FamilyMember>>;
  fullTimeEducation?: Maybe<EducationRecord>;
  gender: Gender;
  /** 健康状况. Sensitive: ADMIN and AUDITOR only. */
  health?: Maybe<Scalars['String']['output']>;
  honors: Array<Honor>;
  id: Scalars['ID']['output'];
  /** Resident ID number (GB 11643). Personal data: masked (first 6 and last 4 kept) for roles that may not see it. */
  idNumber: Scalars['String']['output'];
  interviews: Array<Interview>;
  name: Scalars['String']['output'];
  nativePlace?: Maybe<Scalars['String']['output']>;
  onTheJobEducation?: Maybe<EducationRecord>;
  openWarnings: Array<EarlyWarning>;
  partyJoinDate?: Maybe<Scalars['String']['output']>;
  /** Mainland mobile number. Personal data: masked 3-4-4 for roles that may not see it. */
  phone?: Maybe<Scalars['String']['output']>;
  pledges: Array<Pledge>;
  politicalStatus: PoliticalStatus;
  portrait?: Maybe<PoliticalPortrait>;
  /** Every post held, past ones included, oldest first. */
  postHistory: Array<PostRecord>;
  /** Posts currently held. */
  posts: Array<Post>;
  professionalTitle?: Maybe<Scalars['String']['output']>;
  qualificationReviews: Array<QualificationReview>;
  /** When the cadre was registered (ISO 8601). */
  registeredAt: Scalars['String']['output'];
  /** Set while the cadre is in the reserve pool. */
  reserve?: Maybe<ReserveStatus>;
  resume: Array<ResumeEntry>;
  rewardsAndPenalties?: Maybe<Scalars['String']['output']>;
  speciality?: Maybe<Scalars['String']['output']>;
  trainings: Array<CadreTrainingRecord>;
  /** The village of the cadre's posts or reserve place. */
  village?: Maybe<Village>;
  /** The village or community of the cadre's posts, once appointed. */
  villageId?: Maybe<Scalars['ID']['output']>;
  workStartDate?: Maybe<Scalars['String']['output']>;
};

/** A page of cadres (Relay connection). Ask for the next page with `after: pageInfo.endCursor`. */
export type CadreConnection = {
  __typename?: 'CadreConnection';
  edges: Array<CadreEdge>;
  pageInfo: PageInfo;
  /** How many cadres match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type CadreEdge = {
  __typename?: 'CadreEdge';
  cursor: Scalars['String']['output'];
  node: Cadre;
};

/**
 * What `registerCadre` and `appointCadre` answer: every field of a CommandPayload, and the cadre as the roster
 * now shows them.
 */
export type CadrePayload = {
  __typename?: 'CadrePayload';
  /** The cadre's file as it now stands, or null when the roster does not show them. */
  cadre?: Maybe<Cadre>;
  /** The client's command id, as sent. */
  commandId: Scalars['ID']['output'];
  /** Ids the gateway derived from the command id because the input left them out, e.g. a new cadre's `cadreId`. */
  derivedIds: Array<DerivedId>;
  /** True when this command id had been handled before: nothing new was written, and the answer is the first one's. */
  duplicate: Scalars['Boolean']['output'];
  /** The streams the command decided on, the one it is about first (the cadre, then the village of an appointment). */
  ids: Array<StreamRef>;
  /** Global position of the last event written (or, for a duplicate, of the streams as they stand), a decimal string. */
  position: Scalars['String']['output'];
};

/**
 * 更正内容 The fields of a file that a correction changes: each field means what it means on CadreProfileInput
 * and obeys the same rules; name at least one (else NOTHING_TO_CHANGE) and at least one must differ from the
 * file (else PROFILE_UNCHANGED). A field left out keeps its value; a field cannot be emptied.
 */
export type CadreProfileChangesInput = {
  /** 出生日期 Birth date, yyyy-mm-dd; must agree with the ID number. */
  birthDate?: InputMaybe<Scalars['String']['input']>;
  /** 出生地 Birthplace. */
  birthplace?: InputMaybe<Scalars['String']['input']>;
  /** 最高学历 Highest education level. */
  educationLevel?: InputMaybe<EducationLevel>;
  /** 民族 Ethnicity. */
  ethnicity?: InputMaybe<Scalars['String']['input']>;
  /** 家庭主要成员 Family members, replaced as a whole. */
  familyMembers?: InputMaybe<Array<FamilyMemberInput>>;
  /** 转正时间 Full membership date, yyyy-mm-dd. */
  fullMembershipDate?: InputMaybe<Scalars['String']['input']>;
  /** 全日制教育 Full-time education, replaced as a whole. */
  fullTimeEducation?: InputMaybe<EducationRecordInput>;
  /** 性别 Gender; must agree with the ID number. */
  gender?: InputMaybe<Gender>;
  /** 健康状况 Health. */
  health?: InputMaybe<Scalars['String']['input']>;
  /** 身份证号 Resident ID number (GB 11643). */
  idNumber?: InputMaybe<Scalars['String']['input']>;
  /** 姓名 Name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 籍贯 Native place. */
  nativePlace?: InputMaybe<Scalars['String']['input']>;
  /** 备注 Notes. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** 在职教育 On-the-job education, replaced as a whole. */
  onTheJobEducation?: InputMaybe<EducationRecordInput>;
  /** 入党时间 Party-join date, yyyy-mm-dd. */
  partyJoinDate?: InputMaybe<Scalars['String']['input']>;
  /** 手机号码 Mainland mobile number. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** 照片 Photo address. */
  photoUrl?: InputMaybe<Scalars['String']['input']>;
  /** 政治面貌 Political status. */
  politicalStatus?: InputMaybe<PoliticalStatus>;
  /** 预备党员时间 Probationary membership date, yyyy-mm-dd. */
  probationaryMembershipDate?: InputMaybe<Scalars['String']['input']>;
  /** 专业技术职务 Professional title. */
  professionalTitle?: InputMaybe<Scalars['String']['input']>;
  /** 简历 The résumé, replaced as a whole. */
  resume?: InputMaybe<Array<ResumeEntryInput>>;
  /** 奖惩情况 Rewards and penalties. */
  rewardsAndPenalties?: InputMaybe<Scalars['String']['input']>;
  /** 熟悉专业有何专长 Speciality. */
  speciality?: InputMaybe<Scalars['String']['input']>;
  /** 参加工作时间 Work-start date, yyyy-mm-dd. */
  workStartDate?: InputMaybe<Scalars['String']['input']>;
};

/**
 * 一人一档 A cadre's personal file, field by field as on the cadre appointment form. Besides the rules of each
 * field, the whole file is checked: gender and birth date must agree with the ID number
 * (ID_NUMBER_GENDER_MISMATCH, ID_NUMBER_BIRTH_DATE_MISMATCH), no date lies in the future (DATE_IN_FUTURE),
 * party and work dates are not before the birth date (DATE_OUT_OF_ORDER).
 */
export type CadreProfileInput = {
  /** 出生日期 Birth date, yyyy-mm-dd; must agree with the ID number. */
  birthDate: Scalars['String']['input'];
  /** 出生地 Birthplace, at most 100 characters. */
  birthplace?: InputMaybe<Scalars['String']['input']>;
  /** 最高学历 The highest education level reached, full-time or on the job; the statistics count this one. */
  educationLevel: EducationLevel;
  /** 民族 Ethnicity, e.g. 汉族 (the default), at most 20 characters. */
  ethnicity?: InputMaybe<Scalars['String']['input']>;
  /** 家庭主要成员 Family members, at most 30. */
  familyMembers?: InputMaybe<Array<FamilyMemberInput>>;
  /** 转正时间 Full membership date, yyyy-mm-dd, not before the probationary one. */
  fullMembershipDate?: InputMaybe<Scalars['String']['input']>;
  /** 全日制教育 Full-time education. */
  fullTimeEducation?: InputMaybe<EducationRecordInput>;
  /** 性别 Gender; must agree with the ID number. */
  gender: Gender;
  /** 健康状况 Health, at most 50 characters. Sensitive personal information. */
  health?: InputMaybe<Scalars['String']['input']>;
  /** 身份证号 Resident ID number: 18 characters, 17 digits then a digit or X (else ID_NUMBER_FORMAT), with a valid GB 11643 check digit (else ID_NUMBER_CHECK_DIGIT). Personal information. */
  idNumber: Scalars['String']['input'];
  /** 姓名 Name, at most 50 characters. */
  name: Scalars['String']['input'];
  /** 籍贯 Native place, at most 100 characters. */
  nativePlace?: InputMaybe<Scalars['String']['input']>;
  /** 备注 Notes, at most 2000 characters. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** 在职教育 On-the-job education. */
  onTheJobEducation?: InputMaybe<EducationRecordInput>;
  /** 入党时间 Party-join date, yyyy-mm-dd. */
  partyJoinDate?: InputMaybe<Scalars['String']['input']>;
  /** 手机号码 Mainland mobile number, 11 digits starting 13-19 (else PHONE_FORMAT). Personal information. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** 照片 Photo address: an http(s) URL or a path starting with / (else PHOTO_URL_FORMAT), at most 500 characters. */
  photoUrl?: InputMaybe<Scalars['String']['input']>;
  /** 政治面貌 Political status; defaults to CPC_MEMBER. */
  politicalStatus?: InputMaybe<PoliticalStatus>;
  /** 预备党员时间 Probationary membership date, yyyy-mm-dd. */
  probationaryMembershipDate?: InputMaybe<Scalars['String']['input']>;
  /** 专业技术职务 Professional title, at most 50 characters. */
  professionalTitle?: InputMaybe<Scalars['String']['input']>;
  /** 简历 Résumé lines, at most 100. */
  resume?: InputMaybe<Array<ResumeEntryInput>>;
  /** 奖惩情况 Rewards and penalties, at most 2000 characters. */
  rewardsAndPenalties?: InputMaybe<Scalars['String']['input']>;
  /** 熟悉专业有何专长 Speciality, at most 200 characters. */
  speciality?: InputMaybe<Scalars['String']['input']>;
  /** 参加工作时间 Work-start date, yyyy-mm-dd. */
  workStartDate?: InputMaybe<Scalars['String']['input']>;
};

/** A cadre's role in a roster filter: holding a seat now, party secretary now, or in the reserve pool. */
export type CadreRole =
  | 'COMMITTEE_MEMBER'
  | 'PARTY_SECRETARY'
  | 'RESERVE';

/** A cadre as the ledger stood at a moment, folded from the cadre's own events with the domain's rules. */
export type CadreSnapshot = {
  __typename?: 'CadreSnapshot';
  asOf: Scalars['String']['output'];
  basis: TimeBasis;
  /** 一人一档 as it stood then, built as `Query.cadre` builds today's (same masking and read log); null before registration. */
  cadre?: Maybe<Cadre>;
  educationLevel?: Maybe<EducationLevel>;
  /** How many of the cadre's events the snapshot folds. */
  eventCount: Scalars['Int']['output'];
  name?: Maybe<Scalars['String']['output']>;
  politicalStatus?: Maybe<PoliticalStatus>;
  /** Posts held at that moment. */
  posts: Array<Post>;
  registered: Scalars['Boolean']['output'];
  /** The whole folded state as JSON text, for auditors. */
  state: Scalars['String']['output'];
};

export type CadreSort =
  | 'BIRTH_DATE'
  | 'NAME'
  | 'REGISTERED';

/** A training the cadre attended: a session (trainingId set) or an individual course. */
export type CadreTrainingRecord = {
  __typename?: 'CadreTrainingRecord';
  kind: TrainingKind;
  topic: Scalars['String']['output'];
  trainedOn: Scalars['String']['output'];
  trainingId?: Maybe<Scalars['ID']['output']>;
};

/** Input of `changeReserveTier`. */
export type ChangeReserveTierInput = {
  /** 干部 The reserve cadre (UUID). */
  cadreId: Scalars['ID']['input'];
  /** 调整日期 yyyy-mm-dd, not in the future and not before the enlistment. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  changedOn?: InputMaybe<Scalars['String']['input']>;
  /** 调整原因 Why, at most 500 characters; kept in the event itself. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** 梯队 The new tier, 1 to 3, other than the current one (else TIER_UNCHANGED). */
  tier: Scalars['Int']['input'];
};

/** Input of `changeTownshipSettings`. The settings are replaced as a whole. */
export type ChangeTownshipSettingsInput = {
  /** 约谈阈值 The admonishment threshold, above 0 and at most 1; left out, it goes back to 0.3. */
  admonishmentThreshold?: InputMaybe<Scalars['Float']['input']>;
  /** 调整日期 When the change took effect (yyyy-mm-dd), not after today. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  changedOn?: InputMaybe<Scalars['String']['input']>;
  /** 联审部门 The reviewing departments from now on: at least one, no code twice (else DUPLICATE_ENTRY). */
  reviewingDepartments: Array<ReviewingDepartmentInput>;
  /** The township (UUID). */
  townshipId: Scalars['ID']['input'];
};

/** What a command mutation answers once the read models reflect what it wrote. */
export type CommandPayload = {
  __typename?: 'CommandPayload';
  /** The client's command id, as sent. */
  commandId: Scalars['ID']['output'];
  /** Ids the gateway derived from the command id because the input left them out, e.g. a new cadre's `cadreId`. */
  derivedIds: Array<DerivedId>;
  /** True when this command id had been handled before: nothing new was written, and the answer is the first one's. */
  duplicate: Scalars['Boolean']['output'];
  /** The streams the command decided on, the one it is about first (e.g. the cadre of an appointment, then the village). */
  ids: Array<StreamRef>;
  /** Global position of the last event written (or, for a duplicate, of the streams as they stand), a decimal string. */
  position: Scalars['String']['output'];
};

/** "两委" The village party committee (村党组织) or the villagers'/residents' committee (村（居）民委员会). */
export type Committee =
  | 'PARTY_COMMITTEE'
  | 'RESIDENTS_COMMITTEE';

/** 班子运行情况分析研判 / 届中分析 A committee review of a village, with the early warnings it raised. */
export type CommitteeReviewRecord = {
  __typename?: 'CommitteeReviewRecord';
  findings: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  openWarningCount: Scalars['Int']['output'];
  period: Scalars['String']['output'];
  reviewedOn: Scalars['String']['output'];
  villageId: Scalars['ID']['output'];
  villageName: Scalars['String']['output'];
  warningCount: Scalars['Int']['output'];
};

export type CommitteeReviewRecordConnection = {
  __typename?: 'CommitteeReviewRecordConnection';
  edges: Array<CommitteeReviewRecordEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CommitteeReviewRecordEdge = {
  __typename?: 'CommitteeReviewRecordEdge';
  cursor: Scalars['String']['output'];
  node: CommitteeReviewRecord;
};

export type CommitteeReviewSort =
  | 'REVIEWED_ON'
  | 'VILLAGE';

/** Input of `completeEducation`. Programme, school and level are those of the enrolment. */
export type CompleteEducationInput = {
  /** 干部 The cadre (UUID). */
  cadreId: Scalars['ID']['input'];
  /** 毕业日期 yyyy-mm-dd, not in the future and not before the enrolment. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  completedOn?: InputMaybe<Scalars['String']['input']>;
  /** 学位 The degree obtained, at most 50 characters. */
  degree?: InputMaybe<Scalars['String']['input']>;
};

/** Input of `concludeQualificationReview`. The outcome follows from the verdicts. */
export type ConcludeQualificationReviewInput = {
  /** 干部 The cadre reviewed (UUID). */
  cadreId: Scalars['ID']['input'];
  /** 办结日期 yyyy-mm-dd, not in the future and not before any verdict. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  concludedOn?: InputMaybe<Scalars['String']['input']>;
  /** The review (UUID). */
  reviewId: Scalars['ID']['input'];
};

/** Input of `correctCadreProfile`. */
export type CorrectCadreProfileInput = {
  /** 干部 The cadre (UUID). */
  cadreId: Scalars['ID']['input'];
  /** 更正内容 The fields that change. */
  changes: CadreProfileChangesInput;
  /** 更正日期 When the correction was made (yyyy-mm-dd), not after today. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  correctedOn?: InputMaybe<Scalars['String']['input']>;
  /** 更正原因 Why, e.g. 档案核对, at most 500 characters; kept in the event itself. */
  reason: Scalars['String']['input'];
};

/** A department's verdict in a joint review (部门联审). */
export type DepartmentVerdict = {
  __typename?: 'DepartmentVerdict';
  decidedOn: Scalars['String']['output'];
  department: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  verdict: ReviewVerdict;
};

/**
 * An id the input left out and the gateway filled in: deterministically from the command id, so a retry
 * with the same command id gets the same id.
 */
export type DerivedId = {
  __typename?: 'DerivedId';
  /** The input field it fills, as a dotted path, e.g. `reviewId` or `earlyWarnings.0.issueId`. */
  field: Scalars['String']['output'];
  /** The UUID filled in. */
  id: Scalars['ID']['output'];
};

/** Input of `dispatchServiceRequest`. */
export type DispatchServiceRequestInput = {
  /** 接单党员 The party member (a cadre id) it goes to; CPC member or probationary member. */
  cadreId: Scalars['ID']['input'];
  /** 派单日期 yyyy-mm-dd, not in the future and not before it was raised. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  dispatchedOn?: InputMaybe<Scalars['String']['input']>;
  /** The request (UUID). */
  requestId: Scalars['ID']['input'];
};

/** 苗头性、倾向性问题 An early warning: flagged by a committee review, or an admonishment due after a democratic appraisal. */
export type EarlyWarning = {
  __typename?: 'EarlyWarning';
  cadreId?: Maybe<Scalars['ID']['output']>;
  correctiveAction?: Maybe<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  issueId: Scalars['ID']['output'];
  raisedOn: Scalars['String']['output'];
  /** null while open. */
  resolvedOn?: Maybe<Scalars['String']['output']>;
  /** COMMITTEE_REVIEW or ADMONISHMENT_DUE. */
  source: Scalars['String']['output'];
  villageId?: Maybe<Scalars['ID']['output']>;
};

export type EarlyWarningConnection = {
  __typename?: 'EarlyWarningConnection';
  edges: Array<EarlyWarningEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EarlyWarningEdge = {
  __typename?: 'EarlyWarningEdge';
  cursor: Scalars['String']['output'];
  node: EarlyWarning;
};

/** 苗头性、倾向性问题 An early-warning issue flagged by a committee review; it stays open until resolved. */
export type EarlyWarningInput = {
  /** 问题描述 What was found, at most 500 characters. */
  description: Scalars['String']['input'];
  /** The issue's id (UUID), to resolve it later. Leave it out to have one derived from the command id and the issue's place in the list. */
  issueId?: InputMaybe<Scalars['ID']['input']>;
};

export type EarlyWarningSource =
  | 'ADMONISHMENT_DUE'
  | 'COMMITTEE_REVIEW';

/** 学历 Education level, from lowest to highest. SENIOR_HIGH includes 中专; JUNIOR_COLLEGE is 大专; BACHELOR is 本科. */
export type EducationLevel =
  | 'BACHELOR'
  | 'JUNIOR_COLLEGE'
  | 'JUNIOR_HIGH'
  | 'POSTGRADUATE'
  | 'SENIOR_HIGH';

export type EducationLevelCount = {
  __typename?: 'EducationLevelCount';
  count: Scalars['Int']['output'];
  level: EducationLevel;
};

/** 学历提升 An education programme the cadre enrolled in. */
export type EducationProgramme = {
  __typename?: 'EducationProgramme';
  completedOn?: Maybe<Scalars['String']['output']>;
  degree?: Maybe<Scalars['String']['output']>;
  enrolledOn?: Maybe<Scalars['String']['output']>;
  level: EducationLevel;
  programme: Scalars['String']['output'];
  school: Scalars['String']['output'];
};

/** 学历记录 An education record: full-time (全日制) or on-the-job (在职). */
export type EducationRecord = {
  __typename?: 'EducationRecord';
  degree?: Maybe<Scalars['String']['output']>;
  level: EducationLevel;
  major?: Maybe<Scalars['String']['output']>;
  school?: Maybe<Scalars['String']['output']>;
};

/** 全日制/在职教育 One education on the appointment form (干部任免审批表): full-time or on-the-job. */
export type EducationRecordInput = {
  /** 学位 The degree, e.g. 学士, at most 50 characters. */
  degree?: InputMaybe<Scalars['String']['input']>;
  /** 学历 The level of this education; the file's highest level may not be below it (else HIGHEST_EDUCATION_TOO_LOW). */
  level: EducationLevel;
  /** 专业 The major, at most 100 characters. */
  major?: InputMaybe<Scalars['String']['input']>;
  /** 毕业院校 The school, at most 100 characters. */
  school?: InputMaybe<Scalars['String']['input']>;
};

/** 学历结构 Education structure. Shares are fractions (0.108 is 10.8%). */
export type EducationStructure = {
  __typename?: 'EducationStructure';
  bachelorOrAbove: Scalars['Int']['output'];
  bachelorOrAboveShare: Scalars['Float']['output'];
  byLevel: Array<EducationLevelCount>;
  juniorCollegeOrAbove: Scalars['Int']['output'];
  juniorCollegeOrAboveShare: Scalars['Float']['output'];
  total: Scalars['Int']['output'];
};

/** Input of `enlistReserveCadre`. */
export type EnlistReserveCadreInput = {
  /** 干部 The registered person (UUID). */
  cadreId: Scalars['ID']['input'];
  /** 纳入日期 Enlistment date, yyyy-mm-dd, not in the future. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  enlistedOn?: InputMaybe<Scalars['String']['input']>;
  /** 来源 Where they were recruited from. */
  source: ReserveSource;
  /** 梯队 Reserve tier, 1 (readiest) to 3. */
  tier: Scalars['Int']['input'];
  /** 村（社区） The village whose reserve pool they join (UUID). */
  villageId: Scalars['ID']['input'];
};

/** Input of `enrollEducation`. */
export type EnrollEducationInput = {
  /** 干部 The cadre (UUID). */
  cadreId: Scalars['ID']['input'];
  /** 入学日期 yyyy-mm-dd, not in the future. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  enrolledOn?: InputMaybe<Scalars['String']['input']>;
  /** 学历 The level studied for. */
  level: EducationLevel;
  /** 项目 The programme, e.g. 学历提升计划, at most 100 characters. */
  programme: Scalars['String']['input'];
  /** 院校 The school, e.g. 安徽农业大学, at most 100 characters. */
  school: Scalars['String']['input'];
};

/** Input of `erasePersonalData`. */
export type ErasePersonalDataInput = {
  /** 干部 The cadre (UUID). */
  cadreId: Scalars['ID']['input'];
  /** 删除日期 When the erasure was decided (yyyy-mm-dd), not after today. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  erasedOn?: InputMaybe<Scalars['String']['input']>;
};

export type EthnicityStructure = {
  __typename?: 'EthnicityStructure';
  han: Scalars['Int']['output'];
  minority: Scalars['Int']['output'];
};

/** Input of `evaluatePledge`. */
export type EvaluatePledgeInput = {
  /** 干部 The cadre (UUID). */
  cadreId: Scalars['ID']['input'];
  /** 评议日期 yyyy-mm-dd, not in the future and not before the pledge. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  evaluatedOn?: InputMaybe<Scalars['String']['input']>;
  /** 组织评诺 The organization's rating. */
  organizationRating: EvaluationGrade;
  /** 群众评诺 The residents' rating. */
  residentsRating: EvaluationGrade;
  /** 年度 The pledge's year. */
  year: Scalars['Int']['input'];
};

/**
 * 评价等次 The fixed scale of pledge evaluations and annual assessments: 优秀 excellent, 称职 competent,
 * 基本称职 basically competent, 不称职 incompetent.
 */
export type EvaluationGrade =
  | 'BASICALLY_COMPETENT'
  | 'COMPETENT'
  | 'EXCELLENT'
  | 'INCOMPETENT';

export type EventLogFilter = {
  actor?: InputMaybe<Scalars['String']['input']>;
  /** ISO 8601: recorded at or after. */
  recordedFrom?: InputMaybe<Scalars['String']['input']>;
  /** ISO 8601: recorded at or before. */
  recordedTo?: InputMaybe<Scalars['String']['input']>;
  streamId?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<Scalars['String']['input']>;
};

/** 家庭成员 A family member. Personal data: shown to ADMIN and AUDITOR only. */
export type FamilyMember = {
  __typename?: 'FamilyMember';
  birthDate?: Maybe<Scalars['String']['output']>;
  employerAndPost?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  politicalStatus?: Maybe<PoliticalStatus>;
  relation: Scalars['String']['output'];
};

/** 家庭主要成员 A family member, as on the appointment form. Personal information under PIPL. */
export type FamilyMemberInput = {
  /** 出生日期 Birth date, yyyy-mm-dd, not in the future. */
  birthDate?: InputMaybe<Scalars['String']['input']>;
  /** 工作单位及职务 Employer and post, at most 200 characters. */
  employerAndPost?: InputMaybe<Scalars['String']['input']>;
  /** 姓名 Name, at most 50 characters. */
  name: Scalars['String']['input'];
  /** 政治面貌 Political status. */
  politicalStatus?: InputMaybe<PoliticalStatus>;
  /** 称谓 Relation, e.g. 妻子, at most 20 characters. */
  relation: Scalars['String']['input'];
};

/** 性别 Gender. Must agree with the ID number (its 17th digit is odd for men, even for women). */
export type Gender =
  | 'FEMALE'
  | 'MALE';

export type GenderStructure = {
  __typename?: 'GenderStructure';
  female: Scalars['Int']['output'];
  femaleShare: Scalars['Float']['output'];
  male: Scalars['Int']['output'];
};

/** Input of `grantBenefit`. */
export type GrantBenefitInput = {
  /** 金额 Amount in yuan (元), 0 or more. */
  amount: Scalars['Float']['input'];
  /** 干部 The cadre, in office (UUID). */
  cadreId: Scalars['ID']['input'];
  /** 发放日期 When the benefit was granted (yyyy-mm-dd), not after today. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  grantedOn?: InputMaybe<Scalars['String']['input']>;
  /** 保障类型 Kind of benefit. */
  kind: BenefitKind;
  /** 年度 The year, not after the current one. */
  year: Scalars['Int']['input'];
};

/** 荣誉 An honor and its level. */
export type Honor = {
  __typename?: 'Honor';
  awardedOn: Scalars['String']['output'];
  awardingBody: Scalars['String']['output'];
  cadreId: Scalars['ID']['output'];
  level: HonorLevel;
  title: Scalars['String']['output'];
};

/** Input of `honorCadre`. */
export type HonorCadreInput = {
  /** 授予日期 yyyy-mm-dd, not in the future. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  awardedOn?: InputMaybe<Scalars['String']['input']>;
  /** 授予单位 Awarding body, at most 100 characters. */
  awardingBody: Scalars['String']['input'];
  /** 干部 The cadre (UUID). */
  cadreId: Scalars['ID']['input'];
  /** 荣誉级别 Level of the awarding body. */
  level: HonorLevel;
  /** 荣誉称号 Title, e.g. 优秀党务工作者, at most 100 characters. */
  title: Scalars['String']['input'];
};

export type HonorConnection = {
  __typename?: 'HonorConnection';
  edges: Array<HonorEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type HonorEdge = {
  __typename?: 'HonorEdge';
  cursor: Scalars['String']['output'];
  node: Honor;
};

/** 荣誉级别 The level of the awarding body, lowest first: 镇 township, 区 district, 市 city, 省 province, 国家 national. */
export type HonorLevel =
  | 'CITY'
  | 'DISTRICT'
  | 'NATIONAL'
  | 'PROVINCE'
  | 'TOWNSHIP';

/** 荣誉 An honor with the cadre's name and village. */
export type HonorRecord = {
  __typename?: 'HonorRecord';
  awardedOn: Scalars['String']['output'];
  awardingBody: Scalars['String']['output'];
  cadreId: Scalars['ID']['output'];
  cadreName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  level: HonorLevel;
  title: Scalars['String']['output'];
  villageId?: Maybe<Scalars['ID']['output']>;
  villageName?: Maybe<Scalars['String']['output']>;
};

export type HonorRecordConnection = {
  __typename?: 'HonorRecordConnection';
  edges: Array<HonorRecordEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type HonorRecordEdge = {
  __typename?: 'HonorRecordEdge';
  cursor: Scalars['String']['output'];
  node: HonorRecord;
};

export type HonorSort =
  | 'AWARDED_ON'
  | 'CADRE_NAME'
  | 'LEVEL';

/**
 * 完整性校验 What the history proves: every stream's hash chain intact (nothing edited or removed) and every
 * rule of the ledger that spans streams held.
 */
export type IntegrityReport = {
  __typename?: 'IntegrityReport';
  checkedAt: Scalars['String']['output'];
  events: Scalars['Int']['output'];
  /** The first broken link, when there is one. */
  firstBroken?: Maybe<BrokenLink>;
  /** True when every chain is intact and no ledger rule is broken. */
  ok: Scalars['Boolean']['output'];
  /** Every place the history breaks a rule of the ledger (none when all held), in the order of the history. */
  ruleViolations: Array<LedgerRuleViolation>;
  streams: Scalars['Int']['output'];
};

/** 谈心谈话 / 实地走访 / 民主测评 / 约谈 A talk with the cadre. */
export type Interview = {
  __typename?: 'Interview';
  findings: Scalars['String']['output'];
  heldOn: Scalars['String']['output'];
  interviewer: Scalars['String']['output'];
  kind: InterviewKind;
  /** Only for a democratic appraisal. */
  votes?: Maybe<AppraisalVotes>;
};

/**
 * 谈话类型 谈心谈话 heart-to-heart talk, 实地走访 field visit, 民主测评 democratic appraisal (with ballots),
 * 约谈 admonishment (a formal warning talk with a lax cadre).
 */
export type InterviewKind =
  | 'ADMONISHMENT'
  | 'DEMOCRATIC_APPRAISAL'
  | 'FIELD_VISIT'
  | 'HEART_TO_HEART';

export type KeyCount = {
  __typename?: 'KeyCount';
  count: Scalars['Int']['output'];
  key: Scalars['String']['output'];
};

/** Input of `leavePost`. */
export type LeavePostInput = {
  /** 干部 The cadre (UUID). */
  cadreId: Scalars['ID']['input'];
  /** 班子 The committee of the seat. */
  committee: Committee;
  /** 离任日期 yyyy-mm-dd, not in the future and not before the appointment. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  leftOn?: InputMaybe<Scalars['String']['input']>;
  /** 职务 The position held, one of its committee's (else POSITION_NOT_ON_COMMITTEE). */
  position: Position;
  /** 离任原因 Why they left. */
  reason: LeavingReason;
  /** 村（社区） The village of the seat (UUID). */
  villageId: Scalars['ID']['input'];
};

/**
 * 离任原因 Why a cadre left a seat: resigned (辞职), term ended (任期届满), removed (罢免/免职), transferred
 * (调任), deceased (去世).
 */
export type LeavingReason =
  | 'DECEASED'
  | 'REMOVED'
  | 'RESIGNED'
  | 'TERM_ENDED'
  | 'TRANSFERRED';

/** One event of the history, with who did it, when and why. Auditors read these. */
export type LedgerEvent = {
  __typename?: 'LedgerEvent';
  /** Who caused it: `user:<id>`, `api-key:<id>` or `system:…`. */
  actor: Scalars['String']['output'];
  /** The event's data as JSON text, in clear (only administrators and auditors may read events); each read of personal data in it is logged. */
  data: Scalars['String']['output'];
  /** SHA-256 of this event chained to the previous one of its stream. */
  hash: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Business time (ISO 8601). */
  occurredAt: Scalars['String']['output'];
  /** Global position in the store, a decimal string. */
  position: Scalars['String']['output'];
  previousHash: Scalars['String']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  /** When the store recorded it (ISO 8601). */
  recordedAt: Scalars['String']['output'];
  revision: Scalars['Int']['output'];
  schemaVersion: Scalars['Int']['output'];
  streamId: Scalars['String']['output'];
  type: Scalars['String']['output'];
};

export type LedgerEventConnection = {
  __typename?: 'LedgerEventConnection';
  edges: Array<LedgerEventEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type LedgerEventEdge = {
  __typename?: 'LedgerEventEdge';
  cursor: Scalars['String']['output'];
  node: LedgerEvent;
};

/** A rule of the ledger broken in the history, as a torn command, a bug or a hand in the data file would leave it. */
export type LedgerRuleViolation = {
  __typename?: 'LedgerRuleViolation';
  /** What is broken, in the caller's language. */
  message: Scalars['String']['output'];
  /** That event's global position, a decimal string. */
  position: Scalars['String']['output'];
  /** ONE_HOLDER_PER_SEAT, SEAT_EVENT_WITHOUT_CADRE_EVENT, CADRE_EVENT_WITHOUT_SEAT_EVENT, APPOINTMENT_WITHOUT_APPROVED_REVIEW or ID_NUMBER_IN_TWO_FILES. */
  rule: Scalars['String']['output'];
  /** The stream of the event that broke it. */
  streamId: Scalars['String']['output'];
};

/** Input of `makePledge`. */
export type MakePledgeInput = {
  /** 干部 The cadre (UUID). */
  cadreId: Scalars['ID']['input'];
  /** 承诺事项 The items pledged, 1 to 50, each at most 200 characters. */
  items: Array<Scalars['String']['input']>;
  /** 承诺日期 yyyy-mm-dd, not in the future. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  madeOn?: InputMaybe<Scalars['String']['input']>;
  /** 年度 The year pledged for, not after the current one (else YEAR_IN_FUTURE). */
  year: Scalars['Int']['input'];
};

/** 1+1+N 导师帮带: one township leader in charge of the village, one party secretary, N committee members. */
export type Mentors = {
  __typename?: 'Mentors';
  assignedOn: Scalars['String']['output'];
  memberCadreIds: Array<Scalars['ID']['output']>;
  secretaryCadreId: Scalars['ID']['output'];
  townshipLeader: Scalars['String']['output'];
};

/**
 * Writes: one mutation per domain command, named after it (RegisterTownship → `registerTownship`), declared
 * next to its input type in the `commands-*.graphql` files. Every mutation takes the same three arguments:
 *
 * - `commandId: ID!`, a UUID the client makes once per intended action (its idempotency key): sending the
 *   same command again, e.g. after a timeout, writes nothing twice and answers as the first time, with
 *   `duplicate: true`. Ids the input leaves out are derived from it, so a retry gets the same ones.
 * - `reason: String`, why a human did this (e.g. 「档案核对更正」 for a correction); kept in the metadata of
 *   every event the command writes, for the auditors.
 * - `input`, the command's fields.
 *
 * A broken rule answers an error with `extensions.code` (BAD_USER_INPUT, NOT_FOUND or CONFLICT),
 * `extensions.rule` (a stable rule code such as SEAT_TAKEN), `extensions.field` (the input field at fault,
 * as a dotted path such as `profile.idNumber`, when there is one) and a message in the language of
 * `Accept-Language` (zh-CN by default); nothing is written then. A mutation answers after the read models
 * reflect what it wrote.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * 党员接单 The party member it was dispatched to takes it on. Rejected with REQUEST_NOT_FOUND,
   * REQUEST_OUT_OF_ORDER, DATE_IN_FUTURE, DATE_OUT_OF_ORDER.
   */
  acceptServiceRequest: CommandPayload;
  /**
   * 任职 Appoint a cadre to a committee seat (凡动必报), on the strength of their latest concluded review.
   * Rejected with QUALIFICATION_REVIEW_REQUIRED (none concluded), QUALIFICATION_REVIEW_REJECTED,
   * QUALIFICATION_REVIEW_FOR_OTHER_VILLAGE, POSTS_IN_ONE_VILLAGE, ALREADY_HOLDS_POST, SEAT_TAKEN (the party
   * secretary and the chair are one person each), POSITION_NOT_ON_COMMITTEE, DATE_IN_FUTURE, DATE_OUT_OF_ORDER.
   * Answers the cadre as the roster now shows them.
   */
  appointCadre: CadrePayload;
  /**
   * 1+1+N 导师帮带 Assign a reserve cadre's mentors: a township leader, the village's party secretary and N
   * committee members. Rejected with NOT_A_RESERVE_CADRE, MENTOR_NOT_SECRETARY, MENTOR_IS_MENTEE,
   * CADRE_NOT_FOUND (a cadre or mentor not registered; field e.g. `memberCadreIds.1`), DATE_IN_FUTURE,
   * DATE_OUT_OF_ORDER.
   */
  assignMentors: CommandPayload;
  /**
   * 梯队调整 Move a reserve cadre to another tier (动态储备). Rejected with NOT_A_RESERVE_CADRE, TIER_UNCHANGED,
   * DATE_IN_FUTURE, DATE_OUT_OF_ORDER (before the enlistment).
   */
  changeReserveTier: CommandPayload;
  /**
   * 修改镇设置 Replace a township's settings: its reviewing departments and its admonishment threshold. Reviews
   * already open keep the departments they started with. Rejected with TOWNSHIP_NOT_FOUND for an unknown township.
   */
  changeTownshipSettings: CommandPayload;
  /**
   * 毕业 Record graduation from the programme studied; the file's highest education rises when it is higher.
   * Rejected with NOT_ENROLLED, DATE_IN_FUTURE, DATE_OUT_OF_ORDER (before the enrolment).
   */
  completeEducation: CommandPayload;
  /**
   * 办结资格联审 Conclude a review once every department has given its verdict: APPROVED when all approved,
   * REJECTED when one rejected. Rejected with REVIEW_NOT_FOUND, REVIEW_ALREADY_CONCLUDED, VERDICTS_MISSING,
   * DATE_IN_FUTURE, DATE_OUT_OF_ORDER (before a verdict).
   */
  concludeQualificationReview: CommandPayload;
  /**
   * 更正档案 Correct fields of a cadre's file: nothing is edited in place, the correction is a new event with
   * its reason. Rejected with CADRE_NOT_FOUND, PROFILE_UNCHANGED, NOTHING_TO_CHANGE and the profile rules.
   */
  correctCadreProfile: CommandPayload;
  /** 停用账号 (ADMIN) Disable an account: it can no longer sign in, and its sessions and subscriptions end at once. */
  disableUser: UserAccount;
  /**
   * 组织派单 Dispatch a raised request to a party member. Rejected with REQUEST_NOT_FOUND, REQUEST_OUT_OF_ORDER,
   * CADRE_NOT_FOUND, NOT_A_PARTY_MEMBER, DATE_IN_FUTURE, DATE_OUT_OF_ORDER.
   */
  dispatchServiceRequest: CommandPayload;
  /**
   * 纳入后备干部 Enlist a registered person in a village's reserve pool, in a tier. Rejected with
   * CADRE_NOT_FOUND, VILLAGE_NOT_FOUND, ALREADY_RESERVE_CADRE, DATE_IN_FUTURE.
   */
  enlistReserveCadre: CommandPayload;
  /** 学历提升 Enroll a cadre in a degree programme, one at a time. Rejected with ALREADY_ENROLLED, DATE_IN_FUTURE. */
  enrollEducation: CommandPayload;
  /**
   * 删除个人信息 (PIPL Art. 47) Erase a person's identifying data: their key is deleted, so name, ID number,
   * phone, family and the other identifying fields read as erased everywhere (the file, its history, time travel,
   * exports), while the events stay, every hash chain still verifies and every statistic stays the same.
   * Irreversible. Rejected with CADRE_NOT_FOUND, PERSONAL_DATA_ALREADY_ERASED.
   */
  erasePersonalData: CommandPayload;
  /**
   * 年终评诺 Residents' and the organization's ratings of a pledge, once. Rejected with PLEDGE_NOT_MADE,
   * PLEDGE_ALREADY_EVALUATED, DATE_IN_FUTURE, DATE_OUT_OF_ORDER (before the pledge).
   */
  evaluatePledge: CommandPayload;
  /**
   * 关爱保障 Grant a benefit to a cadre in office, each kind once a year. Rejected with NOT_IN_OFFICE,
   * BENEFIT_ALREADY_GRANTED, YEAR_IN_FUTURE.
   */
  grantBenefit: CommandPayload;
  /**
   * 荣誉 Record an honor a cadre received. Rejected with HONOR_ALREADY_RECORDED (same title, same date),
   * DATE_IN_FUTURE.
   */
  honorCadre: CommandPayload;
  /**
   * 离任 Record that a cadre left a seat (凡动必报); the seat becomes free. Rejected with NOT_HOLDING_POST,
   * DATE_IN_FUTURE, DATE_OUT_OF_ORDER (before the appointment).
   */
  leavePost: CommandPayload;
  /**
   * 年初承诺 A cadre's public pledge for a year (一诺双评), once a year. Rejected with PLEDGE_ALREADY_MADE,
   * YEAR_IN_FUTURE, DATE_IN_FUTURE.
   */
  makePledge: CommandPayload;
  /**
   * 发起资格联审 Open a qualification review (凡进必审) of a cadre for a seat; the township's reviewing
   * departments at this moment are asked for a verdict. Rejected with CADRE_NOT_FOUND, TOWNSHIP_NOT_FOUND,
   * VILLAGE_NOT_FOUND, VILLAGE_NOT_IN_TOWNSHIP, REVIEW_ALREADY_OPEN, REVIEW_ID_TAKEN, POSITION_NOT_ON_COMMITTEE,
   * DATE_IN_FUTURE.
   */
  openQualificationReview: CommandPayload;
  /**
   * 群众点单 Raise a resident's urgent need (急难愁盼) in a village. Rejected with REQUEST_ALREADY_RAISED,
   * VILLAGE_NOT_FOUND, DATE_IN_FUTURE.
   */
  raiseServiceRequest: CommandPayload;
  /**
   * 评价 The resident rates a resolved request, once. Rejected with REQUEST_NOT_FOUND, REQUEST_OUT_OF_ORDER,
   * DATE_IN_FUTURE, DATE_OUT_OF_ORDER.
   */
  rateServiceRequest: CommandPayload;
  /**
   * 综合考评 Record a cadre's annual assessment and performance bonus (绩效奖励), once a year. Rejected with
   * ASSESSMENT_ALREADY_RECORDED, YEAR_IN_FUTURE.
   */
  recordAnnualAssessment: CommandPayload;
  /**
   * 班子运行情况分析研判 Record a committee review (届中分析) of a village, with the early-warning issues it
   * flags. Rejected with VILLAGE_NOT_FOUND, COMMITTEE_REVIEW_ALREADY_RECORDED (once per period),
   * EARLY_WARNING_ALREADY_RECORDED (an issue id used before), DATE_IN_FUTURE.
   */
  recordCommitteeReview: CommandPayload;
  /**
   * 部门审查意见 Record one department's verdict in an open review. Rejected with REVIEW_NOT_FOUND,
   * REVIEW_ALREADY_CONCLUDED, DEPARTMENT_NOT_IN_REVIEW, VERDICT_ALREADY_RECORDED, REJECTION_NEEDS_NOTE,
   * DATE_IN_FUTURE, DATE_OUT_OF_ORDER (before the review opened).
   */
  recordDepartmentVerdict: CommandPayload;
  /**
   * 谈心谈话、实地走访、民主测评、约谈 Record a talk, visit, appraisal or admonishment. An appraisal whose
   * "incompetent" share reaches the township's threshold opens an early warning on the cadre until an
   * ADMONISHMENT is recorded. Rejected with CADRE_NOT_FOUND, TOWNSHIP_NOT_FOUND, REQUIRED /
   * VOTES_ONLY_FOR_APPRAISAL / NO_VOTES (on `votes`), DATE_IN_FUTURE.
   */
  recordInterview: CommandPayload;
  /**
   * 培训记录 Put a training on one cadre's file: a township session (by its id) or a course taken alone.
   * Rejected with CADRE_NOT_FOUND, TRAINING_ALREADY_RECORDED, DATE_IN_FUTURE.
   */
  recordTraining: CommandPayload;
  /**
   * 培训举办 Record that a scheduled session took place, once, with the cadres who attended. Rejected with
   * TRAINING_NOT_FOUND, TRAINING_ALREADY_HELD, DUPLICATE_ENTRY, CADRE_NOT_FOUND (an attendee not registered;
   * field e.g. `attendees.3`), DATE_IN_FUTURE.
   */
  recordTrainingHeld: CommandPayload;
  /**
   * 登记干部 Open a cadre's file (一人一档). Rejected with CADRE_ALREADY_REGISTERED when the id is taken, and
   * by the profile rules listed on CadreProfileInput. Answers the cadre as the roster now shows them.
   */
  registerCadre: CadrePayload;
  /**
   * 登记镇 Register a township (one deployment serves one or more). Rejected with TOWNSHIP_ALREADY_REGISTERED
   * when the id is taken.
   */
  registerTownship: CommandPayload;
  /**
   * 登记村（社区） Register a village or community of a township. Rejected with VILLAGE_ALREADY_REGISTERED when
   * the id is taken, TOWNSHIP_NOT_FOUND for an unknown township.
   */
  registerVillage: CommandPayload;
  /**
   * 年中践诺 Report progress on a pledge made and not yet evaluated. Rejected with PLEDGE_NOT_MADE,
   * PLEDGE_ALREADY_EVALUATED, DATE_IN_FUTURE, DATE_OUT_OF_ORDER.
   */
  reportPledgeProgress: CommandPayload;
  /** 重置密码 (ADMIN) Give an account a new password (at least 10 characters); its sessions and subscriptions end. */
  resetPassword: Scalars['Boolean']['output'];
  /**
   * 整改销号 Resolve an early-warning issue with the corrective action taken. Rejected with
   * EARLY_WARNING_NOT_FOUND, EARLY_WARNING_ALREADY_RESOLVED, DATE_IN_FUTURE, DATE_OUT_OF_ORDER (before the
   * review that raised it).
   */
  resolveEarlyWarning: CommandPayload;
  /**
   * 办结 Record how an accepted request was resolved. Rejected with REQUEST_NOT_FOUND, REQUEST_OUT_OF_ORDER,
   * DATE_IN_FUTURE, DATE_OUT_OF_ORDER.
   */
  resolveServiceRequest: CommandPayload;
  /**
   * 安排培训 Schedule a township training session: a customised course (定制课程) or an external study trip
   * (外出实训). Its date may lie ahead. Rejected with TRAINING_ALREADY_SCHEDULED, TOWNSHIP_NOT_FOUND.
   */
  scheduleTraining: CommandPayload;
  /** 登录 Sign in with a username and password; the same error answers an unknown user and a wrong password. */
  signIn: Session;
  /** 退出 End the caller's session on the server: its token stops working and its subscriptions close at once. */
  signOut: Scalars['Boolean']['output'];
  /**
   * 政治画像 Update a sitting party secretary's political portrait. Rejected with NOT_PARTY_SECRETARY,
   * PORTRAIT_BASIS_NOT_RECORDED, DUPLICATE_ENTRY, DATE_IN_FUTURE.
   */
  updatePoliticalPortrait: CommandPayload;
};


/**
 * Writes: one mutation per domain command, named after it (RegisterTownship → `registerTownship`), declared
 * next to its input type in the `commands-*.graphql` files. Every mutation takes the same three arguments:
 *
 * - `commandId: ID!`, a UUID the client makes once per intended action (its idempotency key): sending the
 *   same command again, e.g. after a timeout, writes nothing twice and answers as the first time, with
 *   `duplicate: true`. Ids the input leaves out are derived from it, so a retry gets the same ones.
 * - `reason: String`, why a human did this (e.g. 「档案核对更正」 for a correction); kept in the metadata of
 *   every event the command writes, for the auditors.
 * - `input`, the command's fields.
 *
 * A broken rule answers an error with `extensions.code` (BAD_USER_INPUT, NOT_FOUND or CONFLICT),
 * `extensions.rule` (a stable rule code such as SEAT_TAKEN), `extensions.field` (the input field at fault,
 * as a dotted path such as `profile.idNumber`, when there is one) and a message in the language of
 * `Accept-Language` (zh-CN by default); nothing is written then. A mutation answers after the read models
 * reflect what it wrote.
 */
export type MutationAcceptServiceRequestArgs = {
  commandId: Scalars['ID']['input'];
  input: AcceptServiceRequestInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes: one mutation per domain command, named after it (RegisterTownship → `registerTownship`), declared
 * next to its input type in the `commands-*.graphql` files. Every mutation takes the same three arguments:
 *
 * - `commandId: ID!`, a UUID the client makes once per intended action (its idempotency key): sending the
 *   same command again, e.g. after a timeout, writes nothing twice and answers as the first time, with
 *   `duplicate: true`. Ids the input leaves out are derived from it, so a retry gets the same ones.
 * - `reason: String`, why a human did this (e.g. 「档案核对更正」 for a correction); kept in the metadata of
 *   every event the command writes, for the auditors.
 * - `input`, the command's fields.
 *
 * A broken rule answers an error with `extensions.code` (BAD_USER_INPUT, NOT_FOUND or CONFLICT),
 * `extensions.rule` (a stable rule code such as SEAT_TAKEN), `extensions.field` (the input field at fault,
 * as a dotted path such as `profile.idNumber`, when there is one) and a message in the language of
 * `Accept-Language` (zh-CN by default); nothing is written then. A mutation answers after the read models
 * reflect what it wrote.
 */
export type MutationAppointCadreArgs = {
  commandId: Scalars['ID']['input'];
  input: AppointCadreInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes: one mutation per domain command, named after it (RegisterTownship → `registerTownship`), declared
 * next to its input type in the `commands-*.graphql` files. Every mutation takes the same three arguments:
 *
 * - `commandId: ID!`, a UUID the client makes once per intended action (its idempotency key): sending the
 *   same command again, e.g. after a timeout, writes nothing twice and answers as the first time, with
 *   `duplicate: true`. Ids the input leaves out are derived from it, so a retry gets the same ones.
 * - `reason: String`, why a human did this (e.g. 「档案核对更正」 for a correction); kept in the metadata of
 *   every event the command writes, for the auditors.
 * - `input`, the command's fields.
 *
 * A broken rule answers an error with `extensions.code` (BAD_USER_INPUT, NOT_FOUND or CONFLICT),
 * `extensions.rule` (a stable rule code such as SEAT_TAKEN), `extensions.field` (the input field at fault,
 * as a dotted path such as `profile.idNumber`, when there is one) and a message in the language of
 * `Accept-Language` (zh-CN by default); nothing is written then. A mutation answers after the read models
 * reflect what it wrote.
 */
export type MutationAssignMentorsArgs = {
  commandId: Scalars['ID']['input'];
  input: AssignMentorsInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes: one mutation per domain command, named after it (RegisterTownship → `registerTownship`), declared
 * next to its input type in the `commands-*.graphql` files. Every mutation takes the same three arguments:
 *
 * - `commandId: ID!`, a UUID the client makes once per intended action (its idempotency key): sending the
 *   same command again, e.g. after a timeout, writes nothing twice and answers as the first time, with
 *   `duplicate: true`. Ids the input leaves out are derived from it, so a retry gets the same ones.
 * - `reason: String`, why a human did this (e.g. 「档案核对更正」 for a correction); kept in the metadata of
 *   every event the command writes, for the auditors.
 * - `input`, the command's fields.
 *
 * A broken rule answers an error with `extensions.code` (BAD_USER_INPUT, NOT_FOUND or CONFLICT),
 * `extensions.rule` (a stable rule code such as SEAT_TAKEN), `extensions.field` (the input field at fault,
 * as a dotted path such as `profile.idNumber`, when there is one) and a message in the language of
 * `Accept-Language` (zh-CN by default); nothing is written then. A mutation answers after the read models
 * reflect what it wrote.
 */
export type MutationChangeReserveTierArgs = {
  commandId: Scalars['ID']['input'];
  input: ChangeReserveTierInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes: one mutation per domain command, named after it (RegisterTownship → `registerTownship`), declared
 * next to its input type in the `commands-*.graphql` files. Every mutation takes the same three arguments:
 *
 * - `commandId: ID!`, a UUID the client makes once per intended action (its idempotency key): sending the
 *   same command again, e.g. after a timeout, writes nothing twice and answers as the first time, with
 *   `duplicate: true`. Ids the input leaves out are derived from it, so a retry gets the same ones.
 * - `reason: String`, why a human did this (e.g. 「档案核对更正」 for a correction); kept in the metadata of
 *   every event the command writes, for the auditors.
 * - `input`, the command's fields.
 *
 * A broken rule answers an error with `extensions.code` (BAD_USER_INPUT, NOT_FOUND or CONFLICT),
 * `extensions.rule` (a stable rule code such as SEAT_TAKEN), `extensions.field` (the input field at fault,
 * as a dotted path such as `profile.idNumber`, when there is one) and a message in the language of
 * `Accept-Language` (zh-CN by default); nothing is written then. A mutation answers after the read models
 * reflect what it wrote.
 */
export type MutationChangeTownshipSettingsArgs = {
  commandId: Scalars['ID']['input'];
  input: ChangeTownshipSettingsInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes: one mutation per domain command, named after it (RegisterTownship → `registerTownship`), declared
 * next to its input type in the `commands-*.graphql` files. Every mutation takes the same three arguments:
 *
 * - `commandId: ID!`, a UUID the client makes once per intended action (its idempotency key): sending the
 *   same command again, e.g. after a timeout, writes nothing twice and answers as the first time, with
 *   `duplicate: true`. Ids the input leaves out are derived from it, so a retry gets the same ones.
 * - `reason: String`, why a human did this (e.g. 「档案核对更正」 for a correction); kept in the metadata of
 *   every event the command writes, for the auditors.
 * - `input`, the command's fields.
 *
 * A broken rule answers an error with `extensions.code` (BAD_USER_INPUT, NOT_FOUND or CONFLICT),
 * `extensions.rule` (a stable rule code such as SEAT_TAKEN), `extensions.field` (the input field at fault,
 * as a dotted path such as `profile.idNumber`, when there is one) and a message in the language of
 * `Accept-Language` (zh-CN by default); nothing is written then. A mutation answers after the read models
 * reflect what it wrote.
 */
export type MutationCompleteEducationArgs = {
  commandId: Scalars['ID']['input'];
  input: CompleteEducationInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes: one mutation per domain command, named after it (RegisterTownship → `registerTownship`), declared
 * next to its input type in the `commands-*.graphql` files. Every mutation takes the same three arguments:
 *
 * - `commandId: ID!`, a UUID the client makes once per intended action (its idempotency key): sending the
 *   same command again, e.g. after a timeout, writes nothing twice and answers as the first time, with
 *   `duplicate: true`. Ids the input leaves out are derived from it, so a retry gets the same ones.
 * - `reason: String`, why a human did this (e.g. 「档案核对更正」 for a correction); kept in the metadata of
 *   every event the command writes, for the auditors.
 * - `input`, the command's fields.
 *
 * A broken rule answers an error with `extensions.code` (BAD_USER_INPUT, NOT_FOUND or CONFLICT),
 * `extensions.rule` (a stable rule code such as SEAT_TAKEN), `extensions.field` (the input field at fault,
 * as a dotted path such as `profile.idNumber`, when there is one) and a message in the language of
 * `Accept-Language` (zh-CN by default); nothing is written then. A mutation answers after the read models
 * reflect what it wrote.
 */
export type MutationConcludeQualificationReviewArgs = {
  commandId: Scalars['ID']['input'];
  input: ConcludeQualificationReviewInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes: one mutation per domain command, named after it (RegisterTownship → `registerTownship`), declared
 * next to its input type in the `commands-*.graphql` files. Every mutation takes the same three arguments:
 *
 * - `commandId: ID!`, a UUID the client makes once per intended action (its idempotency key): sending the
 *   same command again, e.g. after a timeout, writes nothing twice and answers as the first time, with
 *   `duplicate: true`. Ids the input leaves out are derived from it, so a retry gets the same ones.
 * - `reason: String`, why a human did this (e.g. 「档案核对更正」 for a correction); kept in the metadata of
 *   every event the command writes, for the auditors.
 * - `input`, the command's fields.
 *
 * A broken rule answers an error with `extensions.code` (BAD_USER_INPUT, NOT_FOUND or CONFLICT),
 * `extensions.rule` (a stable rule code such as SEAT_TAKEN), `extensions.field` (the input field at fault,
 * as a dotted path such as `profile.idNumber`, when there is one) and a message in the language of
 * `Accept-Language` (zh-CN by default); nothing is written then. A mutation answers after the read models
 * reflect what it wrote.
 */
export type MutationCorrectCadreProfileArgs = {
  commandId: Scalars['ID']['input'];
  input: CorrectCadreProfileInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes: one mutation per domain command, named after it (RegisterTownship → `registerTownship`), declared
 * next to its input type in the `commands-*.graphql` files. Every mutation takes the same three arguments:
 *
 * - `commandId: ID!`, a UUID the client makes once per intended action (its idempotency key): sending the
 *   same command again, e.g. after a timeout, writes nothing twice and answers as the first time, with
 *   `duplicate: true`. Ids the input leaves out are derived from it, so a retry gets the same ones.
 * - `reason: String`, why a human did this (e.g. 「档案核对更正」 for a correction); kept in the metadata of
 *   every event the command writes, for the auditors.
 * - `input`, the command's fields.
 *
 * A broken rule answers an error with `extensions.code` (BAD_USER_INPUT, NOT_FOUND or CONFLICT),
 * `extensions.rule` (a stable rule code such as SEAT_TAKEN), `extensions.field` (the input field at fault,
 * as a dotted path such as `profile.idNumber`, when there is one) and a message in the language of
 * `Accept-Language` (zh-CN by default); nothing is written then. A mutation answers after the read models
 * reflect what it wrote.
 */
export type MutationDisableUserArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Writes: one mutation per domain command, named after it (RegisterTownship → `registerTownship`), declared
 * next to its input type in the `commands-*.graphql` files. Every mutation takes the same three arguments:
 *
 * - `commandId: ID!`, a UUID the client makes once per intended action (its idempotency key): sending the
 *   same command again, e.g. after a timeout, writes nothing twice and answers as the first time, with
 *   `duplicate: true`. Ids the input leaves out are derived from it, so a retry gets the same ones.
 * - `reason: String`, why a human did this (e.g. 「档案核对更正」 for a correction); kept in the metadata of
 *   every event the command writes, for the auditors.
 * - `input`, the command's fields.
 *
 * A broken rule answers an error with `extensions.code` (BAD_USER_INPUT, NOT_FOUND or CONFLICT),
 * `extensions.rule` (a stable rule code such as SEAT_TAKEN), `extensions.field` (the input field at fault,
 * as a dotted path such as `profile.idNumber`, when there is one) and a message in the language of
 * `Accept-Language` (zh-CN by default); nothing is written then. A mutation answers after the read models
 * reflect what it wrote.
 */
export type MutationDispatchServiceRequestArgs = {
  commandId: Scalars['ID']['input'];
  input: DispatchServiceRequestInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes: one mutation per domain command, named after it (RegisterTownship → `registerTownship`), declared
 * next to its input type in the `commands-*.graphql` files. Every mutation takes the same three arguments:
 *
 * - `commandId: ID!`, a UUID the client makes once per intended action (its idempotency key): sending the
 *   same command again, e.g. after a timeout, writes nothing twice and answers as the first time, with
 *   `duplicate: true`. Ids the input leaves out are derived from it, so a retry gets the same ones.
 * - `reason: String`, why a human did this (e.g. 「档案核对更正」 for a correction); kept in the metadata of
 *   every event the command writes, for the auditors.
 * - `input`, the command's fields.
 *
 * A broken rule answers an error with `extensions.code` (BAD_USER_INPUT, NOT_FOUND or CONFLICT),
 * `extensions.rule` (a stable rule code such as SEAT_TAKEN), `extensions.field` (the input field at fault,
 * as a dotted path such as `profile.idNumber`, when there is one) and a message in the language of
 * `Accept-Language` (zh-CN by default); nothing is written then. A mutation answers after the read models
 * reflect what it wrote.
 */
export type MutationEnlistReserveCadreArgs = {
  commandId: Scalars['ID']['input'];
  input: EnlistReserveCadreInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes: one mutation per domain command, named after it (RegisterTownship → `registerTownship`), declared
 * next to its input type in the `commands-*.graphql` files. Every mutation takes the same three arguments:
 *
 * - `commandId: ID!`, a UUID the client makes once per intended action (its idempotency key): sending the
 *   same command again, e.g. after a timeout, writes nothing twice and answers as the first time, with
 *   `duplicate: true`. Ids the input leaves out are derived from it, so a retry gets the same ones.
 * - `reason: String`, why a human did this (e.g. 「档案核对更正」 for a correction); kept in the metadata of
 *   every event the command writes, for the auditors.
 * - `input`, the command's fields.
 *
 * A broken rule answers an error with `extensions.code` (BAD_USER_INPUT, NOT_FOUND or CONFLICT),
 * `extensions.rule` (a stable rule code such as SEAT_TAKEN), `extensions.field` (the input field at fault,
 * as a dotted path such as `profile.idNumber`, when there is one) and a message in the language of
 * `Accept-Language` (zh-CN by default); nothing is written then. A mutation answers after the read models
 * reflect what it wrote.
 */
export type MutationEnrollEducationArgs = {
  commandId: Scalars['ID']['input'];
  input: EnrollEducationInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes: one mutation per domain command, named after it (RegisterTownship → `registerTownship`), declared
 * next to its input type in the `commands-*.graphql` files. Every mutation takes the same three arguments:
 *
 * - `commandId: ID!`, a UUID the client makes once per intended action (its idempotency key): sending the
 *   same command again, e.g. after a timeout, writes nothing twice and answers as the first time, with
 *   `duplicate: true`. Ids the input leaves out are derived from it, so a retry gets the same ones.
 * - `reason: String`, why a human did this (e.g. 「档案核对更正」 for a correction); kept in the metadata of
 *   every event the command writes, for the auditors.
 * - `input`, the command's fields.
 *
 * A broken rule answers an error with `extensions.code` (BAD_USER_INPUT, NOT_FOUND or CONFLICT),
 * `extensions.rule` (a stable rule code such as SEAT_TAKEN), `extensions.field` (the input field at fault,
 * as a dotted path such as `profile.idNumber`, when there is one) and a message in the language of
 * `Accept-Language` (zh-CN by default); nothing is written then. A mutation answers after the read models
 * reflect what it wrote.
 */
export type MutationErasePersonalDataArgs = {
  commandId: Scalars['ID']['input'];
  input: ErasePersonalDataInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes: one mutation per domain command, named after it (RegisterTownship → `registerTownship`), declared
 * next to its input type in the `commands-*.graphql` files. Every mutation takes the same three arguments:
 *
 * - `commandId: ID!`, a UUID the client makes once per intended action (its idempotency key): sending the
 *   same command again, e.g. after a timeout, writes nothing twice and answers as the first time, with
 *   `duplicate: true`. Ids the input leaves out are derived from it, so a retry gets the same ones.
 * - `reason: String`, why a human did this (e.g. 「档案核对更正」 for a correction); kept in the metadata of
 *   every event the command writes, for the auditors.
 * - `input`, the command's fields.
 *
 * A broken rule answers an error with `extensions.code` (BAD_USER_INPUT, NOT_FOUND or CONFLICT),
 * `extensions.rule` (a stable rule code such as SEAT_TAKEN), `extensions.field` (the input field at fault,
 * as a dotted path such as `profile.idNumber`, when there is one) and a message in the language of
 * `Accept-Language` (zh-CN by default); nothing is written then. A mutation answers after the read models
 * reflect what it wrote.
 */
export type MutationEvaluatePledgeArgs = {
  commandId: Scalars['ID']['input'];
  input: EvaluatePledgeInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes: one mutation per domain command, named after it (RegisterTownship → `registerTownship`), declared
 * next to its input type in the `commands-*.graphql` files. Every mutation takes the same three arguments:
 *
 * - `commandId: ID!`, a UUID the client makes once per intended action (its idempotency key): sending the
 *   same command again, e.g. after a timeout, writes nothing twice and answers as the first time, with
 *   `duplicate: true`. Ids the input leaves out are derived from it, so a retry gets the same ones.
 * - `reason: String`, why a human did this (e.g. 「档案核对更正」 for a correction); kept in the metadata of
 *   every event the command writes, for the auditors.
 * - `input`, the command's fields.
 *
 * A broken rule answers an error with `extensions.code` (BAD_USER_INPUT, NOT_FOUND or CONFLICT),
 * `extensions.rule` (a stable rule code such as SEAT_TAKEN), `extensions.field` (the input field at fault,
 * as a dotted path such as `profile.idNumber`, when there is one) and a message in the language of
 * `Accept-Language` (zh-CN by default); nothing is written then. A mutation answers after the read models
 * reflect what it wrote.
 */
export type MutationGrantBenefitArgs = {
  commandId: Scalars['ID']['input'];
  input: GrantBenefitInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes: one mutation per domain command, named after it (RegisterTownship → `registerTownship`), declared
 * next to its input type in the `commands-*.graphql` files. Every mutation takes the same three arguments:
 *
 * - `commandId: ID!`, a UUID the client makes once per intended action (its idempotency key): sending the
 *   same command again, e.g. after a timeout, writes nothing twice and answers as the first time, with
 *   `duplicate: true`. Ids the input leaves out are derived from it, so a retry gets the same ones.
 * - `reason: String`, why a human did this (e.g. 「档案核对更正」 for a correction); kept in the metadata of
 *   every event the command writes, for the auditors.
 * - `input`, the command's fields.
 *
 * A broken rule answers an error with `extensions.code` (BAD_USER_INPUT, NOT_FOUND or CONFLICT),
 * `extensions.rule` (a stable rule code such as SEAT_TAKEN), `extensions.field` (the input field at fault,
 * as a dotted path such as `profile.idNumber`, when there is one) and a message in the language of
 * `Accept-Language` (zh-CN by default); nothing is written then. A mutation answers after the read models
 * reflect what it wrote.
 */
export type MutationHonorCadreArgs = {
  commandId: Scalars['ID']['input'];
  input: HonorCadreInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes: one mutation per domain command, named after it (RegisterTownship → `registerTownship`), declared
 * next to its input type in the `commands-*.graphql` files. Every mutation takes the same three arguments:
 *
 * - `commandId: ID!`, a UUID the client makes once per intended action (its idempotency key): sending the
 *   same command again, e.g. after a timeout, writes nothing twice and answers as the first time, with
 *   `duplicate: true`. Ids the input leaves out are derived from it, so a retry gets the same ones.
 * - `reason: String`, why a human did this (e.g. 「档案核对更正」 for a correction); kept in the metadata of
 *   every event the command writes, for the auditors.
 * - `input`, the command's fields.
 *
 * A broken rule answers an error with `extensions.code` (BAD_USER_INPUT, NOT_FOUND or CONFLICT),
 * `extensions.rule` (a stable rule code such as SEAT_TAKEN), `extensions.field` (the input field at fault,
 * as a dotted path such as `profile.idNumber`, when there is one) and a message in the language of
 * `Accept-Language` (zh-CN by default); nothing is written then. A mutation answers after the read models
 * reflect what it wrote.
 */
export type MutationLeavePostArgs = {
  commandId: Scalars['ID']['input'];
  input: LeavePostInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes: one mutation per domain command, named after it (RegisterTownship → `registerTownship`), declared
 * next to its input type in the `commands-*.graphql` files. Every mutation takes the same three arguments:
 *
 * - `commandId: ID!`, a UUID the client makes once per intended action (its idempotency key): sending the
 *   same command again, e.g. after a timeout, writes nothing twice and answers as the first time, with
 *   `duplicate: true`. Ids the input leaves out are derived from it, so a retry gets the same ones.
 * - `reason: String`, why a human did this (e.g. 「档案核对更正」 for a correction); kept in the metadata of
 *   every event the command writes, for the auditors.
 * - `input`, the command's fields.
 *
 * A broken rule answers an error with `extensions.code` (BAD_USER_INPUT, NOT_FOUND or CONFLICT),
 * `extensions.rule` (a stable rule code such as SEAT_TAKEN), `extensions.field` (the input field at fault,
 * as a dotted path such as `profile.idNumber`, when there is one) and a message in the language of
 * `Accept-Language` (zh-CN by default); nothing is written then. A mutation answers after the read models
 * reflect what it wrote.
 */
export type MutationMakePledgeArgs = {
  commandId: Scalars['ID']['input'];
  input: MakePledgeInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes: one mutation per domain command, named after it (RegisterTownship → `registerTownship`), declared
 * next to its input type in the `commands-*.graphql` files. Every mutation takes the same three arguments:
 *
 * - `commandId: ID!`, a UUID the client makes once per intended action (its idempotency key): sending the
 *   same command again, e.g. after a timeout, writes nothing twice and answers as the first time, with
 *   `duplicate: true`. Ids the input leaves out are derived from it, so a retry gets the same ones.
 * - `reason: String`, why a human did this (e.g. 「档案核对更正」 for a correction); kept in the metadata of
 *   every event the command writes, for the auditors.
 * - `input`, the command's fields.
 *
 * A broken rule answers an error with `extensions.code` (BAD_USER_INPUT, NOT_FOUND or CONFLICT),
 * `extensions.rule` (a stable rule code such as SEAT_TAKEN), `extensions.field` (the input field at fault,
 * as a dotted path such as `profile.idNumber`, when there is one) and a message in the language of
 * `Accept-Language` (zh-CN by default); nothing is written then. A mutation answers after the read models
 * reflect what it wrote.
 */
export type MutationOpenQualificationReviewArgs = {
  commandId: Scalars['ID']['input'];
  input: OpenQualificationReviewInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes: one mutation per domain command, named after it (RegisterTownship → `registerTownship`), declared
 * next to its input type in the `commands-*.graphql` files. Every mutation takes the same three arguments:
 *
 * - `commandId: ID!`, a UUID the client makes once per intended action (its idempotency key): sending the
 *   same command again, e.g. after a timeout, writes nothing twice and answers as the first time, with
 *   `duplicate: true`. Ids the input leaves out are derived from it, so a retry gets the same ones.
 * - `reason: String`, why a human did this (e.g. 「档案核对更正」 for a correction); kept in the metadata of
 *   every event the command writes, for the auditors.
 * - `input`, the command's fields.
 *
 * A broken rule answers an error with `extensions.code` (BAD_USER_INPUT, NOT_FOUND or CONFLICT),
 * `extensions.rule` (a stable rule code such as SEAT_TAKEN), `extensions.field` (the input field at fault,
 * as a dotted path such as `profile.idNumber`, when there is one) and a message in the language of
 * `Accept-Language` (zh-CN by default); nothing is written then. A mutation answers after the read models
 * reflect what it wrote.
 */
export type MutationRaiseServiceRequestArgs = {
  commandId: Scalars['ID']['input'];
  input: RaiseServiceRequestInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes: one mutation per domain command, named after it (RegisterTownship → `registerTownship`), declared
 * next to its input type in the `commands-*.graphql` files. Every mutation takes the same three arguments:
 *
 * - `commandId: ID!`, a UUID the client makes once per intended action (its idempotency key): sending the
 *   same command again, e.g. after a timeout, writes nothing twice and answers as the first time, with
 *   `duplicate: true`. Ids the input leaves out are derived from it, so a retry gets the same ones.
 * - `reason: String`, why a human did this (e.g. 「档案核对更正」 for a correction); kept in the metadata of
 *   every event the command writes, for the auditors.
 * - `input`, the command's fields.
 *
 * A broken rule answers an error with `extensions.code` (BAD_USER_INPUT, NOT_FOUND or CONFLICT),
 * `extensions.rule` (a stable rule code such as SEAT_TAKEN), `extensions.field` (the input field at fault,
 * as a dotted path such as `profile.idNumber`, when there is one) and a message in the language of
 * `Accept-Language` (zh-CN by default); nothing is written then. A mutation answers after the read models
 * reflect what it wrote.
 */
export type MutationRateServiceRequestArgs = {
  commandId: Scalars['ID']['input'];
  input: RateServiceRequestInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes: one mutation per domain command, named after it (RegisterTownship → `registerTownship`), declared
 * next to its input type in the `commands-*.graphql` files. Every mutation takes the same three arguments:
 *
 * - `commandId: ID!`, a UUID the client makes once per intended action (its idempotency key): sending the
 *   same command again, e.g. after a timeout, writes nothing twice and answers as the first time, with
 *   `duplicate: true`. Ids the input leaves out are derived from it, so a retry gets the same ones.
 * - `reason: String`, why a human did this (e.g. 「档案核对更正」 for a correction); kept in the metadata of
 *   every event the command writes, for the auditors.
 * - `input`, the command's fields.
 *
 * A broken rule answers an error with `extensions.code` (BAD_USER_INPUT, NOT_FOUND or CONFLICT),
 * `extensions.rule` (a stable rule code such as SEAT_TAKEN), `extensions.field` (the input field at fault,
 * as a dotted path such as `profile.idNumber`, when there is one) and a message in the language of
 * `Accept-Language` (zh-CN by default); nothing is written then. A mutation answers after the read models
 * reflect what it wrote.
 */
export type MutationRecordAnnualAssessmentArgs = {
  commandId: Scalars['ID']['input'];
  input: RecordAnnualAssessmentInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes: one mutation per domain command, named after it (RegisterTownship → `registerTownship`), declared
 * next to its input type in the `commands-*.graphql` files. Every mutation takes the same three arguments:
 *
 * - `commandId: ID!`, a UUID the client makes once per intended action (its idempotency key): sending the
 *   same command again, e.g. after a timeout, writes nothing twice and answers as the first time, with
 *   `duplicate: true`. Ids the input leaves out are derived from it, so a retry gets the same ones.
 * - `reason: String`, why a human did this (e.g. 「档案核对更正」 for a correction); kept in the metadata of
 *   every event the command writes, for the auditors.
 * - `input`, the command's fields.
 *
 * A broken rule answers an error with `extensions.code` (BAD_USER_INPUT, NOT_FOUND or CONFLICT),
 * `extensions.rule` (a stable rule code such as SEAT_TAKEN), `extensions.field` (the input field at fault,
 * as a dotted path such as `profile.idNumber`, when there is one) and a message in the language of
 * `Accept-Language` (zh-CN by default); nothing is written then. A mutation answers after the read models
 * reflect what it wrote.
 */
export type MutationRecordCommitteeReviewArgs = {
  commandId: Scalars['ID']['input'];
  input: RecordCommitteeReviewInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes: one mutation per domain command, named after it (RegisterTownship → `registerTownship`), declared
 * next to its input type in the `commands-*.graphql` files. Every mutation takes the same three arguments:
 *
 * - `commandId: ID!`, a UUID the client makes once per intended action (its idempotency key): sending the
 *   same command again, e.g. after a timeout, writes nothing twice and answers as the first time, with
 *   `duplicate: true`. Ids the input leaves out are derived from it, so a retry gets the same ones.
 * - `reason: String`, why a human did this (e.g. 「档案核对更正」 for a correction); kept in the metadata of
 *   every event the command writes, for the auditors.
 * - `input`, the command's fields.
 *
 * A broken rule answers an error with `extensions.code` (BAD_USER_INPUT, NOT_FOUND or CONFLICT),
 * `extensions.rule` (a stable rule code such as SEAT_TAKEN), `extensions.field` (the input field at fault,
 * as a dotted path such as `profile.idNumber`, when there is one) and a message in the language of
 * `Accept-Language` (zh-CN by default); nothing is written then. A mutation answers after the read models
 * reflect what it wrote.
 */
export type MutationRecordDepartmentVerdictArgs = {
  commandId: Scalars['ID']['input'];
  input: RecordDepartmentVerdictInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes: one mutation per domain command, named after it (RegisterTownship → `registerTownship`), declared
 * next to its input type in the `commands-*.graphql` files. Every mutation takes the same three arguments:
 *
 * - `commandId: ID!`, a UUID the client makes once per intended action (its idempotency key): sending the
 *   same command again, e.g. after a timeout, writes nothing twice and answers as the first time, with
 *   `duplicate: true`. Ids the input leaves out are derived from it, so a retry gets the same ones.
 * - `reason: String`, why a human did this (e.g. 「档案核对更正」 for a correction); kept in the metadata of
 *   every event the command writes, for the auditors.
 * - `input`, the command's fields.
 *
 * A broken rule answers an error with `extensions.code` (BAD_USER_INPUT, NOT_FOUND or CONFLICT),
 * `extensions.rule` (a stable rule code such as SEAT_TAKEN), `extensions.field` (the input field at fault,
 * as a dotted path such as `profile.idNumber`, when there is one) and a message in the language of
 * `Accept-Language` (zh-CN by default); nothing is written then. A mutation answers after the read models
 * reflect what it wrote.
 */
export type MutationRecordInterviewArgs = {
  commandId: Scalars['ID']['input'];
  input: RecordInterviewInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes: one mutation per domain command, named after it (RegisterTownship → `registerTownship`), declared
 * next to its input type in the `commands-*.graphql` files. Every mutation takes the same three arguments:
 *
 * - `commandId: ID!`, a UUID the client makes once per intended action (its idempotency key): sending the
 *   same command again, e.g. after a timeout, writes nothing twice and answers as the first time, with
 *   `duplicate: true`. Ids the input leaves out are derived from it, so a retry gets the same ones.
 * - `reason: String`, why a human did this (e.g. 「档案核对更正」 for a correction); kept in the metadata of
 *   every event the command writes, for the auditors.
 * - `input`, the command's fields.
 *
 * A broken rule answers an error with `extensions.code` (BAD_USER_INPUT, NOT_FOUND or CONFLICT),
 * `extensions.rule` (a stable rule code such as SEAT_TAKEN), `extensions.field` (the input field at fault,
 * as a dotted path such as `profile.idNumber`, when there is one) and a message in the language of
 * `Accept-Language` (zh-CN by default); nothing is written then. A mutation answers after the read models
 * reflect what it wrote.
 */
export type MutationRecordTrainingArgs = {
  commandId: Scalars['ID']['input'];
  input: RecordTrainingInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes: one mutation per domain command, named after it (RegisterTownship → `registerTownship`), declared
 * next to its input type in the `commands-*.graphql` files. Every mutation takes the same three arguments:
 *
 * - `commandId: ID!`, a UUID the client makes once per intended action (its idempotency key): sending the
 *   same command again, e.g. after a timeout, writes nothing twice and answers as the first time, with
 *   `duplicate: true`. Ids the input leaves out are derived from it, so a retry gets the same ones.
 * - `reason: String`, why a human did this (e.g. 「档案核对更正」 for a correction); kept in the metadata of
 *   every event the command writes, for the auditors.
 * - `input`, the command's fields.
 *
 * A broken rule answers an error with `extensions.code` (BAD_USER_INPUT, NOT_FOUND or CONFLICT),
 * `extensions.rule` (a stable rule code such as SEAT_TAKEN), `extensions.field` (the input field at fault,
 * as a dotted path such as `profile.idNumber`, when there is one) and a message in the language of
 * `Accept-Language` (zh-CN by default); nothing is written then. A mutation answers after the read models
 * reflect what it wrote.
 */
export type MutationRecordTrainingHeldArgs = {
  commandId: Scalars['ID']['input'];
  input: RecordTrainingHeldInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes: one mutation per domain command, named after it (RegisterTownship → `registerTownship`), declared
 * next to its input type in the `commands-*.graphql` files. Every mutation takes the same three arguments:
 *
 * - `commandId: ID!`, a UUID the client makes once per intended action (its idempotency key): sending the
 *   same command again, e.g. after a timeout, writes nothing twice and answers as the first time, with
 *   `duplicate: true`. Ids the input leaves out are derived from it, so a retry gets the same ones.
 * - `reason: String`, why a human did this (e.g. 「档案核对更正」 for a correction); kept in the metadata of
 *   every event the command writes, for the auditors.
 * - `input`, the command's fields.
 *
 * A broken rule answers an error with `extensions.code` (BAD_USER_INPUT, NOT_FOUND or CONFLICT),
 * `extensions.rule` (a stable rule code such as SEAT_TAKEN), `extensions.field` (the input field at fault,
 * as a dotted path such as `profile.idNumber`, when there is one) and a message in the language of
 * `Accept-Language` (zh-CN by default); nothing is written then. A mutation answers after the read models
 * reflect what it wrote.
 */
export type MutationRegisterCadreArgs = {
  commandId: Scalars['ID']['input'];
  input: RegisterCadreInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes: one mutation per domain command, named after it (RegisterTownship → `registerTownship`), declared
 * next to its input type in the `commands-*.graphql` files. Every mutation takes the same three arguments:
 *
 * - `commandId: ID!`, a UUID the client makes once per intended action (its idempotency key): sending the
 *   same command again, e.g. after a timeout, writes nothing twice and answers as the first time, with
 *   `duplicate: true`. Ids the input leaves out are derived from it, so a retry gets the same ones.
 * - `reason: String`, why a human did this (e.g. 「档案核对更正」 for a correction); kept in the metadata of
 *   every event the command writes, for the auditors.
 * - `input`, the command's fields.
 *
 * A broken rule answers an error with `extensions.code` (BAD_USER_INPUT, NOT_FOUND or CONFLICT),
 * `extensions.rule` (a stable rule code such as SEAT_TAKEN), `extensions.field` (the input field at fault,
 * as a dotted path such as `profile.idNumber`, when there is one) and a message in the language of
 * `Accept-Language` (zh-CN by default); nothing is written then. A mutation answers after the read models
 * reflect what it wrote.
 */
export type MutationRegisterTownshipArgs = {
  commandId: Scalars['ID']['input'];
  input: RegisterTownshipInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes: one mutation per domain command, named after it (RegisterTownship → `registerTownship`), declared
 * next to its input type in the `commands-*.graphql` files. Every mutation takes the same three arguments:
 *
 * - `commandId: ID!`, a UUID the client makes once per intended action (its idempotency key): sending the
 *   same command again, e.g. after a timeout, writes nothing twice and answers as the first time, with
 *   `duplicate: true`. Ids the input leaves out are derived from it, so a retry gets the same ones.
 * - `reason: String`, why a human did this (e.g. 「档案核对更正」 for a correction); kept in the metadata of
 *   every event the command writes, for the auditors.
 * - `input`, the command's fields.
 *
 * A broken rule answers an error with `extensions.code` (BAD_USER_INPUT, NOT_FOUND or CONFLICT),
 * `extensions.rule` (a stable rule code such as SEAT_TAKEN), `extensions.field` (the input field at fault,
 * as a dotted path such as `profile.idNumber`, when there is one) and a message in the language of
 * `Accept-Language` (zh-CN by default); nothing is written then. A mutation answers after the read models
 * reflect what it wrote.
 */
export type MutationRegisterVillageArgs = {
  commandId: Scalars['ID']['input'];
  input: RegisterVillageInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes: one mutation per domain command, named after it (RegisterTownship → `registerTownship`), declared
 * next to its input type in the `commands-*.graphql` files. Every mutation takes the same three arguments:
 *
 * - `commandId: ID!`, a UUID the client makes once per intended action (its idempotency key): sending the
 *   same command again, e.g. after a timeout, writes nothing twice and answers as the first time, with
 *   `duplicate: true`. Ids the input leaves out are derived from it, so a retry gets the same ones.
 * - `reason: String`, why a human did this (e.g. 「档案核对更正」 for a correction); kept in the metadata of
 *   every event the command writes, for the auditors.
 * - `input`, the command's fields.
 *
 * A broken rule answers an error with `extensions.code` (BAD_USER_INPUT, NOT_FOUND or CONFLICT),
 * `extensions.rule` (a stable rule code such as SEAT_TAKEN), `extensions.field` (the input field at fault,
 * as a dotted path such as `profile.idNumber`, when there is one) and a message in the language of
 * `Accept-Language` (zh-CN by default); nothing is written then. A mutation answers after the read models
 * reflect what it wrote.
 */
export type MutationReportPledgeProgressArgs = {
  commandId: Scalars['ID']['input'];
  input: ReportPledgeProgressInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes: one mutation per domain command, named after it (RegisterTownship → `registerTownship`), declared
 * next to its input type in the `commands-*.graphql` files. Every mutation takes the same three arguments:
 *
 * - `commandId: ID!`, a UUID the client makes once per intended action (its idempotency key): sending the
 *   same command again, e.g. after a timeout, writes nothing twice and answers as the first time, with
 *   `duplicate: true`. Ids the input leaves out are derived from it, so a retry gets the same ones.
 * - `reason: String`, why a human did this (e.g. 「档案核对更正」 for a correction); kept in the metadata of
 *   every event the command writes, for the auditors.
 * - `input`, the command's fields.
 *
 * A broken rule answers an error with `extensions.code` (BAD_USER_INPUT, NOT_FOUND or CONFLICT),
 * `extensions.rule` (a stable rule code such as SEAT_TAKEN), `extensions.field` (the input field at fault,
 * as a dotted path such as `profile.idNumber`, when there is one) and a message in the language of
 * `Accept-Language` (zh-CN by default); nothing is written then. A mutation answers after the read models
 * reflect what it wrote.
 */
export type MutationResetPasswordArgs = {
  id: Scalars['ID']['input'];
  password: Scalars['String']['input'];
};


/**
 * Writes: one mutation per domain command, named after it (RegisterTownship → `registerTownship`), declared
 * next to its input type in the `commands-*.graphql` files. Every mutation takes the same three arguments:
 *
 * - `commandId: ID!`, a UUID the client makes once per intended action (its idempotency key): sending the
 *   same command again, e.g. after a timeout, writes nothing twice and answers as the first time, with
 *   `duplicate: true`. Ids the input leaves out are derived from it, so a retry gets the same ones.
 * - `reason: String`, why a human did this (e.g. 「档案核对更正」 for a correction); kept in the metadata of
 *   every event the command writes, for the auditors.
 * - `input`, the command's fields.
 *
 * A broken rule answers an error with `extensions.code` (BAD_USER_INPUT, NOT_FOUND or CONFLICT),
 * `extensions.rule` (a stable rule code such as SEAT_TAKEN), `extensions.field` (the input field at fault,
 * as a dotted path such as `profile.idNumber`, when there is one) and a message in the language of
 * `Accept-Language` (zh-CN by default); nothing is written then. A mutation answers after the read models
 * reflect what it wrote.
 */
export type MutationResolveEarlyWarningArgs = {
  commandId: Scalars['ID']['input'];
  input: ResolveEarlyWarningInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes: one mutation per domain command, named after it (RegisterTownship → `registerTownship`), declared
 * next to its input type in the `commands-*.graphql` files. Every mutation takes the same three arguments:
 *
 * - `commandId: ID!`, a UUID the client makes once per intended action (its idempotency key): sending the
 *   same command again, e.g. after a timeout, writes nothing twice and answers as the first time, with
 *   `duplicate: true`. Ids the input leaves out are derived from it, so a retry gets the same ones.
 * - `reason: String`, why a human did this (e.g. 「档案核对更正」 for a correction); kept in the metadata of
 *   every event the command writes, for the auditors.
 * - `input`, the command's fields.
 *
 * A broken rule answers an error with `extensions.code` (BAD_USER_INPUT, NOT_FOUND or CONFLICT),
 * `extensions.rule` (a stable rule code such as SEAT_TAKEN), `extensions.field` (the input field at fault,
 * as a dotted path such as `profile.idNumber`, when there is one) and a message in the language of
 * `Accept-Language` (zh-CN by default); nothing is written then. A mutation answers after the read models
 * reflect what it wrote.
 */
export type MutationResolveServiceRequestArgs = {
  commandId: Scalars['ID']['input'];
  input: ResolveServiceRequestInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes: one mutation per domain command, named after it (RegisterTownship → `registerTownship`), declared
 * next to its input type in the `commands-*.graphql` files. Every mutation takes the same three arguments:
 *
 * - `commandId: ID!`, a UUID the client makes once per intended action (its idempotency key): sending the
 *   same command again, e.g. after a timeout, writes nothing twice and answers as the first time, with
 *   `duplicate: true`. Ids the input leaves out are derived from it, so a retry gets the same ones.
 * - `reason: String`, why a human did this (e.g. 「档案核对更正」 for a correction); kept in the metadata of
 *   every event the command writes, for the auditors.
 * - `input`, the command's fields.
 *
 * A broken rule answers an error with `extensions.code` (BAD_USER_INPUT, NOT_FOUND or CONFLICT),
 * `extensions.rule` (a stable rule code such as SEAT_TAKEN), `extensions.field` (the input field at fault,
 * as a dotted path such as `profile.idNumber`, when there is one) and a message in the language of
 * `Accept-Language` (zh-CN by default); nothing is written then. A mutation answers after the read models
 * reflect what it wrote.
 */
export type MutationScheduleTrainingArgs = {
  commandId: Scalars['ID']['input'];
  input: ScheduleTrainingInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes: one mutation per domain command, named after it (RegisterTownship → `registerTownship`), declared
 * next to its input type in the `commands-*.graphql` files. Every mutation takes the same three arguments:
 *
 * - `commandId: ID!`, a UUID the client makes once per intended action (its idempotency key): sending the
 *   same command again, e.g. after a timeout, writes nothing twice and answers as the first time, with
 *   `duplicate: true`. Ids the input leaves out are derived from it, so a retry gets the same ones.
 * - `reason: String`, why a human did this (e.g. 「档案核对更正」 for a correction); kept in the metadata of
 *   every event the command writes, for the auditors.
 * - `input`, the command's fields.
 *
 * A broken rule answers an error with `extensions.code` (BAD_USER_INPUT, NOT_FOUND or CONFLICT),
 * `extensions.rule` (a stable rule code such as SEAT_TAKEN), `extensions.field` (the input field at fault,
 * as a dotted path such as `profile.idNumber`, when there is one) and a message in the language of
 * `Accept-Language` (zh-CN by default); nothing is written then. A mutation answers after the read models
 * reflect what it wrote.
 */
export type MutationSignInArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


/**
 * Writes: one mutation per domain command, named after it (RegisterTownship → `registerTownship`), declared
 * next to its input type in the `commands-*.graphql` files. Every mutation takes the same three arguments:
 *
 * - `commandId: ID!`, a UUID the client makes once per intended action (its idempotency key): sending the
 *   same command again, e.g. after a timeout, writes nothing twice and answers as the first time, with
 *   `duplicate: true`. Ids the input leaves out are derived from it, so a retry gets the same ones.
 * - `reason: String`, why a human did this (e.g. 「档案核对更正」 for a correction); kept in the metadata of
 *   every event the command writes, for the auditors.
 * - `input`, the command's fields.
 *
 * A broken rule answers an error with `extensions.code` (BAD_USER_INPUT, NOT_FOUND or CONFLICT),
 * `extensions.rule` (a stable rule code such as SEAT_TAKEN), `extensions.field` (the input field at fault,
 * as a dotted path such as `profile.idNumber`, when there is one) and a message in the language of
 * `Accept-Language` (zh-CN by default); nothing is written then. A mutation answers after the read models
 * reflect what it wrote.
 */
export type MutationUpdatePoliticalPortraitArgs = {
  commandId: Scalars['ID']['input'];
  input: UpdatePoliticalPortraitInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** Input of `openQualificationReview`. */
export type OpenQualificationReviewInput = {
  /** 干部 The cadre reviewed (UUID). */
  cadreId: Scalars['ID']['input'];
  /** 班子 The committee of the seat. */
  committee: Committee;
  /** 发起日期 yyyy-mm-dd, not in the future. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  openedOn?: InputMaybe<Scalars['String']['input']>;
  /** 职务 The position, one of its committee's (else POSITION_NOT_ON_COMMITTEE). */
  position: Position;
  /** The review's id (UUID), needed for the verdicts and the conclusion. Leave it out to have one derived from the command id; it is answered in `derivedIds`. */
  reviewId?: InputMaybe<Scalars['ID']['input']>;
  /** 镇 The township whose reviewing departments are asked (UUID). */
  townshipId: Scalars['ID']['input'];
  /** 村（社区） The village of the seat, in that township (else VILLAGE_NOT_IN_TOWNSHIP). */
  villageId: Scalars['ID']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** 个人信息查阅记录 One read of unmasked personal data (PIPL Art. 51): who, whose, which fields, when, through which operation. */
export type PersonalDataRead = {
  __typename?: 'PersonalDataRead';
  actor: Scalars['String']['output'];
  cadreId: Scalars['ID']['output'];
  fields: Array<Scalars['String']['output']>;
  operation: Scalars['String']['output'];
  /** ISO 8601 */
  readAt: Scalars['String']['output'];
  role: Role;
};

/** 一诺双评 A yearly pledge: made at the start of the year, progress mid-year, rated at year end. */
export type Pledge = {
  __typename?: 'Pledge';
  cadreId: Scalars['ID']['output'];
  evaluatedOn?: Maybe<Scalars['String']['output']>;
  itemCount: Scalars['Int']['output'];
  items: Array<Scalars['String']['output']>;
  madeOn: Scalars['String']['output'];
  organizationRating?: Maybe<EvaluationGrade>;
  progress?: Maybe<Scalars['String']['output']>;
  progressOn?: Maybe<Scalars['String']['output']>;
  residentsRating?: Maybe<EvaluationGrade>;
  year: Scalars['Int']['output'];
};

export type PledgeConnection = {
  __typename?: 'PledgeConnection';
  edges: Array<PledgeEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PledgeEdge = {
  __typename?: 'PledgeEdge';
  cursor: Scalars['String']['output'];
  node: Pledge;
};

export type PledgeStatus =
  | 'EVALUATED'
  | 'MADE'
  | 'PROGRESS_REPORTED';

/** 政治画像 A party secretary's political portrait. */
export type PoliticalPortrait = {
  __typename?: 'PoliticalPortrait';
  basedOn: Array<PortraitBasis>;
  text: Scalars['String']['output'];
  updatedOn: Scalars['String']['output'];
};

/**
 * 政治面貌 Political status: CPC member (中共党员), probationary member (预备党员), Communist Youth League
 * member (共青团员), the masses (群众), or member of another party (民主党派).
 */
export type PoliticalStatus =
  | 'CPC_MEMBER'
  | 'CPC_PROBATIONARY'
  | 'CYL_MEMBER'
  | 'MASSES'
  | 'OTHER_PARTY';

/** 画像依据 What a political portrait is drawn from: talks, visits and appraisals (an admonishment is no basis). */
export type PortraitBasis =
  | 'DEMOCRATIC_APPRAISAL'
  | 'FIELD_VISIT'
  | 'HEART_TO_HEART';

/** 职务 Position on a committee: secretary (书记), deputy secretary (副书记), chair (主任), vice chair (副主任), member (委员). */
export type Position =
  | 'CHAIR'
  | 'DEPUTY_SECRETARY'
  | 'MEMBER'
  | 'PARTY_SECRETARY'
  | 'VICE_CHAIR';

/** A seat a cadre holds on a village committee. */
export type Post = {
  __typename?: 'Post';
  /** Date of appointment, yyyy-mm-dd. */
  appointedOn: Scalars['String']['output'];
  committee: Committee;
  method: AppointmentMethod;
  position: Position;
  villageId: Scalars['ID']['output'];
};

/** A post as the cadre's history keeps it: when it began, how, and when and why it ended. */
export type PostRecord = {
  __typename?: 'PostRecord';
  appointedOn: Scalars['String']['output'];
  committee: Committee;
  leavingReason?: Maybe<LeavingReason>;
  /** yyyy-mm-dd; null while the post is held. */
  leftOn?: Maybe<Scalars['String']['output']>;
  method: AppointmentMethod;
  position: Position;
  /** The approved qualification review that admitted the cadre (凡进必审); null for posts recorded before reviews were required. */
  reviewId?: Maybe<Scalars['ID']['output']>;
  villageId: Scalars['ID']['output'];
};

/** 资格审查 A qualification review (凡进必审): one verdict per department, then a conclusion. */
export type QualificationReview = {
  __typename?: 'QualificationReview';
  committee: Committee;
  concludedOn?: Maybe<Scalars['String']['output']>;
  departments: Array<ReviewingDepartment>;
  openedOn: Scalars['String']['output'];
  /** APPROVED only when every department approved; null while open. */
  outcome?: Maybe<ReviewVerdict>;
  position: Position;
  reviewId: Scalars['ID']['output'];
  verdicts: Array<DepartmentVerdict>;
  villageId: Scalars['ID']['output'];
};

/**
 * Reads. Lists are Relay-style connections: `first` (at most 200, default 50), `after` a cursor, and
 * `reverse: true` to turn a list's natural order around (the roster also takes `sort` and `descending`).
 */
export type Query = {
  __typename?: 'Query';
  /** Annual assessments of a year (when given). */
  assessmentRecords: AssessmentRecordConnection;
  /** Benefits granted for a year (when given). Sensitive: the township office and auditors only. */
  benefitRecords: BenefitRecordConnection;
  /** One cadre's file, or null when there is no such cadre. */
  cadre?: Maybe<Cadre>;
  /** 时间回溯 A cadre as of a moment (`asOf`: yyyy-mm-dd = end of that day in China time, or an ISO instant). */
  cadreAsOf: CadreSnapshot;
  /** A cadre's full history, event by event, oldest first. */
  cadreHistory: LedgerEventConnection;
  /**
   * 干部台账 The cadre roster: committee members and reserve cadres, filtered by village (posts or reserve
   * place), role and part of the name, sorted by registration (default), name or birth date.
   */
  cadres: CadreConnection;
  /** Committee reviews (届中分析) by village and date. Not for external apps. */
  committeeReviews: CommitteeReviewRecordConnection;
  /** Early warnings, newest first; `open: true` for those not yet resolved. */
  earlyWarnings: EarlyWarningConnection;
  /** The auditors' event log, newest first, filtered by stream, type, actor and recorded time. */
  eventLog: LedgerEventConnection;
  /** Honors of a year (when given) with the cadres' names, of every village (honors are public). */
  honorRecords: HonorRecordConnection;
  /** Honors, newest first, of the cadres of a village or of a township; `asOf` and `basis` as for `trainings`. */
  honors: HonorConnection;
  /** Recompute every hash chain (the first broken link) and check the ledger's rules across streams (every violation). */
  integrityCheck: IntegrityReport;
  /** Who is calling: the signed-in user, or null (API keys are not users). */
  me?: Maybe<UserAccount>;
  /** The personal-data read log, newest first (AUDITOR only). */
  personalDataReads: Array<PersonalDataRead>;
  /**
   * 一诺双评 pledges, by year, of the cadres of a village (a village secretary's own by default) or of a
   * township; `asOf` and `basis` as for `trainings`.
   */
  pledges: PledgeConnection;
  /** 三单 requests with the days each was open, of a status (a column of the board). */
  serviceRequestCards: ServiceRequestCardConnection;
  /**
   * 三单 requests, newest first, of a village (a village secretary's own by default) or of a township;
   * `asOf` and `basis` as for `trainings`.
   */
  serviceRequests: ServiceRequestConnection;
  /** Failed sign-ins, newest first (AUDITOR only; at most 1000). */
  signInFailures: Array<SignInFailure>;
  /**
   * 统计 The township statistics for `year` (default: the year of `asOf`, else this year, China time).
   * Without `asOf`, this year's figures are live and a past year's stand at its 31 December (the events up
   * to the end of that day replayed into a throw-away read model: time travel); `asOf` (yyyy-mm-dd) names
   * another day, read on `basis` (OCCURRED, the default, or RECORDED). A year after this one
   * (YEAR_IN_FUTURE), an `asOf` after today (AS_OF_IN_FUTURE) or not a real date (INVALID_DATE) is refused
   * with BAD_USER_INPUT.
   */
  statistics: Statistics;
  /** Talks held (谈心谈话、实地走访、民主测评、约谈), newest first by default. Not for external apps. */
  talkRecords: TalkRecordConnection;
  townships: Array<Township>;
  /**
   * Training sessions by planned date. `townshipId`: the township's; `villageId`: those a cadre of the
   * village attended. `asOf` (yyyy-mm-dd, not after today) answers as the ledger stood at the end of that
   * day on `basis` (OCCURRED by default, or RECORDED): time travel.
   */
  trainings: TrainingConnection;
  village?: Maybe<Village>;
  villages: VillageConnection;
  /**
   * Early warnings open (`open: true`) or closed (销号), of a source: a committee review's issues, or the
   * admonishments due (the 30% rule). Not for external apps.
   */
  warningRecords: WarningRecordConnection;
};


/**
 * Reads. Lists are Relay-style connections: `first` (at most 200, default 50), `after` a cursor, and
 * `reverse: true` to turn a list's natural order around (the roster also takes `sort` and `descending`).
 */
export type QueryAssessmentRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  basis?: InputMaybe<TimeBasis>;
  descending?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  grade?: InputMaybe<EvaluationGrade>;
  search?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<AssessmentSort>;
  townshipId?: InputMaybe<Scalars['ID']['input']>;
  villageId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Reads. Lists are Relay-style connections: `first` (at most 200, default 50), `after` a cursor, and
 * `reverse: true` to turn a list's natural order around (the roster also takes `sort` and `descending`).
 */
export type QueryBenefitRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  basis?: InputMaybe<TimeBasis>;
  descending?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<BenefitKind>;
  search?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<BenefitSort>;
  townshipId?: InputMaybe<Scalars['ID']['input']>;
  villageId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Reads. Lists are Relay-style connections: `first` (at most 200, default 50), `after` a cursor, and
 * `reverse: true` to turn a list's natural order around (the roster also takes `sort` and `descending`).
 */
export type QueryCadreArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Reads. Lists are Relay-style connections: `first` (at most 200, default 50), `after` a cursor, and
 * `reverse: true` to turn a list's natural order around (the roster also takes `sort` and `descending`).
 */
export type QueryCadreAsOfArgs = {
  asOf: Scalars['String']['input'];
  basis?: InputMaybe<TimeBasis>;
  id: Scalars['ID']['input'];
};


/**
 * Reads. Lists are Relay-style connections: `first` (at most 200, default 50), `after` a cursor, and
 * `reverse: true` to turn a list's natural order around (the roster also takes `sort` and `descending`).
 */
export type QueryCadreHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Reads. Lists are Relay-style connections: `first` (at most 200, default 50), `after` a cursor, and
 * `reverse: true` to turn a list's natural order around (the roster also takes `sort` and `descending`).
 */
export type QueryCadresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  descending?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<CadreRole>;
  search?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<CadreSort>;
  villageId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Reads. Lists are Relay-style connections: `first` (at most 200, default 50), `after` a cursor, and
 * `reverse: true` to turn a list's natural order around (the roster also takes `sort` and `descending`).
 */
export type QueryCommitteeReviewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  basis?: InputMaybe<TimeBasis>;
  descending?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  reviewedFrom?: InputMaybe<Scalars['String']['input']>;
  reviewedTo?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<CommitteeReviewSort>;
  townshipId?: InputMaybe<Scalars['ID']['input']>;
  villageId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Reads. Lists are Relay-style connections: `first` (at most 200, default 50), `after` a cursor, and
 * `reverse: true` to turn a list's natural order around (the roster also takes `sort` and `descending`).
 */
export type QueryEarlyWarningsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  open?: InputMaybe<Scalars['Boolean']['input']>;
  reverse?: InputMaybe<Scalars['Boolean']['input']>;
  villageId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Reads. Lists are Relay-style connections: `first` (at most 200, default 50), `after` a cursor, and
 * `reverse: true` to turn a list's natural order around (the roster also takes `sort` and `descending`).
 */
export type QueryEventLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  reverse?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * Reads. Lists are Relay-style connections: `first` (at most 200, default 50), `after` a cursor, and
 * `reverse: true` to turn a list's natural order around (the roster also takes `sort` and `descending`).
 */
export type QueryHonorRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  basis?: InputMaybe<TimeBasis>;
  descending?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  level?: InputMaybe<HonorLevel>;
  search?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<HonorSort>;
  townshipId?: InputMaybe<Scalars['ID']['input']>;
  villageId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Reads. Lists are Relay-style connections: `first` (at most 200, default 50), `after` a cursor, and
 * `reverse: true` to turn a list's natural order around (the roster also takes `sort` and `descending`).
 */
export type QueryHonorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  basis?: InputMaybe<TimeBasis>;
  first?: InputMaybe<Scalars['Int']['input']>;
  level?: InputMaybe<HonorLevel>;
  reverse?: InputMaybe<Scalars['Boolean']['input']>;
  townshipId?: InputMaybe<Scalars['ID']['input']>;
  villageId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Reads. Lists are Relay-style connections: `first` (at most 200, default 50), `after` a cursor, and
 * `reverse: true` to turn a list's natural order around (the roster also takes `sort` and `descending`).
 */
export type QueryPersonalDataReadsArgs = {
  actor?: InputMaybe<Scalars['String']['input']>;
  cadreId?: InputMaybe<Scalars['ID']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Reads. Lists are Relay-style connections: `first` (at most 200, default 50), `after` a cursor, and
 * `reverse: true` to turn a list's natural order around (the roster also takes `sort` and `descending`).
 */
export type QueryPledgesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  basis?: InputMaybe<TimeBasis>;
  first?: InputMaybe<Scalars['Int']['input']>;
  reverse?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<PledgeStatus>;
  townshipId?: InputMaybe<Scalars['ID']['input']>;
  villageId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Reads. Lists are Relay-style connections: `first` (at most 200, default 50), `after` a cursor, and
 * `reverse: true` to turn a list's natural order around (the roster also takes `sort` and `descending`).
 */
export type QueryServiceRequestCardsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  basis?: InputMaybe<TimeBasis>;
  descending?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  raisedFrom?: InputMaybe<Scalars['String']['input']>;
  raisedTo?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<ServiceRequestSort>;
  status?: InputMaybe<ServiceRequestStatus>;
  townshipId?: InputMaybe<Scalars['ID']['input']>;
  villageId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Reads. Lists are Relay-style connections: `first` (at most 200, default 50), `after` a cursor, and
 * `reverse: true` to turn a list's natural order around (the roster also takes `sort` and `descending`).
 */
export type QueryServiceRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  basis?: InputMaybe<TimeBasis>;
  first?: InputMaybe<Scalars['Int']['input']>;
  reverse?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<ServiceRequestStatus>;
  townshipId?: InputMaybe<Scalars['ID']['input']>;
  villageId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Reads. Lists are Relay-style connections: `first` (at most 200, default 50), `after` a cursor, and
 * `reverse: true` to turn a list's natural order around (the roster also takes `sort` and `descending`).
 */
export type QuerySignInFailuresArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Reads. Lists are Relay-style connections: `first` (at most 200, default 50), `after` a cursor, and
 * `reverse: true` to turn a list's natural order around (the roster also takes `sort` and `descending`).
 */
export type QueryStatisticsArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  basis?: InputMaybe<TimeBasis>;
  townshipId?: InputMaybe<Scalars['ID']['input']>;
  villageId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Reads. Lists are Relay-style connections: `first` (at most 200, default 50), `after` a cursor, and
 * `reverse: true` to turn a list's natural order around (the roster also takes `sort` and `descending`).
 */
export type QueryTalkRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  basis?: InputMaybe<TimeBasis>;
  descending?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  heldFrom?: InputMaybe<Scalars['String']['input']>;
  heldTo?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<InterviewKind>;
  search?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<TalkSort>;
  townshipId?: InputMaybe<Scalars['ID']['input']>;
  villageId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Reads. Lists are Relay-style connections: `first` (at most 200, default 50), `after` a cursor, and
 * `reverse: true` to turn a list's natural order around (the roster also takes `sort` and `descending`).
 */
export type QueryTrainingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  basis?: InputMaybe<TimeBasis>;
  first?: InputMaybe<Scalars['Int']['input']>;
  held?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<TrainingKind>;
  reverse?: InputMaybe<Scalars['Boolean']['input']>;
  townshipId?: InputMaybe<Scalars['ID']['input']>;
  villageId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Reads. Lists are Relay-style connections: `first` (at most 200, default 50), `after` a cursor, and
 * `reverse: true` to turn a list's natural order around (the roster also takes `sort` and `descending`).
 */
export type QueryVillageArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Reads. Lists are Relay-style connections: `first` (at most 200, default 50), `after` a cursor, and
 * `reverse: true` to turn a list's natural order around (the roster also takes `sort` and `descending`).
 */
export type QueryVillagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<VillageKind>;
  reverse?: InputMaybe<Scalars['Boolean']['input']>;
  townshipId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Reads. Lists are Relay-style connections: `first` (at most 200, default 50), `after` a cursor, and
 * `reverse: true` to turn a list's natural order around (the roster also takes `sort` and `descending`).
 */
export type QueryWarningRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  basis?: InputMaybe<TimeBasis>;
  descending?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  open?: InputMaybe<Scalars['Boolean']['input']>;
  raisedFrom?: InputMaybe<Scalars['String']['input']>;
  raisedTo?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<WarningSort>;
  source?: InputMaybe<EarlyWarningSource>;
  townshipId?: InputMaybe<Scalars['ID']['input']>;
  villageId?: InputMaybe<Scalars['ID']['input']>;
};

/** Input of `raiseServiceRequest`. */
export type RaiseServiceRequestInput = {
  /** 诉求内容 What is needed, at most 2000 characters. */
  description: Scalars['String']['input'];
  /** 点单人 The resident who raised it, at most 50 characters. */
  raisedBy: Scalars['String']['input'];
  /** 点单日期 yyyy-mm-dd, not in the future. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  raisedOn?: InputMaybe<Scalars['String']['input']>;
  /** The new request's id (UUID). Leave it out to have one derived from the command id; it is answered in `derivedIds`. */
  requestId?: InputMaybe<Scalars['ID']['input']>;
  /** 村（社区） The village (UUID). */
  villageId: Scalars['ID']['input'];
};

/** Input of `rateServiceRequest`. */
export type RateServiceRequestInput = {
  /** 评价意见 Comment, at most 500 characters. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** 评价日期 yyyy-mm-dd, not in the future and not before the resolution. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  ratedOn?: InputMaybe<Scalars['String']['input']>;
  /** 满意度 Stars, 1 to 5. */
  rating: Scalars['Int']['input'];
  /** The request (UUID). */
  requestId: Scalars['ID']['input'];
};

/** Input of `recordAnnualAssessment`. */
export type RecordAnnualAssessmentInput = {
  /** 考评日期 When the assessment was concluded (yyyy-mm-dd), not after today. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  assessedOn?: InputMaybe<Scalars['String']['input']>;
  /** 绩效奖励 Performance bonus in yuan (元), 0 or more. */
  bonus: Scalars['Float']['input'];
  /** 干部 The cadre (UUID). */
  cadreId: Scalars['ID']['input'];
  /** 等次 Grade. */
  grade: EvaluationGrade;
  /** 得分 Score, 0 to 100. */
  score: Scalars['Float']['input'];
  /** 年度 The year assessed, not after the current one. */
  year: Scalars['Int']['input'];
};

/** Input of `recordCommitteeReview`. */
export type RecordCommitteeReviewInput = {
  /** 苗头性、倾向性问题 The issues flagged, possibly none; no issue id twice (else DUPLICATE_ENTRY). */
  earlyWarnings: Array<EarlyWarningInput>;
  /** 情况 The findings on how the committee works, at most 5000 characters. */
  findings: Scalars['String']['input'];
  /** 分析期次 The period reviewed, e.g. 2024年届中, at most 50 characters; one review per period. */
  period: Scalars['String']['input'];
  /** 分析日期 When the review was held, yyyy-mm-dd, not in the future. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  reviewedOn?: InputMaybe<Scalars['String']['input']>;
  /** 村（社区） The village reviewed (UUID). */
  villageId: Scalars['ID']['input'];
};

/** Input of `recordDepartmentVerdict`. */
export type RecordDepartmentVerdictInput = {
  /** 干部 The cadre reviewed (UUID). */
  cadreId: Scalars['ID']['input'];
  /** 审查日期 yyyy-mm-dd, not in the future and not before the review opened. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  decidedOn?: InputMaybe<Scalars['String']['input']>;
  /** 部门代码 The department's code, one of those the review asked, e.g. PUBLIC_SECURITY. */
  department: Scalars['String']['input'];
  /** 说明 Grounds, at most 1000 characters; required for a rejection, which is posted publicly (else REJECTION_NEEDS_NOTE). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The review (UUID). */
  reviewId: Scalars['ID']['input'];
  /** 审查意见 Approved or rejected; one rejection blocks the appointment. */
  verdict: ReviewVerdict;
};

/** Input of `recordInterview`. */
export type RecordInterviewInput = {
  /** 干部 The cadre (UUID). */
  cadreId: Scalars['ID']['input'];
  /** 情况 Findings, at most 5000 characters. */
  findings: Scalars['String']['input'];
  /** 日期 yyyy-mm-dd, not in the future. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  heldOn?: InputMaybe<Scalars['String']['input']>;
  /** 谈话人 Who held it, at most 50 characters. */
  interviewer: Scalars['String']['input'];
  /** 谈话类型 Talk, visit, appraisal or admonishment. */
  kind: InterviewKind;
  /** 镇 The township whose admonishment threshold applies (UUID). */
  townshipId: Scalars['ID']['input'];
  /** 民主测评票数 The ballots: required for a DEMOCRATIC_APPRAISAL (else REQUIRED), refused for any other kind (else VOTES_ONLY_FOR_APPRAISAL). */
  votes?: InputMaybe<AppraisalVotesInput>;
};

/** Input of `recordTrainingHeld`. */
export type RecordTrainingHeldInput = {
  /** 参训干部 The cadres who attended (cadre ids), at least one, none twice. */
  attendees: Array<Scalars['ID']['input']>;
  /** 举办日期 yyyy-mm-dd, not in the future. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  heldOn?: InputMaybe<Scalars['String']['input']>;
  /** The session (UUID), as scheduled. */
  trainingId: Scalars['ID']['input'];
};

/** Input of `recordTraining`. */
export type RecordTrainingInput = {
  /** 干部 The cadre trained (UUID). */
  cadreId: Scalars['ID']['input'];
  /** 培训类型 Internal session or external training. */
  kind: TrainingKind;
  /** 培训主题 Topic, e.g. 村级资产管理, at most 100 characters. */
  topic: Scalars['String']['input'];
  /** 培训日期 yyyy-mm-dd, not in the future. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  trainedOn?: InputMaybe<Scalars['String']['input']>;
  /** The township session (a training id), when it was one; each session once per cadre (else TRAINING_ALREADY_RECORDED). */
  trainingId?: InputMaybe<Scalars['ID']['input']>;
};

/** Input of `registerCadre`. */
export type RegisterCadreInput = {
  /** The new cadre's id (UUID). Leave it out to have one derived from the command id. */
  cadreId?: InputMaybe<Scalars['ID']['input']>;
  /** 干部档案 The personal file; its ID number may be in no other cadre's file (ID_NUMBER_TAKEN) and must carry a real area code (ID_NUMBER_AREA_CODE, GB/T 2260). */
  profile: CadreProfileInput;
  /** 登记日期 When the registration took effect (yyyy-mm-dd), not after today. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  registeredOn?: InputMaybe<Scalars['String']['input']>;
  /** 所属村（社区） The village or community whose cadre file it is (UUID); a village party secretary may register only in their own. */
  villageId: Scalars['ID']['input'];
};

/** Input of `registerTownship`. */
export type RegisterTownshipInput = {
  /** 所属区 The district (区/县) the township belongs to, at most 50 characters. */
  district: Scalars['String']['input'];
  /** 镇名称 The township's name, e.g. 周王镇, at most 50 characters. */
  name: Scalars['String']['input'];
  /** 登记日期 When the registration took effect (yyyy-mm-dd), not after today. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  registeredOn?: InputMaybe<Scalars['String']['input']>;
  /** 镇设置 The settings in force from registration; each one left out takes its default. */
  settings?: InputMaybe<TownshipSettingsInput>;
  /** The new township's id (UUID). Leave it out to have one derived from the command id; it is answered in `derivedIds`. */
  townshipId?: InputMaybe<Scalars['ID']['input']>;
};

/** Input of `registerVillage`. */
export type RegisterVillageInput = {
  /** 类型 Village or community. */
  kind: VillageKind;
  /** 名称 The village's name, e.g. 周王村, at most 50 characters. */
  name: Scalars['String']['input'];
  /** 登记日期 When the registration took effect (yyyy-mm-dd), not after today. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  registeredOn?: InputMaybe<Scalars['String']['input']>;
  /** 镇 The township the village belongs to (UUID); it must be registered. */
  townshipId: Scalars['ID']['input'];
  /** The new village's id (UUID). Leave it out to have one derived from the command id; it is answered in `derivedIds`. */
  villageId?: InputMaybe<Scalars['ID']['input']>;
};

/** Input of `reportPledgeProgress`. */
export type ReportPledgeProgressInput = {
  /** 干部 The cadre (UUID). */
  cadreId: Scalars['ID']['input'];
  /** 践诺情况 Progress, at most 2000 characters. */
  progress: Scalars['String']['input'];
  /** 报告日期 yyyy-mm-dd, not in the future and not before the pledge. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  reportedOn?: InputMaybe<Scalars['String']['input']>;
  /** 年度 The pledge's year. */
  year: Scalars['Int']['input'];
};

/**
 * 来源 Where a reserve cadre was recruited from: 致富能手 entrepreneur, 返乡大学生 returning graduate,
 * 退伍军人 veteran, or elsewhere.
 */
export type ReserveSource =
  | 'ENTREPRENEUR'
  | 'OTHER'
  | 'RETURNING_GRADUATE'
  | 'VETERAN';

/** 后备干部 The cadre's place in the reserve pool. */
export type ReserveStatus = {
  __typename?: 'ReserveStatus';
  enlistedOn: Scalars['String']['output'];
  mentors?: Maybe<Mentors>;
  source: ReserveSource;
  /** 梯度 1 (ready soonest) to 3. */
  tier: Scalars['Int']['output'];
  villageId: Scalars['ID']['output'];
};

/** Input of `resolveEarlyWarning`. */
export type ResolveEarlyWarningInput = {
  /** 整改措施 The corrective action taken, at most 2000 characters. */
  correctiveAction: Scalars['String']['input'];
  /** The issue's id (UUID), as recorded with the committee review. */
  issueId: Scalars['ID']['input'];
  /** 销号日期 When it was resolved, yyyy-mm-dd, not in the future and not before the review that raised it. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  resolvedOn?: InputMaybe<Scalars['String']['input']>;
  /** 村（社区） The village whose review flagged the issue (UUID). */
  villageId: Scalars['ID']['input'];
};

/** Input of `resolveServiceRequest`. */
export type ResolveServiceRequestInput = {
  /** The request (UUID). */
  requestId: Scalars['ID']['input'];
  /** 办理结果 How it was resolved, at most 2000 characters. */
  resolution: Scalars['String']['input'];
  /** 办结日期 yyyy-mm-dd, not in the future and not before the acceptance. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  resolvedOn?: InputMaybe<Scalars['String']['input']>;
};

/** 简历 One line of a résumé. */
export type ResumeEntry = {
  __typename?: 'ResumeEntry';
  description: Scalars['String']['output'];
  /** yyyy-mm-dd */
  from: Scalars['String']['output'];
  /** yyyy-mm-dd; absent for the line that is still current. */
  to?: Maybe<Scalars['String']['output']>;
};

/** 简历 One line of the résumé; the current line has no end date. */
export type ResumeEntryInput = {
  /** 内容 Where and as what, at most 500 characters. */
  description: Scalars['String']['input'];
  /** 起始日期 Start, yyyy-mm-dd, not in the future. */
  from: Scalars['String']['input'];
  /** 截止日期 End, yyyy-mm-dd, not before the start (else DATE_OUT_OF_ORDER); leave it out for the current line. */
  to?: InputMaybe<Scalars['String']['input']>;
};

/** 审查意见 A department's verdict in a qualification review: 通过 approved or 不通过 rejected. */
export type ReviewVerdict =
  | 'APPROVED'
  | 'REJECTED';

export type ReviewingDepartment = {
  __typename?: 'ReviewingDepartment';
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

/**
 * 联审部门 A department that gives a verdict in the joint qualification review (部门联审), e.g. 纪检监察
 * (discipline inspection) or 公安 (public security).
 */
export type ReviewingDepartmentInput = {
  /** 部门代码 A stable code: capital letters and underscores, 2 to 40 characters, e.g. PUBLIC_SECURITY (else DEPARTMENT_CODE_FORMAT). */
  code: Scalars['String']['input'];
  /** 部门名称 The department's name as users read it, e.g. 公安, at most 50 characters. */
  name: Scalars['String']['input'];
};

/**
 * ADMIN 镇组织办; VILLAGE 村党组织书记 (own village only); AUDITOR 纪检监察/审计 (reads everything, writes
 * nothing); EXTERNAL 区级平台等外部应用 (API key, read-only, personal data masked).
 */
export type Role =
  | 'ADMIN'
  | 'AUDITOR'
  | 'EXTERNAL'
  | 'VILLAGE';

/** Input of `scheduleTraining`. */
export type ScheduleTrainingInput = {
  /** 培训日期 Planned date, yyyy-mm-dd; may lie in the future. */
  date: Scalars['String']['input'];
  /** 培训类型 Internal or external. */
  kind: TrainingKind;
  /** 地点 Place, at most 100 characters. */
  place: Scalars['String']['input'];
  /** 安排日期 When the session was decided on (yyyy-mm-dd), not after today; the session itself (`date`) may lie ahead. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  scheduledOn?: InputMaybe<Scalars['String']['input']>;
  /** 培训主题 Topic, e.g. 和美乡村建设, at most 100 characters. */
  topic: Scalars['String']['input'];
  /** 镇 The township holding it (UUID). */
  townshipId: Scalars['ID']['input'];
  /** The new session's id (UUID). Leave it out to have one derived from the command id; it is answered in `derivedIds`. */
  trainingId?: InputMaybe<Scalars['ID']['input']>;
};

/** A seat held now: who holds it and since when. */
export type Seat = {
  __typename?: 'Seat';
  appointedOn: Scalars['String']['output'];
  cadreId: Scalars['ID']['output'];
  cadreName: Scalars['String']['output'];
  committee: Committee;
  position: Position;
};

/** 三单 A resident's request (群众点单), dispatched by the branch (组织派单) to a party member who takes it (党员接单). */
export type ServiceRequest = {
  __typename?: 'ServiceRequest';
  acceptedOn?: Maybe<Scalars['String']['output']>;
  /** The party member it was dispatched to. */
  cadreId?: Maybe<Scalars['ID']['output']>;
  description: Scalars['String']['output'];
  dispatchedOn?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  raisedOn: Scalars['String']['output'];
  /** 1..5 once rated. */
  rating?: Maybe<Scalars['Int']['output']>;
  resolution?: Maybe<Scalars['String']['output']>;
  resolvedOn?: Maybe<Scalars['String']['output']>;
  status: ServiceRequestStatus;
  villageId: Scalars['ID']['output'];
};

/** 三单 A request as a card of the board by status, with the days it was open. */
export type ServiceRequestCard = {
  __typename?: 'ServiceRequestCard';
  acceptedOn?: Maybe<Scalars['String']['output']>;
  cadreId?: Maybe<Scalars['ID']['output']>;
  cadreName?: Maybe<Scalars['String']['output']>;
  /** Whole days from raised to resolved, or to the day asked about (`asOf`, else today) while unresolved. */
  daysOpen: Scalars['Int']['output'];
  description: Scalars['String']['output'];
  dispatchedOn?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  raisedOn: Scalars['String']['output'];
  rating?: Maybe<Scalars['Int']['output']>;
  resolution?: Maybe<Scalars['String']['output']>;
  resolvedOn?: Maybe<Scalars['String']['output']>;
  status: ServiceRequestStatus;
  villageId: Scalars['ID']['output'];
  villageName: Scalars['String']['output'];
};

export type ServiceRequestCardConnection = {
  __typename?: 'ServiceRequestCardConnection';
  edges: Array<ServiceRequestCardEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ServiceRequestCardEdge = {
  __typename?: 'ServiceRequestCardEdge';
  cursor: Scalars['String']['output'];
  node: ServiceRequestCard;
};

export type ServiceRequestConnection = {
  __typename?: 'ServiceRequestConnection';
  edges: Array<ServiceRequestEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ServiceRequestEdge = {
  __typename?: 'ServiceRequestEdge';
  cursor: Scalars['String']['output'];
  node: ServiceRequest;
};

export type ServiceRequestSort =
  | 'DAYS_OPEN'
  | 'RAISED_ON'
  | 'VILLAGE';

export type ServiceRequestStatus =
  | 'ACCEPTED'
  | 'DISPATCHED'
  | 'RAISED'
  | 'RATED'
  | 'RESOLVED';

/** A signed session: send `Authorization: Bearer <token>` with every request until `expiresAt`. */
export type Session = {
  __typename?: 'Session';
  /** ISO 8601 */
  expiresAt: Scalars['String']['output'];
  token: Scalars['String']['output'];
  user: UserAccount;
};

/**
 * 登录失败记录 A failed sign-in: the name tried (an account or not), the caller's network, when, and whether the
 * name was already locked.
 */
export type SignInFailure = {
  __typename?: 'SignInFailure';
  /** The caller's network: an IPv4 address, an IPv6 /64, or loopback. */
  address: Scalars['String']['output'];
  /** ISO 8601 */
  at: Scalars['String']['output'];
  /** WRONG_CREDENTIALS, or LOCKED (refused unchecked after repeated failures). */
  outcome: Scalars['String']['output'];
  username: Scalars['String']['output'];
};

/**
 * The figures organization departments report (截至 asOf), for a township, a village or everything.
 *
 * Two kinds of figures. Standing figures (villages, members, secretaries, reserve cadres and every
 * structure and share) count what stood at the end of the `asOf` day: committee members are cadres holding
 * a seat on either committee then. Yearly figures count what happened in `year` (by its business date) up
 * to the `asOf` day. For a past year without an explicit `asOf` that day is 31 December of the year.
 * For a village, trainings are the sessions one of its cadres attended; everything else is its cadres'.
 */
export type Statistics = {
  __typename?: 'Statistics';
  /** 约谈: admonishment talks held in the year. */
  admonishments: Scalars['Int']['output'];
  /** 截至 yyyy-mm-dd: the day the figures stand at (today for the live figures). */
  asOf: Scalars['String']['output'];
  /** 关爱保障: committee members (at the as-of day) granted each benefit for the year. */
  benefitCoverage: Array<KeyCount>;
  /** Ages of the committee members on the as-of day. */
  committeeAge: AgeStructure;
  /** Education of the committee members at the as-of day. */
  committeeEducation: EducationStructure;
  /** Ethnicity of the committee members (汉族 or a minority). */
  committeeEthnicity: EthnicityStructure;
  /** Gender of the committee members. */
  committeeGender: GenderStructure;
  /** “两委”干部: cadres holding at least one seat on either committee at the as-of day (each counted once). */
  committeeMembers: Scalars['Int']['output'];
  /** Political status of the committee members, by PoliticalStatus value. */
  committeePoliticalStatus: Array<KeyCount>;
  /** Urban communities (社区) in scope. */
  communities: Scalars['Int']['output'];
  /** 交叉任职: share of committee members sitting on both committees. */
  crossHoldingShare: Scalars['Float']['output'];
  /** 外出实训: party secretaries (at the as-of day) who attended an external session or training in the year. */
  externalTrainingSecretaries: Scalars['Int']['output'];
  /** External sessions (外学先进: study trips elsewhere) held in the year. */
  externalTrainingSessions: Scalars['Int']['output'];
  /** Cadres who received at least one honor in the year (each counted once). */
  honoredCadres: Scalars['Int']['output'];
  /** Cadres honored at district level or above (区级以上) in the year (each counted once). */
  honoredDistrictOrAbove: Scalars['Int']['output'];
  /** 荣誉: honor records awarded in the year (a cadre honored twice counts twice). */
  honors: Scalars['Int']['output'];
  /** Honor records awarded in the year, by level. */
  honorsByLevel: Array<KeyCount>;
  /** Honor records of district level or above (区级以上) awarded in the year. */
  honorsDistrictOrAbove: Scalars['Int']['output'];
  /** Internal sessions (内挖潜力: the township's own courses) held in the year. */
  internalTrainingSessions: Scalars['Int']['output'];
  /** 一肩挑: share of party secretaries who also chair the villagers'/residents' committee. */
  oneShoulderShare: Scalars['Float']['output'];
  /** The organization's ratings of the year's evaluated pledges, by grade. */
  organizationRatings: Array<KeyCount>;
  /** 党组织书记: cadres holding a party secretary's seat at the as-of day. */
  partySecretaries: Scalars['Int']['output'];
  /** 承诺事项: the items of the year's pledges, summed. */
  pledgeItems: Scalars['Int']['output'];
  /** The year's pledges rated by residents or by the organization. */
  pledgesEvaluated: Scalars['Int']['output'];
  /** 一诺双评: pledges made for the year (one per cadre). */
  pledgesMade: Scalars['Int']['output'];
  /** 后备干部: cadres in the reserve pool at the as-of day. */
  reserveCadres: Scalars['Int']['output'];
  /** Education of the reserve cadres at the as-of day. */
  reserveEducation: EducationStructure;
  /** Where the reserve cadres come from: ENTREPRENEUR 致富能手, RETURNING_GRADUATE 返乡大学生, VETERAN 退伍军人, OTHER. */
  reserveSources: Array<KeyCount>;
  /** Residents' ratings of the year's evaluated pledges, by grade. */
  residentsRatings: Array<KeyCount>;
  /** 三单: requests raised up to the as-of day, cumulative (not only in the year). */
  serviceRequestsRaised: Scalars['Int']['output'];
  /** 三单: requests resolved (and possibly rated) up to the as-of day, cumulative. */
  serviceRequestsResolved: Scalars['Int']['output'];
  /** Committee members (at the as-of day) trained in the year: attended a session or have an individual training record. */
  trainedCommitteeMembers: Scalars['Int']['output'];
  /** 培训覆盖率: trainedCommitteeMembers / committeeMembers. */
  trainingCoverage: Scalars['Float']['output'];
  /** 培训场次: training sessions held in the year, internal and external (= internal + external). */
  trainingSessions: Scalars['Int']['output'];
  /** Villages (村) in scope. */
  villages: Scalars['Int']['output'];
  /** The year the yearly figures are about. */
  year: Scalars['Int']['output'];
};

/** A stream of the ledger, named `<category>-<id>` (EventStoreDB's convention). */
export type StreamRef = {
  __typename?: 'StreamRef';
  /** The kind of stream: township, village, cadre, training or request. */
  category: Scalars['String']['output'];
  /** The id (a UUID) of the township, village, cadre, training session or service request. */
  id: Scalars['ID']['output'];
  /** The stream's part in the command, e.g. `cadre` and `secretary` when mentors are assigned (both are cadres). */
  role: Scalars['String']['output'];
};

/**
 * Live updates over WebSocket (graphql-ws protocol, `ws://host/graphql`). Authenticate with the connection
 * parameters `{ "authorization": "Bearer <token>" }` or `{ "apiKey": "ck_…" }`.
 */
export type Subscription = {
  __typename?: 'Subscription';
  /** A cadre's file each time it changes (after `after`, a position, if given), once the read models show it. */
  cadreChanged: Cadre;
  /**
   * Every new event as it is stored (auditors watch live), optionally of one stream or one type. `after`, a
   * position (decimal string) from the event log, resumes from there without a gap; without it, from now.
   */
  eventAppended: LedgerEvent;
};


/**
 * Live updates over WebSocket (graphql-ws protocol, `ws://host/graphql`). Authenticate with the connection
 * parameters `{ "authorization": "Bearer <token>" }` or `{ "apiKey": "ck_…" }`.
 */
export type SubscriptionCadreChangedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Live updates over WebSocket (graphql-ws protocol, `ws://host/graphql`). Authenticate with the connection
 * parameters `{ "authorization": "Bearer <token>" }` or `{ "apiKey": "ck_…" }`.
 */
export type SubscriptionEventAppendedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  streamId?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<Scalars['String']['input']>;
};

/** 谈心谈话、约谈 A talk held with a cadre, with the cadre's name and village. */
export type TalkRecord = {
  __typename?: 'TalkRecord';
  cadreId: Scalars['ID']['output'];
  cadreName: Scalars['String']['output'];
  findings: Scalars['String']['output'];
  heldOn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  interviewer: Scalars['String']['output'];
  kind: InterviewKind;
  villageId?: Maybe<Scalars['ID']['output']>;
  villageName?: Maybe<Scalars['String']['output']>;
};

export type TalkRecordConnection = {
  __typename?: 'TalkRecordConnection';
  edges: Array<TalkRecordEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TalkRecordEdge = {
  __typename?: 'TalkRecordEdge';
  cursor: Scalars['String']['output'];
  node: TalkRecord;
};

export type TalkSort =
  | 'CADRE_NAME'
  | 'HELD_ON'
  | 'KIND';

/**
 * Which clock an as-of query reads: OCCURRED is business time (what was true on that date, as the ledger
 * now knows it, late entries included); RECORDED is when the ledger learned it (what it said on that date).
 */
export type TimeBasis =
  | 'OCCURRED'
  | 'RECORDED';

/** A township (镇) and its settings. */
export type Township = {
  __typename?: 'Township';
  /** Share of 'incompetent' votes (0..1) from which an admonishment talk is due. */
  admonishmentThreshold: Scalars['Float']['output'];
  district: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  reviewingDepartments: Array<ReviewingDepartment>;
};

/** 镇设置 A township's settings, recorded with every change so that a later default never rewrites history. */
export type TownshipSettingsInput = {
  /**
   * 约谈阈值 The share of "incompetent" (不称职) votes in a democratic appraisal, above 0 and at most 1, from
   * which an admonishment talk (诫勉谈话) is due. Defaults to 0.3, the common 30% rule.
   */
  admonishmentThreshold?: InputMaybe<Scalars['Float']['input']>;
  /**
   * 联审部门 The departments asked for a verdict in each qualification review opened from then on: at least
   * one, no code twice (else DUPLICATE_ENTRY). Defaults to 纪检监察 DISCIPLINE_INSPECTION and 公安 PUBLIC_SECURITY.
   */
  reviewingDepartments?: InputMaybe<Array<ReviewingDepartmentInput>>;
};

/** 培训 A training session and who attended. */
export type Training = {
  __typename?: 'Training';
  attendeeCount: Scalars['Int']['output'];
  attendeeIds: Array<Scalars['ID']['output']>;
  /** Planned date, yyyy-mm-dd. */
  date: Scalars['String']['output'];
  /** yyyy-mm-dd once held. */
  heldOn?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: TrainingKind;
  place: Scalars['String']['output'];
  topic: Scalars['String']['output'];
  townshipId: Scalars['ID']['output'];
};

export type TrainingConnection = {
  __typename?: 'TrainingConnection';
  edges: Array<TrainingEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TrainingEdge = {
  __typename?: 'TrainingEdge';
  cursor: Scalars['String']['output'];
  node: Training;
};

/** 培训类型 内挖潜力 a session in the township (INTERNAL) or 外学先进 training elsewhere (EXTERNAL, 外出实训). */
export type TrainingKind =
  | 'EXTERNAL'
  | 'INTERNAL';

/** Input of `updatePoliticalPortrait`. */
export type UpdatePoliticalPortraitInput = {
  /** 画像依据 The kinds of records it is drawn from, at least one, none twice; each must be on the file by `updatedOn` (else PORTRAIT_BASIS_NOT_RECORDED). */
  basedOn: Array<PortraitBasis>;
  /** 干部 The sitting party secretary (UUID). */
  cadreId: Scalars['ID']['input'];
  /** 画像 The portrait's text, at most 5000 characters. */
  text: Scalars['String']['input'];
  /** 更新日期 yyyy-mm-dd, not in the future. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  updatedOn?: InputMaybe<Scalars['String']['input']>;
};

/** A user who signs in to the admin client. */
export type UserAccount = {
  __typename?: 'UserAccount';
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  role: Role;
  username: Scalars['String']['output'];
  /** The village a VILLAGE user belongs to. */
  villageId?: Maybe<Scalars['ID']['output']>;
};

/** 村（社区） A village or community with its committees ("两委") and reserve pool. */
export type Village = {
  __typename?: 'Village';
  id: Scalars['ID']['output'];
  kind: VillageKind;
  name: Scalars['String']['output'];
  /** Open early warnings; null (无权查看) for external apps and for a village secretary asking about another village. */
  openWarnings?: Maybe<Array<EarlyWarning>>;
  /** 后备干部 of this village; null (无权查看) for a village secretary asking about another village. */
  reserveCadres?: Maybe<Array<Cadre>>;
  /** The seats of both committees as held now; null (无权查看) for a village secretary asking about another village. */
  seats?: Maybe<Array<Seat>>;
  townshipId: Scalars['ID']['output'];
};

export type VillageConnection = {
  __typename?: 'VillageConnection';
  edges: Array<VillageEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type VillageEdge = {
  __typename?: 'VillageEdge';
  cursor: Scalars['String']['output'];
  node: Village;
};

/** 类型 A village (村) or an urban community (社区). */
export type VillageKind =
  | 'COMMUNITY'
  | 'VILLAGE';

/**
 * 苗头性、倾向性问题 An early warning on a board: a committee review's issue, or an admonishment talk due
 * because 30% or more of a democratic appraisal's ballots said "incompetent" (the township's threshold).
 */
export type WarningRecord = {
  __typename?: 'WarningRecord';
  cadreId?: Maybe<Scalars['ID']['output']>;
  cadreName?: Maybe<Scalars['String']['output']>;
  correctiveAction?: Maybe<Scalars['String']['output']>;
  /** Whole days from raised to resolved, or to the day asked about (`asOf`, else today) while open. */
  daysOpen: Scalars['Int']['output'];
  description: Scalars['String']['output'];
  issueId: Scalars['ID']['output'];
  raisedOn: Scalars['String']['output'];
  /** 销号: null while open. */
  resolvedOn?: Maybe<Scalars['String']['output']>;
  source: EarlyWarningSource;
  villageId?: Maybe<Scalars['ID']['output']>;
  villageName?: Maybe<Scalars['String']['output']>;
};

export type WarningRecordConnection = {
  __typename?: 'WarningRecordConnection';
  edges: Array<WarningRecordEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WarningRecordEdge = {
  __typename?: 'WarningRecordEdge';
  cursor: Scalars['String']['output'];
  node: WarningRecord;
};

export type WarningSort =
  | 'DAYS_OPEN'
  | 'RAISED_ON'
  | 'RESOLVED_ON'
  | 'VILLAGE';



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AcceptServiceRequestInput: ResolverTypeWrapper<Partial<AcceptServiceRequestInput>>;
  AgeBandCount: ResolverTypeWrapper<Partial<AgeBandCount>>;
  AgeStructure: ResolverTypeWrapper<Partial<AgeStructure>>;
  AnnualAssessment: ResolverTypeWrapper<Partial<AnnualAssessment>>;
  AppointCadreInput: ResolverTypeWrapper<Partial<AppointCadreInput>>;
  AppointmentMethod: ResolverTypeWrapper<Partial<AppointmentMethod>>;
  AppraisalVotes: ResolverTypeWrapper<Partial<AppraisalVotes>>;
  AppraisalVotesInput: ResolverTypeWrapper<Partial<AppraisalVotesInput>>;
  AssessmentRecord: ResolverTypeWrapper<Partial<AssessmentRecord>>;
  AssessmentRecordConnection: ResolverTypeWrapper<Partial<AssessmentRecordConnection>>;
  AssessmentRecordEdge: ResolverTypeWrapper<Partial<AssessmentRecordEdge>>;
  AssessmentSort: ResolverTypeWrapper<Partial<AssessmentSort>>;
  AssignMentorsInput: ResolverTypeWrapper<Partial<AssignMentorsInput>>;
  Benefit: ResolverTypeWrapper<Partial<Benefit>>;
  BenefitKind: ResolverTypeWrapper<Partial<BenefitKind>>;
  BenefitRecord: ResolverTypeWrapper<Partial<BenefitRecord>>;
  BenefitRecordConnection: ResolverTypeWrapper<Partial<BenefitRecordConnection>>;
  BenefitRecordEdge: ResolverTypeWrapper<Partial<BenefitRecordEdge>>;
  BenefitSort: ResolverTypeWrapper<Partial<BenefitSort>>;
  Boolean: ResolverTypeWrapper<Partial<Scalars['Boolean']['output']>>;
  BrokenLink: ResolverTypeWrapper<Partial<BrokenLink>>;
  Cadre: ResolverTypeWrapper<DisclosedCadre>;
  CadreConnection: ResolverTypeWrapper<Partial<Omit<CadreConnection, 'edges'> & { edges: Array<ResolversTypes['CadreEdge']> }>>;
  CadreEdge: ResolverTypeWrapper<Partial<Omit<CadreEdge, 'node'> & { node: ResolversTypes['Cadre'] }>>;
  CadrePayload: ResolverTypeWrapper<Partial<Omit<CadrePayload, 'cadre'> & { cadre?: Maybe<ResolversTypes['Cadre']> }>>;
  CadreProfileChangesInput: ResolverTypeWrapper<Partial<CadreProfileChangesInput>>;
  CadreProfileInput: ResolverTypeWrapper<Partial<CadreProfileInput>>;
  CadreRole: ResolverTypeWrapper<Partial<CadreRole>>;
  CadreSnapshot: ResolverTypeWrapper<Partial<Omit<CadreSnapshot, 'cadre'> & { cadre?: Maybe<ResolversTypes['Cadre']> }>>;
  CadreSort: ResolverTypeWrapper<Partial<CadreSort>>;
  CadreTrainingRecord: ResolverTypeWrapper<Partial<CadreTrainingRecord>>;
  ChangeReserveTierInput: ResolverTypeWrapper<Partial<ChangeReserveTierInput>>;
  ChangeTownshipSettingsInput: ResolverTypeWrapper<Partial<ChangeTownshipSettingsInput>>;
  CommandPayload: ResolverTypeWrapper<Partial<CommandPayload>>;
  Committee: ResolverTypeWrapper<Partial<Committee>>;
  CommitteeReviewRecord: ResolverTypeWrapper<Partial<CommitteeReviewRecord>>;
  CommitteeReviewRecordConnection: ResolverTypeWrapper<Partial<CommitteeReviewRecordConnection>>;
  CommitteeReviewRecordEdge: ResolverTypeWrapper<Partial<CommitteeReviewRecordEdge>>;
  CommitteeReviewSort: ResolverTypeWrapper<Partial<CommitteeReviewSort>>;
  CompleteEducationInput: ResolverTypeWrapper<Partial<CompleteEducationInput>>;
  ConcludeQualificationReviewInput: ResolverTypeWrapper<Partial<ConcludeQualificationReviewInput>>;
  CorrectCadreProfileInput: ResolverTypeWrapper<Partial<CorrectCadreProfileInput>>;
  DepartmentVerdict: ResolverTypeWrapper<Partial<DepartmentVerdict>>;
  DerivedId: ResolverTypeWrapper<Partial<DerivedId>>;
  DispatchServiceRequestInput: ResolverTypeWrapper<Partial<DispatchServiceRequestInput>>;
  EarlyWarning: ResolverTypeWrapper<Partial<EarlyWarning>>;
  EarlyWarningConnection: ResolverTypeWrapper<Partial<EarlyWarningConnection>>;
  EarlyWarningEdge: ResolverTypeWrapper<Partial<EarlyWarningEdge>>;
  EarlyWarningInput: ResolverTypeWrapper<Partial<EarlyWarningInput>>;
  EarlyWarningSource: ResolverTypeWrapper<Partial<EarlyWarningSource>>;
  EducationLevel: ResolverTypeWrapper<Partial<EducationLevel>>;
  EducationLevelCount: ResolverTypeWrapper<Partial<EducationLevelCount>>;
  EducationProgramme: ResolverTypeWrapper<Partial<EducationProgramme>>;
  EducationRecord: ResolverTypeWrapper<Partial<EducationRecord>>;
  EducationRecordInput: ResolverTypeWrapper<Partial<EducationRecordInput>>;
  EducationStructure: ResolverTypeWrapper<Partial<EducationStructure>>;
  EnlistReserveCadreInput: ResolverTypeWrapper<Partial<EnlistReserveCadreInput>>;
  EnrollEducationInput: ResolverTypeWrapper<Partial<EnrollEducationInput>>;
  ErasePersonalDataInput: ResolverTypeWrapper<Partial<ErasePersonalDataInput>>;
  EthnicityStructure: ResolverTypeWrapper<Partial<EthnicityStructure>>;
  EvaluatePledgeInput: ResolverTypeWrapper<Partial<EvaluatePledgeInput>>;
  EvaluationGrade: ResolverTypeWrapper<Partial<EvaluationGrade>>;
  EventLogFilter: ResolverTypeWrapper<Partial<EventLogFilter>>;
  FamilyMember: ResolverTypeWrapper<Partial<FamilyMember>>;
  FamilyMemberInput: ResolverTypeWrapper<Partial<FamilyMemberInput>>;
  Float: ResolverTypeWrapper<Partial<Scalars['Float']['output']>>;
  Gender: ResolverTypeWrapper<Partial<Gender>>;
  GenderStructure: ResolverTypeWrapper<Partial<GenderStructure>>;
  GrantBenefitInput: ResolverTypeWrapper<Partial<GrantBenefitInput>>;
  Honor: ResolverTypeWrapper<Partial<Honor>>;
  HonorCadreInput: ResolverTypeWrapper<Partial<HonorCadreInput>>;
  HonorConnection: ResolverTypeWrapper<Partial<HonorConnection>>;
  HonorEdge: ResolverTypeWrapper<Partial<HonorEdge>>;
  HonorLevel: ResolverTypeWrapper<Partial<HonorLevel>>;
  HonorRecord: ResolverTypeWrapper<Partial<HonorRecord>>;
  HonorRecordConnection: ResolverTypeWrapper<Partial<HonorRecordConnection>>;
  HonorRecordEdge: ResolverTypeWrapper<Partial<HonorRecordEdge>>;
  HonorSort: ResolverTypeWrapper<Partial<HonorSort>>;
  ID: ResolverTypeWrapper<Partial<Scalars['ID']['output']>>;
  Int: ResolverTypeWrapper<Partial<Scalars['Int']['output']>>;
  IntegrityReport: ResolverTypeWrapper<Partial<IntegrityReport>>;
  Interview: ResolverTypeWrapper<Partial<Interview>>;
  InterviewKind: ResolverTypeWrapper<Partial<InterviewKind>>;
  KeyCount: ResolverTypeWrapper<Partial<KeyCount>>;
  LeavePostInput: ResolverTypeWrapper<Partial<LeavePostInput>>;
  LeavingReason: ResolverTypeWrapper<Partial<LeavingReason>>;
  LedgerEvent: ResolverTypeWrapper<Partial<LedgerEvent>>;
  LedgerEventConnection: ResolverTypeWrapper<Partial<LedgerEventConnection>>;
  LedgerEventEdge: ResolverTypeWrapper<Partial<LedgerEventEdge>>;
  LedgerRuleViolation: ResolverTypeWrapper<Partial<LedgerRuleViolation>>;
  MakePledgeInput: ResolverTypeWrapper<Partial<MakePledgeInput>>;
  Mentors: ResolverTypeWrapper<Partial<Mentors>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OpenQualificationReviewInput: ResolverTypeWrapper<Partial<OpenQualificationReviewInput>>;
  PageInfo: ResolverTypeWrapper<Partial<PageInfo>>;
  PersonalDataRead: ResolverTypeWrapper<Partial<PersonalDataRead>>;
  Pledge: ResolverTypeWrapper<Partial<Pledge>>;
  PledgeConnection: ResolverTypeWrapper<Partial<PledgeConnection>>;
  PledgeEdge: ResolverTypeWrapper<Partial<PledgeEdge>>;
  PledgeStatus: ResolverTypeWrapper<Partial<PledgeStatus>>;
  PoliticalPortrait: ResolverTypeWrapper<Partial<PoliticalPortrait>>;
  PoliticalStatus: ResolverTypeWrapper<Partial<PoliticalStatus>>;
  PortraitBasis: ResolverTypeWrapper<Partial<PortraitBasis>>;
  Position: ResolverTypeWrapper<Partial<Position>>;
  Post: ResolverTypeWrapper<Partial<Post>>;
  PostRecord: ResolverTypeWrapper<Partial<PostRecord>>;
  QualificationReview: ResolverTypeWrapper<Partial<QualificationReview>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RaiseServiceRequestInput: ResolverTypeWrapper<Partial<RaiseServiceRequestInput>>;
  RateServiceRequestInput: ResolverTypeWrapper<Partial<RateServiceRequestInput>>;
  RecordAnnualAssessmentInput: ResolverTypeWrapper<Partial<RecordAnnualAssessmentInput>>;
  RecordCommitteeReviewInput: ResolverTypeWrapper<Partial<RecordCommitteeReviewInput>>;
  RecordDepartmentVerdictInput: ResolverTypeWrapper<Partial<RecordDepartmentVerdictInput>>;
  RecordInterviewInput: ResolverTypeWrapper<Partial<RecordInterviewInput>>;
  RecordTrainingHeldInput: ResolverTypeWrapper<Partial<RecordTrainingHeldInput>>;
  RecordTrainingInput: ResolverTypeWrapper<Partial<RecordTrainingInput>>;
  RegisterCadreInput: ResolverTypeWrapper<Partial<RegisterCadreInput>>;
  RegisterTownshipInput: ResolverTypeWrapper<Partial<RegisterTownshipInput>>;
  RegisterVillageInput: ResolverTypeWrapper<Partial<RegisterVillageInput>>;
  ReportPledgeProgressInput: ResolverTypeWrapper<Partial<ReportPledgeProgressInput>>;
  ReserveSource: ResolverTypeWrapper<Partial<ReserveSource>>;
  ReserveStatus: ResolverTypeWrapper<Partial<ReserveStatus>>;
  ResolveEarlyWarningInput: ResolverTypeWrapper<Partial<ResolveEarlyWarningInput>>;
  ResolveServiceRequestInput: ResolverTypeWrapper<Partial<ResolveServiceRequestInput>>;
  ResumeEntry: ResolverTypeWrapper<Partial<ResumeEntry>>;
  ResumeEntryInput: ResolverTypeWrapper<Partial<ResumeEntryInput>>;
  ReviewVerdict: ResolverTypeWrapper<Partial<ReviewVerdict>>;
  ReviewingDepartment: ResolverTypeWrapper<Partial<ReviewingDepartment>>;
  ReviewingDepartmentInput: ResolverTypeWrapper<Partial<ReviewingDepartmentInput>>;
  Role: ResolverTypeWrapper<Partial<Role>>;
  ScheduleTrainingInput: ResolverTypeWrapper<Partial<ScheduleTrainingInput>>;
  Seat: ResolverTypeWrapper<Partial<Seat>>;
  ServiceRequest: ResolverTypeWrapper<Partial<ServiceRequest>>;
  ServiceRequestCard: ResolverTypeWrapper<Partial<ServiceRequestCard>>;
  ServiceRequestCardConnection: ResolverTypeWrapper<Partial<ServiceRequestCardConnection>>;
  ServiceRequestCardEdge: ResolverTypeWrapper<Partial<ServiceRequestCardEdge>>;
  ServiceRequestConnection: ResolverTypeWrapper<Partial<ServiceRequestConnection>>;
  ServiceRequestEdge: ResolverTypeWrapper<Partial<ServiceRequestEdge>>;
  ServiceRequestSort: ResolverTypeWrapper<Partial<ServiceRequestSort>>;
  ServiceRequestStatus: ResolverTypeWrapper<Partial<ServiceRequestStatus>>;
  Session: ResolverTypeWrapper<Partial<Session>>;
  SignInFailure: ResolverTypeWrapper<Partial<SignInFailure>>;
  Statistics: ResolverTypeWrapper<Partial<Statistics>>;
  StreamRef: ResolverTypeWrapper<Partial<StreamRef>>;
  String: ResolverTypeWrapper<Partial<Scalars['String']['output']>>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TalkRecord: ResolverTypeWrapper<Partial<TalkRecord>>;
  TalkRecordConnection: ResolverTypeWrapper<Partial<TalkRecordConnection>>;
  TalkRecordEdge: ResolverTypeWrapper<Partial<TalkRecordEdge>>;
  TalkSort: ResolverTypeWrapper<Partial<TalkSort>>;
  TimeBasis: ResolverTypeWrapper<Partial<TimeBasis>>;
  Township: ResolverTypeWrapper<Partial<Township>>;
  TownshipSettingsInput: ResolverTypeWrapper<Partial<TownshipSettingsInput>>;
  Training: ResolverTypeWrapper<Partial<Training>>;
  TrainingConnection: ResolverTypeWrapper<Partial<TrainingConnection>>;
  TrainingEdge: ResolverTypeWrapper<Partial<TrainingEdge>>;
  TrainingKind: ResolverTypeWrapper<Partial<TrainingKind>>;
  UpdatePoliticalPortraitInput: ResolverTypeWrapper<Partial<UpdatePoliticalPortraitInput>>;
  UserAccount: ResolverTypeWrapper<Partial<UserAccount>>;
  Village: ResolverTypeWrapper<Partial<Omit<Village, 'reserveCadres'> & { reserveCadres?: Maybe<Array<ResolversTypes['Cadre']>> }>>;
  VillageConnection: ResolverTypeWrapper<Partial<Omit<VillageConnection, 'edges'> & { edges: Array<ResolversTypes['VillageEdge']> }>>;
  VillageEdge: ResolverTypeWrapper<Partial<Omit<VillageEdge, 'node'> & { node: ResolversTypes['Village'] }>>;
  VillageKind: ResolverTypeWrapper<Partial<VillageKind>>;
  WarningRecord: ResolverTypeWrapper<Partial<WarningRecord>>;
  WarningRecordConnection: ResolverTypeWrapper<Partial<WarningRecordConnection>>;
  WarningRecordEdge: ResolverTypeWrapper<Partial<WarningRecordEdge>>;
  WarningSort: ResolverTypeWrapper<Partial<WarningSort>>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AcceptServiceRequestInput: Partial<AcceptServiceRequestInput>;
  AgeBandCount: Partial<AgeBandCount>;
  AgeStructure: Partial<AgeStructure>;
  AnnualAssessment: Partial<AnnualAssessment>;
  AppointCadreInput: Partial<AppointCadreInput>;
  AppraisalVotes: Partial<AppraisalVotes>;
  AppraisalVotesInput: Partial<AppraisalVotesInput>;
  AssessmentRecord: Partial<AssessmentRecord>;
  AssessmentRecordConnection: Partial<AssessmentRecordConnection>;
  AssessmentRecordEdge: Partial<AssessmentRecordEdge>;
  AssignMentorsInput: Partial<AssignMentorsInput>;
  Benefit: Partial<Benefit>;
  BenefitRecord: Partial<BenefitRecord>;
  BenefitRecordConnection: Partial<BenefitRecordConnection>;
  BenefitRecordEdge: Partial<BenefitRecordEdge>;
  Boolean: Partial<Scalars['Boolean']['output']>;
  BrokenLink: Partial<BrokenLink>;
  Cadre: DisclosedCadre;
  CadreConnection: Partial<Omit<CadreConnection, 'edges'> & { edges: Array<ResolversParentTypes['CadreEdge']> }>;
  CadreEdge: Partial<Omit<CadreEdge, 'node'> & { node: ResolversParentTypes['Cadre'] }>;
  CadrePayload: Partial<Omit<CadrePayload, 'cadre'> & { cadre?: Maybe<ResolversParentTypes['Cadre']> }>;
  CadreProfileChangesInput: Partial<CadreProfileChangesInput>;
  CadreProfileInput: Partial<CadreProfileInput>;
  CadreSnapshot: Partial<Omit<CadreSnapshot, 'cadre'> & { cadre?: Maybe<ResolversParentTypes['Cadre']> }>;
  CadreTrainingRecord: Partial<CadreTrainingRecord>;
  ChangeReserveTierInput: Partial<ChangeReserveTierInput>;
  ChangeTownshipSettingsInput: Partial<ChangeTownshipSettingsInput>;
  CommandPayload: Partial<CommandPayload>;
  CommitteeReviewRecord: Partial<CommitteeReviewRecord>;
  CommitteeReviewRecordConnection: Partial<CommitteeReviewRecordConnection>;
  CommitteeReviewRecordEdge: Partial<CommitteeReviewRecordEdge>;
  CompleteEducationInput: Partial<CompleteEducationInput>;
  ConcludeQualificationReviewInput: Partial<ConcludeQualificationReviewInput>;
  CorrectCadreProfileInput: Partial<CorrectCadreProfileInput>;
  DepartmentVerdict: Partial<DepartmentVerdict>;
  DerivedId: Partial<DerivedId>;
  DispatchServiceRequestInput: Partial<DispatchServiceRequestInput>;
  EarlyWarning: Partial<EarlyWarning>;
  EarlyWarningConnection: Partial<EarlyWarningConnection>;
  EarlyWarningEdge: Partial<EarlyWarningEdge>;
  EarlyWarningInput: Partial<EarlyWarningInput>;
  EducationLevelCount: Partial<EducationLevelCount>;
  EducationProgramme: Partial<EducationProgramme>;
  EducationRecord: Partial<EducationRecord>;
  EducationRecordInput: Partial<EducationRecordInput>;
  EducationStructure: Partial<EducationStructure>;
  EnlistReserveCadreInput: Partial<EnlistReserveCadreInput>;
  EnrollEducationInput: Partial<EnrollEducationInput>;
  ErasePersonalDataInput: Partial<ErasePersonalDataInput>;
  EthnicityStructure: Partial<EthnicityStructure>;
  EvaluatePledgeInput: Partial<EvaluatePledgeInput>;
  EventLogFilter: Partial<EventLogFilter>;
  FamilyMember: Partial<FamilyMember>;
  FamilyMemberInput: Partial<FamilyMemberInput>;
  Float: Partial<Scalars['Float']['output']>;
  GenderStructure: Partial<GenderStructure>;
  GrantBenefitInput: Partial<GrantBenefitInput>;
  Honor: Partial<Honor>;
  HonorCadreInput: Partial<HonorCadreInput>;
  HonorConnection: Partial<HonorConnection>;
  HonorEdge: Partial<HonorEdge>;
  HonorRecord: Partial<HonorRecord>;
  HonorRecordConnection: Partial<HonorRecordConnection>;
  HonorRecordEdge: Partial<HonorRecordEdge>;
  ID: Partial<Scalars['ID']['output']>;
  Int: Partial<Scalars['Int']['output']>;
  IntegrityReport: Partial<IntegrityReport>;
  Interview: Partial<Interview>;
  KeyCount: Partial<KeyCount>;
  LeavePostInput: Partial<LeavePostInput>;
  LedgerEvent: Partial<LedgerEvent>;
  LedgerEventConnection: Partial<LedgerEventConnection>;
  LedgerEventEdge: Partial<LedgerEventEdge>;
  LedgerRuleViolation: Partial<LedgerRuleViolation>;
  MakePledgeInput: Partial<MakePledgeInput>;
  Mentors: Partial<Mentors>;
  Mutation: Record<PropertyKey, never>;
  OpenQualificationReviewInput: Partial<OpenQualificationReviewInput>;
  PageInfo: Partial<PageInfo>;
  PersonalDataRead: Partial<PersonalDataRead>;
  Pledge: Partial<Pledge>;
  PledgeConnection: Partial<PledgeConnection>;
  PledgeEdge: Partial<PledgeEdge>;
  PoliticalPortrait: Partial<PoliticalPortrait>;
  Post: Partial<Post>;
  PostRecord: Partial<PostRecord>;
  QualificationReview: Partial<QualificationReview>;
  Query: Record<PropertyKey, never>;
  RaiseServiceRequestInput: Partial<RaiseServiceRequestInput>;
  RateServiceRequestInput: Partial<RateServiceRequestInput>;
  RecordAnnualAssessmentInput: Partial<RecordAnnualAssessmentInput>;
  RecordCommitteeReviewInput: Partial<RecordCommitteeReviewInput>;
  RecordDepartmentVerdictInput: Partial<RecordDepartmentVerdictInput>;
  RecordInterviewInput: Partial<RecordInterviewInput>;
  RecordTrainingHeldInput: Partial<RecordTrainingHeldInput>;
  RecordTrainingInput: Partial<RecordTrainingInput>;
  RegisterCadreInput: Partial<RegisterCadreInput>;
  RegisterTownshipInput: Partial<RegisterTownshipInput>;
  RegisterVillageInput: Partial<RegisterVillageInput>;
  ReportPledgeProgressInput: Partial<ReportPledgeProgressInput>;
  ReserveStatus: Partial<ReserveStatus>;
  ResolveEarlyWarningInput: Partial<ResolveEarlyWarningInput>;
  ResolveServiceRequestInput: Partial<ResolveServiceRequestInput>;
  ResumeEntry: Partial<ResumeEntry>;
  ResumeEntryInput: Partial<ResumeEntryInput>;
  ReviewingDepartment: Partial<ReviewingDepartment>;
  ReviewingDepartmentInput: Partial<ReviewingDepartmentInput>;
  ScheduleTrainingInput: Partial<ScheduleTrainingInput>;
  Seat: Partial<Seat>;
  ServiceRequest: Partial<ServiceRequest>;
  ServiceRequestCard: Partial<ServiceRequestCard>;
  ServiceRequestCardConnection: Partial<ServiceRequestCardConnection>;
  ServiceRequestCardEdge: Partial<ServiceRequestCardEdge>;
  ServiceRequestConnection: Partial<ServiceRequestConnection>;
  ServiceRequestEdge: Partial<ServiceRequestEdge>;
  Session: Partial<Session>;
  SignInFailure: Partial<SignInFailure>;
  Statistics: Partial<Statistics>;
  StreamRef: Partial<StreamRef>;
  String: Partial<Scalars['String']['output']>;
  Subscription: Record<PropertyKey, never>;
  TalkRecord: Partial<TalkRecord>;
  TalkRecordConnection: Partial<TalkRecordConnection>;
  TalkRecordEdge: Partial<TalkRecordEdge>;
  Township: Partial<Township>;
  TownshipSettingsInput: Partial<TownshipSettingsInput>;
  Training: Partial<Training>;
  TrainingConnection: Partial<TrainingConnection>;
  TrainingEdge: Partial<TrainingEdge>;
  UpdatePoliticalPortraitInput: Partial<UpdatePoliticalPortraitInput>;
  UserAccount: Partial<UserAccount>;
  Village: Partial<Omit<Village, 'reserveCadres'> & { reserveCadres?: Maybe<Array<ResolversParentTypes['Cadre']>> }>;
  VillageConnection: Partial<Omit<VillageConnection, 'edges'> & { edges: Array<ResolversParentTypes['VillageEdge']> }>;
  VillageEdge: Partial<Omit<VillageEdge, 'node'> & { node: ResolversParentTypes['Village'] }>;
  WarningRecord: Partial<WarningRecord>;
  WarningRecordConnection: Partial<WarningRecordConnection>;
  WarningRecordEdge: Partial<WarningRecordEdge>;
};

export type AgeBandCountResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AgeBandCount'] = ResolversParentTypes['AgeBandCount']> = {
  band?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AgeStructureResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AgeStructure'] = ResolversParentTypes['AgeStructure']> = {
  averageAge?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  bands?: Resolver<Array<ResolversTypes['AgeBandCount']>, ParentType, ContextType>;
  over60Share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  under35Share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type AnnualAssessmentResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AnnualAssessment'] = ResolversParentTypes['AnnualAssessment']> = {
  bonus?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  grade?: Resolver<ResolversTypes['EvaluationGrade'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AppraisalVotesResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AppraisalVotes'] = ResolversParentTypes['AppraisalVotes']> = {
  basicallyCompetent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  competent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  excellent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  incompetent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AssessmentRecordResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AssessmentRecord'] = ResolversParentTypes['AssessmentRecord']> = {
  assessedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bonus?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  cadreId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  cadreName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  grade?: Resolver<ResolversTypes['EvaluationGrade'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  villageId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  villageName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AssessmentRecordConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AssessmentRecordConnection'] = ResolversParentTypes['AssessmentRecordConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AssessmentRecordEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AssessmentRecordEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AssessmentRecordEdge'] = ResolversParentTypes['AssessmentRecordEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AssessmentRecord'], ParentType, ContextType>;
};

export type BenefitResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Benefit'] = ResolversParentTypes['Benefit']> = {
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['BenefitKind'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BenefitRecordResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['BenefitRecord'] = ResolversParentTypes['BenefitRecord']> = {
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  cadreId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  cadreName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['BenefitKind'], ParentType, ContextType>;
  villageId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  villageName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BenefitRecordConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['BenefitRecordConnection'] = ResolversParentTypes['BenefitRecordConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BenefitRecordEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BenefitRecordEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['BenefitRecordEdge'] = ResolversParentTypes['BenefitRecordEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['BenefitRecord'], ParentType, ContextType>;
};

export type BrokenLinkResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['BrokenLink'] = ResolversParentTypes['BrokenLink']> = {
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  fault?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  streamId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CadreResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Cadre'] = ResolversParentTypes['Cadre']> = {
  age?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  assessments?: Resolver<Array<ResolversTypes['AnnualAssessment']>, ParentType, ContextType>;
  benefits?: Resolver<Maybe<Array<ResolversTypes['Benefit']>>, ParentType, ContextType>;
  birthDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  birthplace?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  education?: Resolver<Array<ResolversTypes['EducationProgramme']>, ParentType, ContextType>;
  educationLevel?: Resolver<ResolversTypes['EducationLevel'], ParentType, ContextType>;
  ethnicity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  familyMembers?: Resolver<Maybe<Array<ResolversTypes['FamilyMember']>>, ParentType, ContextType>;
  fullTimeEducation?: Resolver<Maybe<ResolversTypes['EducationRecord']>, ParentType, ContextType>;
  gender?: Resolver<ResolversTypes['Gender'], ParentType, ContextType>;
  health?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  honors?: Resolver<Array<ResolversTypes['Honor']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  idNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  interviews?: Resolver<Array<ResolversTypes['Interview']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nativePlace?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  onTheJobEducation?: Resolver<Maybe<ResolversTypes['EducationRecord']>, ParentType, ContextType>;
  openWarnings?: Resolver<Array<ResolversTypes['EarlyWarning']>, ParentType, ContextType>;
  partyJoinDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pledges?: Resolver<Array<ResolversTypes['Pledge']>, ParentType, ContextType>;
  politicalStatus?: Resolver<ResolversTypes['PoliticalStatus'], ParentType, ContextType>;
  portrait?: Resolver<Maybe<ResolversTypes['PoliticalPortrait']>, ParentType, ContextType>;
  postHistory?: Resolver<Array<ResolversTypes['PostRecord']>, ParentType, ContextType>;
  posts?: Resolver<Array<ResolversTypes['Post']>, ParentType, ContextType>;
  professionalTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  qualificationReviews?: Resolver<Array<ResolversTypes['QualificationReview']>, ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reserve?: Resolver<Maybe<ResolversTypes['ReserveStatus']>, ParentType, ContextType>;
  resume?: Resolver<Array<ResolversTypes['ResumeEntry']>, ParentType, ContextType>;
  rewardsAndPenalties?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  speciality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  trainings?: Resolver<Array<ResolversTypes['CadreTrainingRecord']>, ParentType, ContextType>;
  village?: Resolver<Maybe<ResolversTypes['Village']>, ParentType, ContextType>;
  villageId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  workStartDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CadreConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CadreConnection'] = ResolversParentTypes['CadreConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CadreEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CadreEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CadreEdge'] = ResolversParentTypes['CadreEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Cadre'], ParentType, ContextType>;
};

export type CadrePayloadResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CadrePayload'] = ResolversParentTypes['CadrePayload']> = {
  cadre?: Resolver<Maybe<ResolversTypes['Cadre']>, ParentType, ContextType>;
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  derivedIds?: Resolver<Array<ResolversTypes['DerivedId']>, ParentType, ContextType>;
  duplicate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  ids?: Resolver<Array<ResolversTypes['StreamRef']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CadreSnapshotResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CadreSnapshot'] = ResolversParentTypes['CadreSnapshot']> = {
  asOf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['TimeBasis'], ParentType, ContextType>;
  cadre?: Resolver<Maybe<ResolversTypes['Cadre']>, ParentType, ContextType>;
  educationLevel?: Resolver<Maybe<ResolversTypes['EducationLevel']>, ParentType, ContextType>;
  eventCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  politicalStatus?: Resolver<Maybe<ResolversTypes['PoliticalStatus']>, ParentType, ContextType>;
  posts?: Resolver<Array<ResolversTypes['Post']>, ParentType, ContextType>;
  registered?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CadreTrainingRecordResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CadreTrainingRecord'] = ResolversParentTypes['CadreTrainingRecord']> = {
  kind?: Resolver<ResolversTypes['TrainingKind'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  trainedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  trainingId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type CommandPayloadResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CommandPayload'] = ResolversParentTypes['CommandPayload']> = {
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  derivedIds?: Resolver<Array<ResolversTypes['DerivedId']>, ParentType, ContextType>;
  duplicate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  ids?: Resolver<Array<ResolversTypes['StreamRef']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CommitteeReviewRecordResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CommitteeReviewRecord'] = ResolversParentTypes['CommitteeReviewRecord']> = {
  findings?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  openWarningCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reviewedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  villageId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  villageName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  warningCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommitteeReviewRecordConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CommitteeReviewRecordConnection'] = ResolversParentTypes['CommitteeReviewRecordConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CommitteeReviewRecordEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommitteeReviewRecordEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CommitteeReviewRecordEdge'] = ResolversParentTypes['CommitteeReviewRecordEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CommitteeReviewRecord'], ParentType, ContextType>;
};

export type DepartmentVerdictResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['DepartmentVerdict'] = ResolversParentTypes['DepartmentVerdict']> = {
  decidedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  verdict?: Resolver<ResolversTypes['ReviewVerdict'], ParentType, ContextType>;
};

export type DerivedIdResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['DerivedId'] = ResolversParentTypes['DerivedId']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type EarlyWarningResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['EarlyWarning'] = ResolversParentTypes['EarlyWarning']> = {
  cadreId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  correctiveAction?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issueId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  raisedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resolvedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  villageId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type EarlyWarningConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['EarlyWarningConnection'] = ResolversParentTypes['EarlyWarningConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EarlyWarningEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EarlyWarningEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['EarlyWarningEdge'] = ResolversParentTypes['EarlyWarningEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['EarlyWarning'], ParentType, ContextType>;
};

export type EducationLevelCountResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['EducationLevelCount'] = ResolversParentTypes['EducationLevelCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['EducationLevel'], ParentType, ContextType>;
};

export type EducationProgrammeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['EducationProgramme'] = ResolversParentTypes['EducationProgramme']> = {
  completedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  degree?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enrolledOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['EducationLevel'], ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  school?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EducationRecordResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['EducationRecord'] = ResolversParentTypes['EducationRecord']> = {
  degree?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['EducationLevel'], ParentType, ContextType>;
  major?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  school?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EducationStructureResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['EducationStructure'] = ResolversParentTypes['EducationStructure']> = {
  bachelorOrAbove?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  bachelorOrAboveShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  byLevel?: Resolver<Array<ResolversTypes['EducationLevelCount']>, ParentType, ContextType>;
  juniorCollegeOrAbove?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  juniorCollegeOrAboveShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EthnicityStructureResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['EthnicityStructure'] = ResolversParentTypes['EthnicityStructure']> = {
  han?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minority?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FamilyMemberResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FamilyMember'] = ResolversParentTypes['FamilyMember']> = {
  birthDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  employerAndPost?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  politicalStatus?: Resolver<Maybe<ResolversTypes['PoliticalStatus']>, ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GenderStructureResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['GenderStructure'] = ResolversParentTypes['GenderStructure']> = {
  female?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  femaleShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  male?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HonorResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Honor'] = ResolversParentTypes['Honor']> = {
  awardedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  awardingBody?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cadreId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['HonorLevel'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type HonorConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['HonorConnection'] = ResolversParentTypes['HonorConnection']> = {
  edges?: Resolver<Array<ResolversTypes['HonorEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HonorEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['HonorEdge'] = ResolversParentTypes['HonorEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Honor'], ParentType, ContextType>;
};

export type HonorRecordResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['HonorRecord'] = ResolversParentTypes['HonorRecord']> = {
  awardedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  awardingBody?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cadreId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  cadreName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['HonorLevel'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  villageId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  villageName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type HonorRecordConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['HonorRecordConnection'] = ResolversParentTypes['HonorRecordConnection']> = {
  edges?: Resolver<Array<ResolversTypes['HonorRecordEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HonorRecordEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['HonorRecordEdge'] = ResolversParentTypes['HonorRecordEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['HonorRecord'], ParentType, ContextType>;
};

export type IntegrityReportResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['IntegrityReport'] = ResolversParentTypes['IntegrityReport']> = {
  checkedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  events?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstBroken?: Resolver<Maybe<ResolversTypes['BrokenLink']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  ruleViolations?: Resolver<Array<ResolversTypes['LedgerRuleViolation']>, ParentType, ContextType>;
  streams?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InterviewResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Interview'] = ResolversParentTypes['Interview']> = {
  findings?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  heldOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  interviewer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InterviewKind'], ParentType, ContextType>;
  votes?: Resolver<Maybe<ResolversTypes['AppraisalVotes']>, ParentType, ContextType>;
};

export type KeyCountResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['KeyCount'] = ResolversParentTypes['KeyCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LedgerEventResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['LedgerEvent'] = ResolversParentTypes['LedgerEvent']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  data?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  previousHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  schemaVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  streamId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LedgerEventConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['LedgerEventConnection'] = ResolversParentTypes['LedgerEventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['LedgerEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LedgerEventEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['LedgerEventEdge'] = ResolversParentTypes['LedgerEventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LedgerEvent'], ParentType, ContextType>;
};

export type LedgerRuleViolationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['LedgerRuleViolation'] = ResolversParentTypes['LedgerRuleViolation']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  streamId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MentorsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Mentors'] = ResolversParentTypes['Mentors']> = {
  assignedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  memberCadreIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  secretaryCadreId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  townshipLeader?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptServiceRequest?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationAcceptServiceRequestArgs, 'commandId' | 'input'>>;
  appointCadre?: Resolver<ResolversTypes['CadrePayload'], ParentType, ContextType, RequireFields<MutationAppointCadreArgs, 'commandId' | 'input'>>;
  assignMentors?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationAssignMentorsArgs, 'commandId' | 'input'>>;
  changeReserveTier?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationChangeReserveTierArgs, 'commandId' | 'input'>>;
  changeTownshipSettings?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationChangeTownshipSettingsArgs, 'commandId' | 'input'>>;
  completeEducation?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationCompleteEducationArgs, 'commandId' | 'input'>>;
  concludeQualificationReview?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationConcludeQualificationReviewArgs, 'commandId' | 'input'>>;
  correctCadreProfile?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationCorrectCadreProfileArgs, 'commandId' | 'input'>>;
  disableUser?: Resolver<ResolversTypes['UserAccount'], ParentType, ContextType, RequireFields<MutationDisableUserArgs, 'id'>>;
  dispatchServiceRequest?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationDispatchServiceRequestArgs, 'commandId' | 'input'>>;
  enlistReserveCadre?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationEnlistReserveCadreArgs, 'commandId' | 'input'>>;
  enrollEducation?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationEnrollEducationArgs, 'commandId' | 'input'>>;
  erasePersonalData?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationErasePersonalDataArgs, 'commandId' | 'input'>>;
  evaluatePledge?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationEvaluatePledgeArgs, 'commandId' | 'input'>>;
  grantBenefit?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationGrantBenefitArgs, 'commandId' | 'input'>>;
  honorCadre?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationHonorCadreArgs, 'commandId' | 'input'>>;
  leavePost?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationLeavePostArgs, 'commandId' | 'input'>>;
  makePledge?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationMakePledgeArgs, 'commandId' | 'input'>>;
  openQualificationReview?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationOpenQualificationReviewArgs, 'commandId' | 'input'>>;
  raiseServiceRequest?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationRaiseServiceRequestArgs, 'commandId' | 'input'>>;
  rateServiceRequest?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationRateServiceRequestArgs, 'commandId' | 'input'>>;
  recordAnnualAssessment?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationRecordAnnualAssessmentArgs, 'commandId' | 'input'>>;
  recordCommitteeReview?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationRecordCommitteeReviewArgs, 'commandId' | 'input'>>;
  recordDepartmentVerdict?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationRecordDepartmentVerdictArgs, 'commandId' | 'input'>>;
  recordInterview?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationRecordInterviewArgs, 'commandId' | 'input'>>;
  recordTraining?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationRecordTrainingArgs, 'commandId' | 'input'>>;
  recordTrainingHeld?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationRecordTrainingHeldArgs, 'commandId' | 'input'>>;
  registerCadre?: Resolver<ResolversTypes['CadrePayload'], ParentType, ContextType, RequireFields<MutationRegisterCadreArgs, 'commandId' | 'input'>>;
  registerTownship?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationRegisterTownshipArgs, 'commandId' | 'input'>>;
  registerVillage?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationRegisterVillageArgs, 'commandId' | 'input'>>;
  reportPledgeProgress?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationReportPledgeProgressArgs, 'commandId' | 'input'>>;
  resetPassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationResetPasswordArgs, 'id' | 'password'>>;
  resolveEarlyWarning?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationResolveEarlyWarningArgs, 'commandId' | 'input'>>;
  resolveServiceRequest?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationResolveServiceRequestArgs, 'commandId' | 'input'>>;
  scheduleTraining?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationScheduleTrainingArgs, 'commandId' | 'input'>>;
  signIn?: Resolver<ResolversTypes['Session'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'password' | 'username'>>;
  signOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  updatePoliticalPortrait?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationUpdatePoliticalPortraitArgs, 'commandId' | 'input'>>;
};

export type PageInfoResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PersonalDataReadResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PersonalDataRead'] = ResolversParentTypes['PersonalDataRead']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cadreId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  readAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type PledgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Pledge'] = ResolversParentTypes['Pledge']> = {
  cadreId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  evaluatedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  itemCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  madeOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizationRating?: Resolver<Maybe<ResolversTypes['EvaluationGrade']>, ParentType, ContextType>;
  progress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  progressOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  residentsRating?: Resolver<Maybe<ResolversTypes['EvaluationGrade']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PledgeConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PledgeConnection'] = ResolversParentTypes['PledgeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PledgeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PledgeEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PledgeEdge'] = ResolversParentTypes['PledgeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Pledge'], ParentType, ContextType>;
};

export type PoliticalPortraitResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PoliticalPortrait'] = ResolversParentTypes['PoliticalPortrait']> = {
  basedOn?: Resolver<Array<ResolversTypes['PortraitBasis']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PostResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Post'] = ResolversParentTypes['Post']> = {
  appointedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  committee?: Resolver<ResolversTypes['Committee'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['AppointmentMethod'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  villageId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PostRecordResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PostRecord'] = ResolversParentTypes['PostRecord']> = {
  appointedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  committee?: Resolver<ResolversTypes['Committee'], ParentType, ContextType>;
  leavingReason?: Resolver<Maybe<ResolversTypes['LeavingReason']>, ParentType, ContextType>;
  leftOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  method?: Resolver<ResolversTypes['AppointmentMethod'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  reviewId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  villageId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QualificationReviewResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['QualificationReview'] = ResolversParentTypes['QualificationReview']> = {
  committee?: Resolver<ResolversTypes['Committee'], ParentType, ContextType>;
  concludedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  departments?: Resolver<Array<ResolversTypes['ReviewingDepartment']>, ParentType, ContextType>;
  openedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['ReviewVerdict']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  reviewId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  verdicts?: Resolver<Array<ResolversTypes['DepartmentVerdict']>, ParentType, ContextType>;
  villageId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  assessmentRecords?: Resolver<ResolversTypes['AssessmentRecordConnection'], ParentType, ContextType, Partial<QueryAssessmentRecordsArgs>>;
  benefitRecords?: Resolver<ResolversTypes['BenefitRecordConnection'], ParentType, ContextType, Partial<QueryBenefitRecordsArgs>>;
  cadre?: Resolver<Maybe<ResolversTypes['Cadre']>, ParentType, ContextType, RequireFields<QueryCadreArgs, 'id'>>;
  cadreAsOf?: Resolver<ResolversTypes['CadreSnapshot'], ParentType, ContextType, RequireFields<QueryCadreAsOfArgs, 'asOf' | 'id'>>;
  cadreHistory?: Resolver<ResolversTypes['LedgerEventConnection'], ParentType, ContextType, RequireFields<QueryCadreHistoryArgs, 'id'>>;
  cadres?: Resolver<ResolversTypes['CadreConnection'], ParentType, ContextType, Partial<QueryCadresArgs>>;
  committeeReviews?: Resolver<ResolversTypes['CommitteeReviewRecordConnection'], ParentType, ContextType, Partial<QueryCommitteeReviewsArgs>>;
  earlyWarnings?: Resolver<ResolversTypes['EarlyWarningConnection'], ParentType, ContextType, Partial<QueryEarlyWarningsArgs>>;
  eventLog?: Resolver<ResolversTypes['LedgerEventConnection'], ParentType, ContextType, Partial<QueryEventLogArgs>>;
  honorRecords?: Resolver<ResolversTypes['HonorRecordConnection'], ParentType, ContextType, Partial<QueryHonorRecordsArgs>>;
  honors?: Resolver<ResolversTypes['HonorConnection'], ParentType, ContextType, Partial<QueryHonorsArgs>>;
  integrityCheck?: Resolver<ResolversTypes['IntegrityReport'], ParentType, ContextType>;
  me?: Resolver<Maybe<ResolversTypes['UserAccount']>, ParentType, ContextType>;
  personalDataReads?: Resolver<Array<ResolversTypes['PersonalDataRead']>, ParentType, ContextType, Partial<QueryPersonalDataReadsArgs>>;
  pledges?: Resolver<ResolversTypes['PledgeConnection'], ParentType, ContextType, Partial<QueryPledgesArgs>>;
  serviceRequestCards?: Resolver<ResolversTypes['ServiceRequestCardConnection'], ParentType, ContextType, Partial<QueryServiceRequestCardsArgs>>;
  serviceRequests?: Resolver<ResolversTypes['ServiceRequestConnection'], ParentType, ContextType, Partial<QueryServiceRequestsArgs>>;
  signInFailures?: Resolver<Array<ResolversTypes['SignInFailure']>, ParentType, ContextType, Partial<QuerySignInFailuresArgs>>;
  statistics?: Resolver<ResolversTypes['Statistics'], ParentType, ContextType, Partial<QueryStatisticsArgs>>;
  talkRecords?: Resolver<ResolversTypes['TalkRecordConnection'], ParentType, ContextType, Partial<QueryTalkRecordsArgs>>;
  townships?: Resolver<Array<ResolversTypes['Township']>, ParentType, ContextType>;
  trainings?: Resolver<ResolversTypes['TrainingConnection'], ParentType, ContextType, Partial<QueryTrainingsArgs>>;
  village?: Resolver<Maybe<ResolversTypes['Village']>, ParentType, ContextType, RequireFields<QueryVillageArgs, 'id'>>;
  villages?: Resolver<ResolversTypes['VillageConnection'], ParentType, ContextType, Partial<QueryVillagesArgs>>;
  warningRecords?: Resolver<ResolversTypes['WarningRecordConnection'], ParentType, ContextType, Partial<QueryWarningRecordsArgs>>;
};

export type ReserveStatusResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ReserveStatus'] = ResolversParentTypes['ReserveStatus']> = {
  enlistedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mentors?: Resolver<Maybe<ResolversTypes['Mentors']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ReserveSource'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  villageId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ResumeEntryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ResumeEntry'] = ResolversParentTypes['ResumeEntry']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ReviewingDepartmentResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ReviewingDepartment'] = ResolversParentTypes['ReviewingDepartment']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SeatResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Seat'] = ResolversParentTypes['Seat']> = {
  appointedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cadreId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  cadreName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  committee?: Resolver<ResolversTypes['Committee'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
};

export type ServiceRequestResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ServiceRequest'] = ResolversParentTypes['ServiceRequest']> = {
  acceptedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cadreId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dispatchedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  raisedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rating?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  resolution?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ServiceRequestStatus'], ParentType, ContextType>;
  villageId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ServiceRequestCardResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ServiceRequestCard'] = ResolversParentTypes['ServiceRequestCard']> = {
  acceptedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cadreId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  cadreName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  daysOpen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dispatchedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  raisedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rating?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  resolution?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ServiceRequestStatus'], ParentType, ContextType>;
  villageId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  villageName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ServiceRequestCardConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ServiceRequestCardConnection'] = ResolversParentTypes['ServiceRequestCardConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ServiceRequestCardEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ServiceRequestCardEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ServiceRequestCardEdge'] = ResolversParentTypes['ServiceRequestCardEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ServiceRequestCard'], ParentType, ContextType>;
};

export type ServiceRequestConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ServiceRequestConnection'] = ResolversParentTypes['ServiceRequestConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ServiceRequestEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ServiceRequestEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ServiceRequestEdge'] = ResolversParentTypes['ServiceRequestEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ServiceRequest'], ParentType, ContextType>;
};

export type SessionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Session'] = ResolversParentTypes['Session']> = {
  expiresAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['UserAccount'], ParentType, ContextType>;
};

export type SignInFailureResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SignInFailure'] = ResolversParentTypes['SignInFailure']> = {
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StatisticsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Statistics'] = ResolversParentTypes['Statistics']> = {
  admonishments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  asOf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  benefitCoverage?: Resolver<Array<ResolversTypes['KeyCount']>, ParentType, ContextType>;
  committeeAge?: Resolver<ResolversTypes['AgeStructure'], ParentType, ContextType>;
  committeeEducation?: Resolver<ResolversTypes['EducationStructure'], ParentType, ContextType>;
  committeeEthnicity?: Resolver<ResolversTypes['EthnicityStructure'], ParentType, ContextType>;
  committeeGender?: Resolver<ResolversTypes['GenderStructure'], ParentType, ContextType>;
  committeeMembers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  committeePoliticalStatus?: Resolver<Array<ResolversTypes['KeyCount']>, ParentType, ContextType>;
  communities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  crossHoldingShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  externalTrainingSecretaries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  externalTrainingSessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  honoredCadres?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  honoredDistrictOrAbove?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  honors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  honorsByLevel?: Resolver<Array<ResolversTypes['KeyCount']>, ParentType, ContextType>;
  honorsDistrictOrAbove?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  internalTrainingSessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  oneShoulderShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  organizationRatings?: Resolver<Array<ResolversTypes['KeyCount']>, ParentType, ContextType>;
  partySecretaries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pledgeItems?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pledgesEvaluated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pledgesMade?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reserveCadres?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reserveEducation?: Resolver<ResolversTypes['EducationStructure'], ParentType, ContextType>;
  reserveSources?: Resolver<Array<ResolversTypes['KeyCount']>, ParentType, ContextType>;
  residentsRatings?: Resolver<Array<ResolversTypes['KeyCount']>, ParentType, ContextType>;
  serviceRequestsRaised?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  serviceRequestsResolved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  trainedCommitteeMembers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  trainingCoverage?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  trainingSessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  villages?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StreamRefResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['StreamRef'] = ResolversParentTypes['StreamRef']> = {
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  cadreChanged?: SubscriptionResolver<ResolversTypes['Cadre'], "cadreChanged", ParentType, ContextType, RequireFields<SubscriptionCadreChangedArgs, 'id'>>;
  eventAppended?: SubscriptionResolver<ResolversTypes['LedgerEvent'], "eventAppended", ParentType, ContextType, Partial<SubscriptionEventAppendedArgs>>;
};

export type TalkRecordResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['TalkRecord'] = ResolversParentTypes['TalkRecord']> = {
  cadreId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  cadreName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  findings?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  heldOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interviewer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InterviewKind'], ParentType, ContextType>;
  villageId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  villageName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TalkRecordConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['TalkRecordConnection'] = ResolversParentTypes['TalkRecordConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TalkRecordEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TalkRecordEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['TalkRecordEdge'] = ResolversParentTypes['TalkRecordEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TalkRecord'], ParentType, ContextType>;
};

export type TownshipResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Township'] = ResolversParentTypes['Township']> = {
  admonishmentThreshold?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  district?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reviewingDepartments?: Resolver<Array<ResolversTypes['ReviewingDepartment']>, ParentType, ContextType>;
};

export type TrainingResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Training'] = ResolversParentTypes['Training']> = {
  attendeeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  attendeeIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  heldOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TrainingKind'], ParentType, ContextType>;
  place?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  townshipId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type TrainingConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['TrainingConnection'] = ResolversParentTypes['TrainingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TrainingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TrainingEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['TrainingEdge'] = ResolversParentTypes['TrainingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Training'], ParentType, ContextType>;
};

export type UserAccountResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserAccount'] = ResolversParentTypes['UserAccount']> = {
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  villageId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type VillageResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Village'] = ResolversParentTypes['Village']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['VillageKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openWarnings?: Resolver<Maybe<Array<ResolversTypes['EarlyWarning']>>, ParentType, ContextType>;
  reserveCadres?: Resolver<Maybe<Array<ResolversTypes['Cadre']>>, ParentType, ContextType>;
  seats?: Resolver<Maybe<Array<ResolversTypes['Seat']>>, ParentType, ContextType>;
  townshipId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type VillageConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['VillageConnection'] = ResolversParentTypes['VillageConnection']> = {
  edges?: Resolver<Array<ResolversTypes['VillageEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type VillageEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['VillageEdge'] = ResolversParentTypes['VillageEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Village'], ParentType, ContextType>;
};

export type WarningRecordResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['WarningRecord'] = ResolversParentTypes['WarningRecord']> = {
  cadreId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  cadreName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  correctiveAction?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  daysOpen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issueId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  raisedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resolvedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['EarlyWarningSource'], ParentType, ContextType>;
  villageId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  villageName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type WarningRecordConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['WarningRecordConnection'] = ResolversParentTypes['WarningRecordConnection']> = {
  edges?: Resolver<Array<ResolversTypes['WarningRecordEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WarningRecordEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['WarningRecordEdge'] = ResolversParentTypes['WarningRecordEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WarningRecord'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GatewayContext> = {
  AgeBandCount?: AgeBandCountResolvers<ContextType>;
  AgeStructure?: AgeStructureResolvers<ContextType>;
  AnnualAssessment?: AnnualAssessmentResolvers<ContextType>;
  AppraisalVotes?: AppraisalVotesResolvers<ContextType>;
  AssessmentRecord?: AssessmentRecordResolvers<ContextType>;
  AssessmentRecordConnection?: AssessmentRecordConnectionResolvers<ContextType>;
  AssessmentRecordEdge?: AssessmentRecordEdgeResolvers<ContextType>;
  Benefit?: BenefitResolvers<ContextType>;
  BenefitRecord?: BenefitRecordResolvers<ContextType>;
  BenefitRecordConnection?: BenefitRecordConnectionResolvers<ContextType>;
  BenefitRecordEdge?: BenefitRecordEdgeResolvers<ContextType>;
  BrokenLink?: BrokenLinkResolvers<ContextType>;
  Cadre?: CadreResolvers<ContextType>;
  CadreConnection?: CadreConnectionResolvers<ContextType>;
  CadreEdge?: CadreEdgeResolvers<ContextType>;
  CadrePayload?: CadrePayloadResolvers<ContextType>;
  CadreSnapshot?: CadreSnapshotResolvers<ContextType>;
  CadreTrainingRecord?: CadreTrainingRecordResolvers<ContextType>;
  CommandPayload?: CommandPayloadResolvers<ContextType>;
  CommitteeReviewRecord?: CommitteeReviewRecordResolvers<ContextType>;
  CommitteeReviewRecordConnection?: CommitteeReviewRecordConnectionResolvers<ContextType>;
  CommitteeReviewRecordEdge?: CommitteeReviewRecordEdgeResolvers<ContextType>;
  DepartmentVerdict?: DepartmentVerdictResolvers<ContextType>;
  DerivedId?: DerivedIdResolvers<ContextType>;
  EarlyWarning?: EarlyWarningResolvers<ContextType>;
  EarlyWarningConnection?: EarlyWarningConnectionResolvers<ContextType>;
  EarlyWarningEdge?: EarlyWarningEdgeResolvers<ContextType>;
  EducationLevelCount?: EducationLevelCountResolvers<ContextType>;
  EducationProgramme?: EducationProgrammeResolvers<ContextType>;
  EducationRecord?: EducationRecordResolvers<ContextType>;
  EducationStructure?: EducationStructureResolvers<ContextType>;
  EthnicityStructure?: EthnicityStructureResolvers<ContextType>;
  FamilyMember?: FamilyMemberResolvers<ContextType>;
  GenderStructure?: GenderStructureResolvers<ContextType>;
  Honor?: HonorResolvers<ContextType>;
  HonorConnection?: HonorConnectionResolvers<ContextType>;
  HonorEdge?: HonorEdgeResolvers<ContextType>;
  HonorRecord?: HonorRecordResolvers<ContextType>;
  HonorRecordConnection?: HonorRecordConnectionResolvers<ContextType>;
  HonorRecordEdge?: HonorRecordEdgeResolvers<ContextType>;
  IntegrityReport?: IntegrityReportResolvers<ContextType>;
  Interview?: InterviewResolvers<ContextType>;
  KeyCount?: KeyCountResolvers<ContextType>;
  LedgerEvent?: LedgerEventResolvers<ContextType>;
  LedgerEventConnection?: LedgerEventConnectionResolvers<ContextType>;
  LedgerEventEdge?: LedgerEventEdgeResolvers<ContextType>;
  LedgerRuleViolation?: LedgerRuleViolationResolvers<ContextType>;
  Mentors?: MentorsResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PersonalDataRead?: PersonalDataReadResolvers<ContextType>;
  Pledge?: PledgeResolvers<ContextType>;
  PledgeConnection?: PledgeConnectionResolvers<ContextType>;
  PledgeEdge?: PledgeEdgeResolvers<ContextType>;
  PoliticalPortrait?: PoliticalPortraitResolvers<ContextType>;
  Post?: PostResolvers<ContextType>;
  PostRecord?: PostRecordResolvers<ContextType>;
  QualificationReview?: QualificationReviewResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReserveStatus?: ReserveStatusResolvers<ContextType>;
  ResumeEntry?: ResumeEntryResolvers<ContextType>;
  ReviewingDepartment?: ReviewingDepartmentResolvers<ContextType>;
  Seat?: SeatResolvers<ContextType>;
  ServiceRequest?: ServiceRequestResolvers<ContextType>;
  ServiceRequestCard?: ServiceRequestCardResolvers<ContextType>;
  ServiceRequestCardConnection?: ServiceRequestCardConnectionResolvers<ContextType>;
  ServiceRequestCardEdge?: ServiceRequestCardEdgeResolvers<ContextType>;
  ServiceRequestConnection?: ServiceRequestConnectionResolvers<ContextType>;
  ServiceRequestEdge?: ServiceRequestEdgeResolvers<ContextType>;
  Session?: SessionResolvers<ContextType>;
  SignInFailure?: SignInFailureResolvers<ContextType>;
  Statistics?: StatisticsResolvers<ContextType>;
  StreamRef?: StreamRefResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  TalkRecord?: TalkRecordResolvers<ContextType>;
  TalkRecordConnection?: TalkRecordConnectionResolvers<ContextType>;
  TalkRecordEdge?: TalkRecordEdgeResolvers<ContextType>;
  Township?: TownshipResolvers<ContextType>;
  Training?: TrainingResolvers<ContextType>;
  TrainingConnection?: TrainingConnectionResolvers<ContextType>;
  TrainingEdge?: TrainingEdgeResolvers<ContextType>;
  UserAccount?: UserAccountResolvers<ContextType>;
  Village?: VillageResolvers<ContextType>;
  VillageConnection?: VillageConnectionResolvers<ContextType>;
  VillageEdge?: VillageEdgeResolvers<ContextType>;
  WarningRecord?: WarningRecordResolvers<ContextType>;
  WarningRecordConnection?: WarningRecordConnectionResolvers<ContextType>;
  WarningRecordEdge?: WarningRecordEdgeResolvers<ContextType>;
};

