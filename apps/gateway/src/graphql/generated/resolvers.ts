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

/** Input of `acknowledgeReminder`. Who acknowledges is the signed-in user. */
export type AcknowledgeReminderInput = {
  /** 确认日期 yyyy-mm-dd, not before it was issued. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  acknowledgedOn?: InputMaybe<Scalars['String']['input']>;
  /** The reminder (UUID): `DueItem.id` or `Reminder.id`. */
  reminderId: Scalars['ID']['input'];
};

/**
 * 约谈 due by the 30% rule: a democratic appraisal's "incompetent" share reached the township's threshold, and
 * the admonishment talk has not been held yet.
 */
export type AdmonishmentDue = {
  __typename?: 'AdmonishmentDue';
  cadreId: Scalars['ID']['output'];
  cadreName: Scalars['String']['output'];
  description: Scalars['String']['output'];
  issueId: Scalars['ID']['output'];
  raisedOn: Scalars['String']['output'];
  villageId?: Maybe<Scalars['ID']['output']>;
  villageName?: Maybe<Scalars['String']['output']>;
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

/** 干部任免审批表: every box of the form as of its day, in the form's words (labels, not codes). */
export type AppointmentForm = {
  __typename?: 'AppointmentForm';
  age: Scalars['Int']['output'];
  annualAssessments: Scalars['String']['output'];
  appointmentReason: Scalars['String']['output'];
  /** 计算年龄时间 */
  asOf: Scalars['String']['output'];
  birthDate: Scalars['String']['output'];
  birthplace: Scalars['String']['output'];
  cadreId: Scalars['ID']['output'];
  /** The hash chain head over every event up to that position. */
  chainHead: Scalars['String']['output'];
  currentPost: Scalars['String']['output'];
  ethnicity: Scalars['String']['output'];
  familyMembers: Array<AppointmentFormFamilyMember>;
  filledBy: Scalars['String']['output'];
  fullTimeEducation: AppointmentFormEducation;
  gender: Scalars['String']['output'];
  health: Scalars['String']['output'];
  idNumber: Scalars['String']['output'];
  /** Whether the ID number is masked for the caller's role. */
  masked: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  nativePlace: Scalars['String']['output'];
  onTheJobEducation: AppointmentFormEducation;
  partyJoinDate: Scalars['String']['output'];
  /** `/photos/<sha256>?cadreId=…` when the caller may see the photo. */
  photoUrl?: Maybe<Scalars['String']['output']>;
  politicalStatus: Scalars['String']['output'];
  /** Global position the form was read at, a decimal string. */
  position: Scalars['String']['output'];
  postToLeave: Scalars['String']['output'];
  /** 填表时间 */
  preparedOn: Scalars['String']['output'];
  professionalTitle: Scalars['String']['output'];
  proposedPost: Scalars['String']['output'];
  reportingUnit: Scalars['String']['output'];
  resume: Array<AppointmentFormResumeLine>;
  rewardsAndPenalties: Scalars['String']['output'];
  speciality: Scalars['String']['output'];
  workStartDate: Scalars['String']['output'];
};

/** 学历学位: one education as the form prints it. */
export type AppointmentFormEducation = {
  __typename?: 'AppointmentFormEducation';
  degree: Scalars['String']['output'];
  level: Scalars['String']['output'];
  major: Scalars['String']['output'];
  school: Scalars['String']['output'];
};

/** 家庭主要成员及重要社会关系: one member as the form prints them. */
export type AppointmentFormFamilyMember = {
  __typename?: 'AppointmentFormFamilyMember';
  /** Age on the form's day; empty without a birth date. */
  age: Scalars['String']['output'];
  birthDate: Scalars['String']['output'];
  employerAndPost: Scalars['String']['output'];
  name: Scalars['String']['output'];
  politicalStatus: Scalars['String']['output'];
  relation: Scalars['String']['output'];
};

/** The files the 干部任免审批表 is made as. */
export type AppointmentFormFormat =
  /** Word (.docx), A4 */
  | 'DOCX'
  /** The national 干部任免审批表 software's XML (.lrmx) */
  | 'LRMX';

/** 简历: one period of the résumé. */
export type AppointmentFormResumeLine = {
  __typename?: 'AppointmentFormResumeLine';
  description: Scalars['String']['output'];
  from: Scalars['String']['output'];
  /** Empty while current. */
  to: Scalars['String']['output'];
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
  /** 转正日期 */
  fullMembershipDate?: Maybe<Scalars['String']['output']>;
  fullTimeEducation?: Maybe<EducationRecord>;
  gender: Gender;
  /** 健康状况. Sensitive: ADMIN and AUDITOR only. */
  health?: Maybe<Scalars['String']['output']>;
  honors: Array<Honor>;
  id: Scalars['ID']['output'];
  /** Resident ID number (GB 11643). Personal data: masked (first 6 and last 4 kept) for roles that may not see it. */
  idNumber: Scalars['String']['output'];
  interviews: Array<Interview>;
  /** The ID number masked (first 6 and last 4 kept) for everyone: what lists show; not a personal-data read. */
  maskedIdNumber: Scalars['String']['output'];
  /** The phone masked 3-4-4 for everyone; not a personal-data read. */
  maskedPhone?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  nativePlace?: Maybe<Scalars['String']['output']>;
  /** The office's notes. ADMIN and AUDITOR only. */
  notes?: Maybe<Scalars['String']['output']>;
  onTheJobEducation?: Maybe<EducationRecord>;
  openWarnings: Array<EarlyWarning>;
  partyJoinDate?: Maybe<Scalars['String']['output']>;
  /** Mainland mobile number. Personal data: masked 3-4-4 for roles that may not see it. */
  phone?: Maybe<Scalars['String']['output']>;
  /** 照片 `/photos/<sha256>` of a stored photo (GET it with `?cadreId=`), or an outside address. Absent where the ID number is masked. */
  photoUrl?: Maybe<Scalars['String']['output']>;
  pledges: Array<Pledge>;
  politicalStatus: PoliticalStatus;
  portrait?: Maybe<PoliticalPortrait>;
  /** Every post held, past ones included, oldest first. */
  postHistory: Array<PostRecord>;
  /** Posts currently held. */
  posts: Array<Post>;
  /** 预备党员日期 */
  probationaryMembershipDate?: Maybe<Scalars['String']['output']>;
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
  /** The personal fields this caller may not see of this cadre (withheld, or masked): the client says 无权查看 there. */
  withheldFields: Array<Scalars['String']['output']>;
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

export type CandidateReviewStatus =
  | 'APPROVED'
  | 'OPEN'
  | 'REJECTED';

/** 更换照片 A stored photo put on a cadre's file. */
export type ChangeCadrePhotoInput = {
  /** 干部 The cadre (UUID). */
  cadreId: Scalars['ID']['input'];
  /** 变更日期 When the photo was taken into the file (yyyy-mm-dd); today when left out. */
  changedOn?: InputMaybe<Scalars['String']['input']>;
  /** 照片 The SHA-256 that `POST /photos` answered. */
  photoSha256: Scalars['String']['input'];
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
  /** “两委”成员年龄线 18 to 80; left out, it keeps its current value. */
  committeeMemberAgeThreshold?: InputMaybe<Scalars['Int']['input']>;
  /** 后备干部年龄线 18 to 70; left out, it keeps its current value. */
  reserveCadreAgeThreshold?: InputMaybe<Scalars['Int']['input']>;
  /** 资格联审超期天数 1 to 365; left out, it keeps its current value. */
  reviewOpenTooLongDays?: InputMaybe<Scalars['Int']['input']>;
  /** 联审部门 The reviewing departments from now on: at least one, no code twice (else DUPLICATE_ENTRY). */
  reviewingDepartments: Array<ReviewingDepartmentInput>;
  /** 诉求办理超期天数 1 to 365; left out, it keeps its current value. */
  serviceRequestUnresolvedDays?: InputMaybe<Scalars['Int']['input']>;
  /** 任期届满提前提醒月数 1 to 6 distinct values, each 1 to 24; left out, it keeps its current value. */
  termReminderMonths?: InputMaybe<Array<Scalars['Int']['input']>>;
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

/** 任期 A village's current "两委" term. */
export type CommitteeTerm = {
  __typename?: 'CommitteeTerm';
  /** Days from the asked date (today by default) to the planned end; negative once past. */
  daysLeft: Scalars['Int']['output'];
  /** 任期届满日期 yyyy-mm-dd. */
  plannedEndOn: Scalars['String']['output'];
  /** 开始日期 yyyy-mm-dd. */
  startedOn: Scalars['String']['output'];
};

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

/** Input of `concludeVillageElection`. */
export type ConcludeVillageElectionInput = {
  /** 换届完成日期 The new term's first day (yyyy-mm-dd), not after today; leave it out for today (China time). */
  closedOn?: InputMaybe<Scalars['String']['input']>;
  /** 换届 The open general election (UUID). */
  electionId: Scalars['ID']['input'];
  /** 任期届满日期 The new term's planned end; five years later by default. */
  plannedEndOn?: InputMaybe<Scalars['String']['input']>;
  /** The township (UUID). */
  townshipId: Scalars['ID']['input'];
  /** 村（社区） The village, one of the election's (UUID). */
  villageId: Scalars['ID']['input'];
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

/**
 * A document as the ledger made it: the file (base64), and the global position and hash chain head it was
 * built from (also stamped in the file's footer and properties, with the request that made it).
 */
export type DocumentFile = {
  __typename?: 'DocumentFile';
  /** The file's bytes, base64-encoded. */
  base64: Scalars['String']['output'];
  /** The hash chain head at that position: SHA-256 over every event's hash in global order, lower-case hex. */
  chainHead: Scalars['String']['output'];
  /** The file's media type (.xlsx: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet). */
  contentType: Scalars['String']['output'];
  /** The name to save it under, e.g. 干部花名册-2026-12-01.xlsx. */
  fileName: Scalars['String']['output'];
  /** Whether some identifiers (ID numbers, phones) are masked for the caller's role. */
  masked: Scalars['Boolean']['output'];
  /** The ledger's global position the document was built at (empty for the unstamped import template). */
  position: Scalars['String']['output'];
};

/** What verifyDocument found, with what the document's stamp says of itself. */
export type DocumentVerification = {
  __typename?: 'DocumentVerification';
  /** The day the document stands at. */
  asOf: Scalars['String']['output'];
  /** The chain head its stamp names. */
  chainHead: Scalars['String']['output'];
  /** The document kind its stamp names (roster.xlsx, statistics.xlsx, …). */
  kind: Scalars['String']['output'];
  /** Whether the outcome is MATCH. */
  matches: Scalars['Boolean']['output'];
  /** The outcome in the caller's language. */
  message: Scalars['String']['output'];
  outcome: VerificationOutcome;
  /** The position its stamp names. */
  position: Scalars['String']['output'];
};

/** 待办 One thing due: the rule, what it is about, and the day it became due. */
export type DueItem = {
  __typename?: 'DueItem';
  cadreId?: Maybe<Scalars['ID']['output']>;
  cadreName?: Maybe<Scalars['String']['output']>;
  /** What in particular (a term's dates, a pledge's year, an age threshold), in the caller's language. */
  detail: Scalars['String']['output'];
  /** yyyy-mm-dd: the day it became due. */
  dueOn: Scalars['String']['output'];
  /** The id of its reminder: derived from the rule, the subject and the due date. */
  id: Scalars['ID']['output'];
  /** The reminder issued for it; null until the scheduler has issued it. */
  reminder?: Maybe<Reminder>;
  rule: DueRule;
  /** The rule's wording in English. */
  ruleEn: Scalars['String']['output'];
  /** The rule's wording in the caller's language (Accept-Language). */
  ruleText: Scalars['String']['output'];
  /** The rule's wording in Chinese. */
  ruleZh: Scalars['String']['output'];
  /** The subject within the rule: ids and dates joined by colons. */
  subjectId: Scalars['String']['output'];
  villageId?: Maybe<Scalars['ID']['output']>;
  villageName?: Maybe<Scalars['String']['output']>;
};

export type DueItemConnection = {
  __typename?: 'DueItemConnection';
  edges: Array<DueItemEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DueItemEdge = {
  __typename?: 'DueItemEdge';
  cursor: Scalars['String']['output'];
  node: DueItem;
};

/** A rule of the township's calendar: what can fall due. The wording of each is `DueItem.ruleText`. */
export type DueRule =
  /** 应约谈未约谈 An admonishment talk is due (the township's share of incompetent votes) and not held. */
  | 'ADMONISHMENT_NOT_HELD'
  /** "两委"成员达到年龄界限 A committee member reached the township's age threshold (60). */
  | 'COMMITTEE_MEMBER_AGE'
  /** 苗头性、倾向性问题未整改 An early warning without a corrective action. */
  | 'EARLY_WARNING_OPEN'
  /** 换届候选人尚未完成资格联审 A 换届 candidate has no concluded qualification review. */
  | 'ELECTION_CANDIDATE_NOT_REVIEWED'
  /** 年终评诺未完成 A pledge not evaluated when its year is over (from 1 January). */
  | 'PLEDGE_EVALUATION_MISSING'
  /** 年中践诺未报告 No mid-year progress on a pledge from 1 July of its year. */
  | 'PLEDGE_PROGRESS_MISSING'
  /** 资格联审久拖未结 A qualification review open the township's number of days (reviewOpenTooLongDays). */
  | 'QUALIFICATION_REVIEW_OVERDUE'
  /** 后备干部达到年龄界限 A reserve cadre (not yet on a committee) reached the township's age threshold (35). */
  | 'RESERVE_CADRE_AGE'
  /** 群众诉求超期未办结 A service request unresolved the township's number of days after it was raised. */
  | 'SERVICE_REQUEST_OVERDUE'
  /** 村"两委"任期即将届满 The committees' term ends within one of the township's reminder months (6 and 3). */
  | 'TERM_ENDING';

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

export type ElectionCandidate = {
  __typename?: 'ElectionCandidate';
  cadreId: Scalars['ID']['output'];
  cadreName: Scalars['String']['output'];
  committee: Committee;
  /** null until the vote is recorded. */
  elected?: Maybe<Scalars['Boolean']['output']>;
  position: Position;
  registeredOn: Scalars['String']['output'];
  reviewId: Scalars['ID']['output'];
  /** 资格联审 Where the candidate's joint review stands. */
  reviewStatus: CandidateReviewStatus;
  votedOn?: Maybe<Scalars['String']['output']>;
};

export type ElectionStatus =
  | 'CLOSED'
  | 'OPEN';

export type ElectionVillage = {
  __typename?: 'ElectionVillage';
  candidates: Array<ElectionCandidate>;
  closedOn?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  villageId: Scalars['ID']['output'];
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

/** 换届 A township's general election: its villages and the candidates per seat. */
export type GeneralElection = {
  __typename?: 'GeneralElection';
  /** null while open. */
  closedOn?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  startedOn: Scalars['String']['output'];
  status: ElectionStatus;
  townshipId: Scalars['ID']['output'];
  villages: Array<ElectionVillage>;
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

/** An .lrmx file to import, and where a new file goes. */
export type ImportLrmxInput = {
  /** The .lrmx file's bytes, base64 (at most 700 KB). */
  base64: Scalars['String']['input'];
  /** The business date of the registration or correction (yyyy-mm-dd); today when left out. */
  importedOn?: InputMaybe<Scalars['String']['input']>;
  /** The village a new file is registered in; not needed when a file already holds the ID number. */
  villageId?: InputMaybe<Scalars['ID']['input']>;
};

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

/** Input of `issueReminder`. */
export type IssueReminderInput = {
  /** Whom it is for, by role. */
  audience: Array<ReminderAudience>;
  /** The cadre it is about (UUID), if any. */
  cadreId?: InputMaybe<Scalars['ID']['input']>;
  /** yyyy-mm-dd the item became due. */
  dueOn: Scalars['String']['input'];
  /** yyyy-mm-dd. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  issuedOn?: InputMaybe<Scalars['String']['input']>;
  /** Actors reminded (user:<id>). */
  recipients: Array<Scalars['String']['input']>;
  /** The rule that fell due. */
  rule: DueRule;
  /** The subject within the rule. */
  subjectId: Scalars['String']['input'];
  /** The village it is about (UUID), if any. */
  villageId?: InputMaybe<Scalars['ID']['input']>;
};

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

/** Input of `leaveReservePool`. */
export type LeaveReservePoolInput = {
  /** 干部 The reserve cadre (UUID); else NOT_A_RESERVE_CADRE. */
  cadreId: Scalars['ID']['input'];
  /** 退出后备日期 yyyy-mm-dd, not in the future and not before the enlistment. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  exitedOn?: InputMaybe<Scalars['String']['input']>;
  /** 退出原因 Why the cadre leaves the pool (已任职、外出务工、考察不合格…), 1 to 500 characters; kept in the event itself. */
  reason: Scalars['String']['input'];
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

/** Someone who has caused an event: the event log's actor filter offers them by name. */
export type LedgerActor = {
  __typename?: 'LedgerActor';
  /** `user:<id>`, `api-key:<id>` or `system:…`, as events name them (what `EventLogFilter.actor` takes). */
  actor: Scalars['String']['output'];
  /** The account's display name, the API key's name; null for the system or an unknown actor. */
  actorName?: Maybe<Scalars['String']['output']>;
};

/**
 * 账本有变 A change to the ledger, sent once the read models show it: which record changed, never what it holds.
 * Open pages refetch what they show when a change concerns them.
 */
export type LedgerChange = {
  __typename?: 'LedgerChange';
  /** The record's id (its stream's id without the kind). */
  id: Scalars['ID']['output'];
  /** The kind of record: cadre, village, township, training, request. */
  kind: Scalars['String']['output'];
  /** The event's position in the log (decimal string). */
  position: Scalars['String']['output'];
  /** The event's type, e.g. CadreAppointed. */
  type: Scalars['String']['output'];
  /** The village the record belongs to, when it has one. */
  villageId?: Maybe<Scalars['ID']['output']>;
};

/** One event of the history, with who did it, when and why. Auditors read these. */
export type LedgerEvent = {
  __typename?: 'LedgerEvent';
  /** Who caused it: `user:<id>`, `api-key:<id>` or `system:…`. */
  actor: Scalars['String']['output'];
  /** Who caused it, named (the account's display name, the API key's name); null for the system or an unknown actor. */
  actorName?: Maybe<Scalars['String']['output']>;
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
  /** What the stream is about, named: the cadre's or the village's name; null for other streams. */
  subjectName?: Maybe<Scalars['String']['output']>;
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
  /** ONE_HOLDER_PER_SEAT, SEAT_EVENT_WITHOUT_CADRE_EVENT, CADRE_EVENT_WITHOUT_SEAT_EVENT, APPOINTMENT_WITHOUT_APPROVED_REVIEW, ID_NUMBER_IN_TWO_FILES, ELECTION_CONCLUDED_WITHOUT_TERM or TERM_WITHOUT_ELECTION_CONCLUSION. */
  rule: Scalars['String']['output'];
  /** The stream of the event that broke it. */
  streamId: Scalars['String']['output'];
};

/** What an .lrmx import did, command by command. */
export type LrmxImportPayload = {
  __typename?: 'LrmxImportPayload';
  /** The cadre whose file the import registered or corrected. */
  cadreId: Scalars['ID']['output'];
  /** An existing file was corrected (what differed). */
  corrected: Scalars['Boolean']['output'];
  /** The form's own entries were prepared from the .lrmx. */
  formPrepared: Scalars['Boolean']['output'];
  /** The file's photo became the one in the .lrmx. */
  photoChanged: Scalars['Boolean']['output'];
  /** Global position after the import, a decimal string. */
  position: Scalars['String']['output'];
  /** A new file was registered. */
  registered: Scalars['Boolean']['output'];
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
   * 确认提醒 Acknowledge a reminder sent to you (opened or acted on). Rejected with REMINDER_NOT_FOUND,
   * REMINDER_NOT_FOR_YOU (you were not reminded; nothing is written), REMINDER_ALREADY_ACKNOWLEDGED,
   * DATE_IN_FUTURE, DATE_OUT_OF_ORDER.
   */
  acknowledgeReminder: CommandPayload;
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
   * 更换照片 Put a stored photo on a cadre's file. Upload the photo first (`POST /photos?cadreId=…`, the bytes of a
   * JPEG or PNG of at most 2 MB, with the session's or API key's credentials): it answers the photo's SHA-256.
   * The file's `photoUrl` then reads `/photos/<sha256>`. Rejected with CADRE_NOT_FOUND, PHOTO_NOT_FOUND (not
   * uploaded), PHOTO_UNCHANGED, PHOTO_HASH_FORMAT, DATE_IN_FUTURE.
   */
  changeCadrePhoto: CommandPayload;
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
   * 完成村换届 Conclude a village's election: its new term begins (five years by default); the last village closes
   * the township's 换届. Rejected with ELECTION_CANDIDATES_PENDING (a candidate without a concluded review or a
   * result), ELECTION_INCUMBENT_UNDECIDED (a sitting member neither elected nor gone), ELECTION_WITHOUT_CANDIDATES.
   */
  concludeVillageElection: CommandPayload;
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
   * 导入任免审批表 Import an .lrmx (the national 干部任免审批表 software's XML, base64) through the ledger's commands:
   * RegisterCadre when no file holds its ID number (then `villageId` is needed), else CorrectCadreProfile of
   * what differs; ChangeCadrePhoto for its photo; PrepareAppointmentForm for its own entries. Command ids come
   * from the file's hash: importing the same file again writes nothing twice. A refused file writes nothing:
   * LRMX_FORMAT, LRMX_FIELD_MISSING / LRMX_FIELD_INVALID (field = the element, e.g. ShenFenZheng), PHOTO_TYPE,
   * PHOTO_TOO_LARGE, FILE_TOO_LARGE, and the profile rules (their field named as the .lrmx element).
   */
  importLrmx: LrmxImportPayload;
  /**
   * Imports a roster sheet (base64 .xlsx, at most 700 KB). While a row has problems nothing is written
   * (status REFUSED) unless `onlyValidRows` is true; the rows are then entered in the background (follow
   * them with `rosterImport`). Business dates (登记日期) come from the sheet.
   */
  importRoster: RosterImport;
  /**
   * Issue a reminder: only the gateway's scheduler does (no role may call it). Rejected with
   * REMINDER_ALREADY_ISSUED, REMINDER_NOT_DUE_YET, DATE_IN_FUTURE.
   */
  issueReminder: CommandPayload;
  /**
   * 离任 Record that a cadre left a seat (凡动必报); the seat becomes free. Rejected with NOT_HOLDING_POST,
   * DATE_IN_FUTURE, DATE_OUT_OF_ORDER (before the appointment).
   */
  leavePost: CommandPayload;
  /** 退出后备干部库 (动态储备): a reserve cadre leaves their village's pool, with why (ReserveCadreLeft); they may be enlisted again later. */
  leaveReservePool: CommandPayload;
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
   * 填写任免审批表 The 干部任免审批表's own entries that the file does not hold (现任职务 in the form's words, 拟任职务,
   * 拟免职务, 任免理由, 呈报单位, 填表人); the business date is the form's 填表时间. A later preparation replaces them.
   * Rejected with CADRE_NOT_FOUND, APPOINTMENT_FORM_UNCHANGED, DATE_IN_FUTURE.
   */
  prepareAppointmentForm: CommandPayload;
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
   * 记录任期 Record a village's "两委" term that began before the ledger kept 换届 (e.g. the 2021 term): start and
   * planned end (five years by default). Rejected with TERM_END_BEFORE_START, TERM_OVERLAPS, VILLAGE_NOT_FOUND.
   */
  recordCommitteeTerm: CommandPayload;
  /**
   * 部门审查意见 Record one department's verdict in an open review. Rejected with REVIEW_NOT_FOUND,
   * REVIEW_ALREADY_CONCLUDED, DEPARTMENT_NOT_IN_REVIEW, VERDICT_ALREADY_RECORDED, REJECTION_NEEDS_NOTE,
   * DATE_IN_FUTURE, DATE_OUT_OF_ORDER (before the review opened).
   */
  recordDepartmentVerdict: CommandPayload;
  /**
   * 登记选举结果 Record the vote on a reviewed candidate: elected, they are appointed by ELECTION (a sitting
   * member re-elected keeps the seat); not elected, a sitting member leaves it with TERM_ENDED. Rejected with
   * ELECTION_CANDIDATE_NOT_REVIEWED, ELECTION_RESULT_ALREADY_RECORDED, QUALIFICATION_REVIEW_REJECTED, SEAT_TAKEN.
   */
  recordElectionResult: CommandPayload;
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
   * 登记候选人 Register a candidate for a seat; their joint qualification review (部门联审) for the seat opens with
   * it (record the verdicts and conclude it with the review mutations). Rejected with VILLAGE_NOT_IN_ELECTION,
   * ELECTION_CANDIDATE_ALREADY_REGISTERED, REVIEW_ALREADY_OPEN, GENERAL_ELECTION_NOT_FOUND.
   */
  registerElectionCandidate: CommandPayload;
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
   * 启动换届 Start a township's general election over the villages named. Rejected with
   * GENERAL_ELECTION_ALREADY_OPEN while another is open, VILLAGE_NOT_FOUND.
   */
  startGeneralElection: CommandPayload;
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
export type MutationAcknowledgeReminderArgs = {
  commandId: Scalars['ID']['input'];
  input: AcknowledgeReminderInput;
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
export type MutationChangeCadrePhotoArgs = {
  commandId: Scalars['ID']['input'];
  input: ChangeCadrePhotoInput;
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
export type MutationConcludeVillageElectionArgs = {
  commandId: Scalars['ID']['input'];
  input: ConcludeVillageElectionInput;
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
export type MutationImportLrmxArgs = {
  input: ImportLrmxInput;
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
export type MutationImportRosterArgs = {
  file: Scalars['String']['input'];
  onlyValidRows?: InputMaybe<Scalars['Boolean']['input']>;
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
export type MutationIssueReminderArgs = {
  commandId: Scalars['ID']['input'];
  input: IssueReminderInput;
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
export type MutationLeaveReservePoolArgs = {
  commandId: Scalars['ID']['input'];
  input: LeaveReservePoolInput;
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
export type MutationPrepareAppointmentFormArgs = {
  commandId: Scalars['ID']['input'];
  input: PrepareAppointmentFormInput;
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
export type MutationRecordCommitteeTermArgs = {
  commandId: Scalars['ID']['input'];
  input: RecordCommitteeTermInput;
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
export type MutationRecordElectionResultArgs = {
  commandId: Scalars['ID']['input'];
  input: RecordElectionResultInput;
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
export type MutationRegisterElectionCandidateArgs = {
  commandId: Scalars['ID']['input'];
  input: RegisterElectionCandidateInput;
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
export type MutationStartGeneralElectionArgs = {
  commandId: Scalars['ID']['input'];
  input: StartGeneralElectionInput;
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

/** One root field (Query, Mutation or Subscription) a user may call, from the gateway's one policy. */
export type Permission = {
  __typename?: 'Permission';
  field: Scalars['String']['output'];
  reach: Reach;
};

/** 个人信息查阅记录 One read of unmasked personal data (PIPL Art. 51): who, whose, which fields, when, through which operation. */
export type PersonalDataRead = {
  __typename?: 'PersonalDataRead';
  actor: Scalars['String']['output'];
  /** The reader as people name them (the account's display name, the API key's name); null when unknown. */
  actorName?: Maybe<Scalars['String']['output']>;
  cadreId: Scalars['ID']['output'];
  /** The cadre's name; null for a file no longer in the ledger. */
  cadreName?: Maybe<Scalars['String']['output']>;
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

/** 一诺双评 A pledge on the year's board, with its cadre, village and stage. */
export type PledgeBoardEntry = {
  __typename?: 'PledgeBoardEntry';
  cadreId: Scalars['ID']['output'];
  cadreName: Scalars['String']['output'];
  evaluatedOn?: Maybe<Scalars['String']['output']>;
  itemCount: Scalars['Int']['output'];
  items: Array<Scalars['String']['output']>;
  madeOn: Scalars['String']['output'];
  organizationRating?: Maybe<EvaluationGrade>;
  progress?: Maybe<Scalars['String']['output']>;
  progressOn?: Maybe<Scalars['String']['output']>;
  residentsRating?: Maybe<EvaluationGrade>;
  /** 年初承诺 MADE → 年中践诺 PROGRESS_REPORTED → 年终评诺 EVALUATED. */
  status: PledgeStatus;
  villageId: Scalars['ID']['output'];
  villageName: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

export type PledgeBoardEntryConnection = {
  __typename?: 'PledgeBoardEntryConnection';
  edges: Array<PledgeBoardEntryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PledgeBoardEntryEdge = {
  __typename?: 'PledgeBoardEntryEdge';
  cursor: Scalars['String']['output'];
  node: PledgeBoardEntry;
};

export type PledgeBoardSort =
  | 'MADE_ON'
  | 'NAME'
  | 'STAGE'
  | 'VILLAGE';

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

/** How many of a year's pledges are at each stage (the board's columns). */
export type PledgeStageCounts = {
  __typename?: 'PledgeStageCounts';
  evaluated: Scalars['Int']['output'];
  made: Scalars['Int']['output'];
  progressReported: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
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

/** 填写任免审批表 The form's own entries; each left out is blank on the form. */
export type PrepareAppointmentFormInput = {
  /** 任免理由 */
  appointmentReason?: InputMaybe<Scalars['String']['input']>;
  /** 干部 The cadre (UUID). */
  cadreId: Scalars['ID']['input'];
  /** 现任职务 In the form's words; left out, the form writes the cadre's current posts. */
  currentPost?: InputMaybe<Scalars['String']['input']>;
  /** 填表人 */
  filledBy?: InputMaybe<Scalars['String']['input']>;
  /** 拟免职务 */
  postToLeave?: InputMaybe<Scalars['String']['input']>;
  /** 填表时间 (yyyy-mm-dd), the business date; today when left out. */
  preparedOn?: InputMaybe<Scalars['String']['input']>;
  /** 拟任职务 */
  proposedPost?: InputMaybe<Scalars['String']['input']>;
  /** 呈报单位 */
  reportingUnit?: InputMaybe<Scalars['String']['input']>;
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
  /** The admonishment talks due now (the 30% rule), oldest first. Not for external apps. */
  admonishmentsDue: Array<AdmonishmentDue>;
  /**
   * 干部任免审批表 of a cadre as their file stood on `asOf` (default today), read from the ledger up to `position`
   * (default its head): every box in the form's words, with the position and chain head it was built from.
   * Masked for the caller as every dossier is (ID number; health, family and photo absent where not allowed);
   * an unmasked answer is logged as a personal-data read. Null when the cadre was not registered by then.
   */
  appointmentForm?: Maybe<AppointmentForm>;
  /**
   * The same form as a file: .docx (position and chain head in its footer and core properties; the same request
   * at the same position gives the same bytes) or .lrmx (position and chain head in an XML comment).
   */
  appointmentFormDocument: DocumentFile;
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
  /** Checks a roster sheet (base64 .xlsx) row by row; writes nothing. */
  checkRosterImport: RosterImport;
  /** Committee reviews (届中分析) by village and date. Not for external apps. */
  committeeReviews: CommitteeReviewRecordConnection;
  /**
   * 待办 What is due on a day (`asOf`, yyyy-mm-dd, default today; a past day is answered from the ledger as it
   * stood then, on `basis`), by due date. A village secretary sees their own village's; external apps see no
   * supervision items (early warnings, admonishments).
   */
  dueItems: DueItemConnection;
  /** Early warnings, newest first; `open: true` for those not yet resolved. */
  earlyWarnings: EarlyWarningConnection;
  /** The auditors' event log, newest first, filtered by stream, type, actor and recorded time. */
  eventLog: LedgerEventConnection;
  /** Everyone who has caused an event, in the order of their actor id. */
  eventLogActors: Array<LedgerActor>;
  /** 换届 A township's general elections, the latest first. */
  generalElections: Array<GeneralElection>;
  /** Honors of a year (when given) with the cadres' names, of every village (honors are public). */
  honorRecords: HonorRecordConnection;
  /** Honors, newest first, of the cadres of a village or of a township; `asOf` and `basis` as for `trainings`. */
  honors: HonorConnection;
  /** Recompute every hash chain (the first broken link) and check the ledger's rules across streams (every violation). */
  integrityCheck: IntegrityReport;
  /** Who is calling: the signed-in user, or null (API keys are not users). */
  me?: Maybe<UserAccount>;
  /**
   * The personal-data read log, newest first (AUDITOR only): at most `limit` reads (200 by default, 1000 at
   * most), of one cadre, one reader, and read from `readFrom` to `readTo` (China days, yyyy-mm-dd, both
   * included), so that any period is reachable however long the log.
   */
  personalDataReads: Array<PersonalDataRead>;
  /** 一诺双评 A year's pledges on the board, of a stage (`status`) when given. */
  pledgeBoard: PledgeBoardEntryConnection;
  /** How many of a year's pledges are at each stage. */
  pledgeStageCounts: PledgeStageCounts;
  /**
   * 一诺双评 pledges, by year, of the cadres of a village (a village secretary's own by default) or of a
   * township; `asOf` and `basis` as for `trainings`.
   */
  pledges: PledgeConnection;
  /**
   * Reminders issued, newest first: to whom, when, and who acknowledged them when (auditors). `remindedMe`:
   * only those sent to the caller; `acknowledged`: false for the open ones.
   */
  reminders: ReminderConnection;
  /** 后备干部 The reserve pool, by tier (1 first) by default; `mentored` false for those still without mentors. */
  reservePool: ReservePoolEntryConnection;
  /**
   * 查看完整信息 One cadre's ID number or phone in clear, for a role that may see it (a village secretary only
   * their own village's), logged as a personal-data read (operation revealPersonalField). Null when the file has none.
   */
  revealPersonalField?: Maybe<Scalars['String']['output']>;
  /** An import by its id (the file's hash), to follow its progress; null when none is known. */
  rosterImport?: Maybe<RosterImport>;
  /** The roster import template (.xlsx): the columns an import reads, with an example row. */
  rosterImportTemplate: DocumentFile;
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
   * A spreadsheet as of today or a past day (`asOf`, yyyy-mm-dd; `basis` as for lists), masked for the
   * caller's role as the list queries are; identifiers shown in clear are logged as a personal-data read.
   * The same request at the same position gives the same bytes.
   */
  spreadsheet: DocumentFile;
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
  /** 培训覆盖 per village for a year, in the villages' order. */
  trainingCoverage: Array<VillageTrainingCoverage>;
  /**
   * Training sessions by planned date. `townshipId`: the township's; `villageId`: those a cadre of the
   * village attended. `asOf` (yyyy-mm-dd, not after today) answers as the ledger stood at the end of that
   * day on `basis` (OCCURRED by default, or RECORDED): time travel.
   */
  trainings: TrainingConnection;
  /** The sitting cadres not yet trained in a year (still to be trained). */
  untrainedCadres: UntrainedCadreConnection;
  /**
   * Whether an exported document (base64) matches the ledger: its stamp read, the chain head at its position
   * checked, and the document regenerated there compared byte for byte. A document showing personal data in
   * clear beyond what the caller's role may see is refused (FORBIDDEN, rule DOCUMENT_VERIFY_FORBIDDEN).
   */
  verifyDocument: DocumentVerification;
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
export type QueryAdmonishmentsDueArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  basis?: InputMaybe<TimeBasis>;
  townshipId?: InputMaybe<Scalars['ID']['input']>;
  villageId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Reads. Lists are Relay-style connections: `first` (at most 200, default 50), `after` a cursor, and
 * `reverse: true` to turn a list's natural order around (the roster also takes `sort` and `descending`).
 */
export type QueryAppointmentFormArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  cadreId: Scalars['ID']['input'];
  position?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Reads. Lists are Relay-style connections: `first` (at most 200, default 50), `after` a cursor, and
 * `reverse: true` to turn a list's natural order around (the roster also takes `sort` and `descending`).
 */
export type QueryAppointmentFormDocumentArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  cadreId: Scalars['ID']['input'];
  format: AppointmentFormFormat;
  position?: InputMaybe<Scalars['String']['input']>;
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
export type QueryCheckRosterImportArgs = {
  file: Scalars['String']['input'];
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
export type QueryDueItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  basis?: InputMaybe<TimeBasis>;
  cadreId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  rule?: InputMaybe<DueRule>;
  villageId?: InputMaybe<Scalars['ID']['input']>;
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
export type QueryGeneralElectionsArgs = {
  townshipId?: InputMaybe<Scalars['ID']['input']>;
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
  readFrom?: InputMaybe<Scalars['String']['input']>;
  readTo?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Reads. Lists are Relay-style connections: `first` (at most 200, default 50), `after` a cursor, and
 * `reverse: true` to turn a list's natural order around (the roster also takes `sort` and `descending`).
 */
export type QueryPledgeBoardArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  basis?: InputMaybe<TimeBasis>;
  descending?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<PledgeBoardSort>;
  status?: InputMaybe<PledgeStatus>;
  townshipId?: InputMaybe<Scalars['ID']['input']>;
  villageId?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};


/**
 * Reads. Lists are Relay-style connections: `first` (at most 200, default 50), `after` a cursor, and
 * `reverse: true` to turn a list's natural order around (the roster also takes `sort` and `descending`).
 */
export type QueryPledgeStageCountsArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  basis?: InputMaybe<TimeBasis>;
  townshipId?: InputMaybe<Scalars['ID']['input']>;
  villageId?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
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
export type QueryRemindersArgs = {
  acknowledged?: InputMaybe<Scalars['Boolean']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  issuedFrom?: InputMaybe<Scalars['String']['input']>;
  issuedTo?: InputMaybe<Scalars['String']['input']>;
  remindedMe?: InputMaybe<Scalars['Boolean']['input']>;
  reverse?: InputMaybe<Scalars['Boolean']['input']>;
  rule?: InputMaybe<DueRule>;
  villageId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Reads. Lists are Relay-style connections: `first` (at most 200, default 50), `after` a cursor, and
 * `reverse: true` to turn a list's natural order around (the roster also takes `sort` and `descending`).
 */
export type QueryReservePoolArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  basis?: InputMaybe<TimeBasis>;
  descending?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  mentored?: InputMaybe<Scalars['Boolean']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<ReservePoolSort>;
  source?: InputMaybe<ReserveSource>;
  tier?: InputMaybe<Scalars['Int']['input']>;
  townshipId?: InputMaybe<Scalars['ID']['input']>;
  villageId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Reads. Lists are Relay-style connections: `first` (at most 200, default 50), `after` a cursor, and
 * `reverse: true` to turn a list's natural order around (the roster also takes `sort` and `descending`).
 */
export type QueryRevealPersonalFieldArgs = {
  cadreId: Scalars['ID']['input'];
  field: RevealableField;
};


/**
 * Reads. Lists are Relay-style connections: `first` (at most 200, default 50), `after` a cursor, and
 * `reverse: true` to turn a list's natural order around (the roster also takes `sort` and `descending`).
 */
export type QueryRosterImportArgs = {
  id: Scalars['ID']['input'];
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
export type QuerySpreadsheetArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  basis?: InputMaybe<TimeBasis>;
  filters?: InputMaybe<SpreadsheetFilters>;
  kind: SpreadsheetKind;
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
export type QueryTrainingCoverageArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  basis?: InputMaybe<TimeBasis>;
  townshipId?: InputMaybe<Scalars['ID']['input']>;
  villageId?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
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
export type QueryUntrainedCadresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  basis?: InputMaybe<TimeBasis>;
  descending?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<UntrainedCadreSort>;
  townshipId?: InputMaybe<Scalars['ID']['input']>;
  villageId?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};


/**
 * Reads. Lists are Relay-style connections: `first` (at most 200, default 50), `after` a cursor, and
 * `reverse: true` to turn a list's natural order around (the roster also takes `sort` and `descending`).
 */
export type QueryVerifyDocumentArgs = {
  file: Scalars['String']['input'];
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

/** How far a permission reaches: everywhere, or only into the user's own village (the resolver checks the village). */
export type Reach =
  | 'EVERYWHERE'
  | 'OWN_VILLAGE';

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

/** Input of `recordCommitteeTerm`. */
export type RecordCommitteeTermInput = {
  /** 任期届满日期 The planned end (yyyy-mm-dd), after the start; five years later by default (29 February → 28 February). */
  plannedEndOn?: InputMaybe<Scalars['String']['input']>;
  /** 开始日期 The day the term began (yyyy-mm-dd), not after today. The business date: it becomes the events' `occurredAt`; left out, today (China time). */
  startedOn?: InputMaybe<Scalars['String']['input']>;
  /** 村（社区） The village (UUID). */
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

/** Input of `recordElectionResult`. */
export type RecordElectionResultInput = {
  /** The candidate (UUID). */
  cadreId: Scalars['ID']['input'];
  /** 班子 The committee of the seat. */
  committee: Committee;
  /** 是否当选 true: elected; false: not elected (a sitting member leaves with TERM_ENDED). */
  elected: Scalars['Boolean']['input'];
  /** 换届 The open general election (UUID). */
  electionId: Scalars['ID']['input'];
  /** 职务 The seat's position, one of its committee's. */
  position: Position;
  /** The township (UUID). */
  townshipId: Scalars['ID']['input'];
  /** 村（社区） The village, one of the election's (UUID). */
  villageId: Scalars['ID']['input'];
  /** 选举日期 yyyy-mm-dd, not before the review's conclusion nor after today; leave it out for today (China time). */
  votedOn?: InputMaybe<Scalars['String']['input']>;
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

/** Input of `registerElectionCandidate`. */
export type RegisterElectionCandidateInput = {
  /** The candidate, a registered cadre (UUID). */
  cadreId: Scalars['ID']['input'];
  /** 班子 The committee of the seat. */
  committee: Committee;
  /** 换届 The open general election (UUID). */
  electionId: Scalars['ID']['input'];
  /** 职务 The seat's position, one of its committee's. */
  position: Position;
  /** 登记日期 yyyy-mm-dd, not before the election's start nor after today; leave it out for today (China time). */
  registeredOn?: InputMaybe<Scalars['String']['input']>;
  /** The id of the qualification review that opens (UUID); left out, it is derived from the command id. */
  reviewId?: InputMaybe<Scalars['ID']['input']>;
  /** The township (UUID). */
  townshipId: Scalars['ID']['input'];
  /** 村（社区） The village, one of the election's (UUID). */
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

/**
 * 提醒 A reminder the gateway's scheduler issued (ReminderIssued) when an item fell due, and its
 * acknowledgement (ReminderAcknowledged) by one of those reminded.
 */
export type Reminder = {
  __typename?: 'Reminder';
  /** When the store recorded the acknowledgement (ISO 8601). */
  acknowledgedAt?: Maybe<Scalars['String']['output']>;
  acknowledgedBy?: Maybe<ReminderRecipient>;
  acknowledgedOn?: Maybe<Scalars['String']['output']>;
  audience: Array<ReminderAudience>;
  cadreId?: Maybe<Scalars['ID']['output']>;
  cadreName?: Maybe<Scalars['String']['output']>;
  /** Days from issue to acknowledgement (business dates); null while not acknowledged. */
  daysToAcknowledge?: Maybe<Scalars['Int']['output']>;
  dueOn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** When the store recorded it (ISO 8601). */
  issuedAt: Scalars['String']['output'];
  /** yyyy-mm-dd (China time) it was issued. */
  issuedOn: Scalars['String']['output'];
  /** The accounts reminded (empty for external apps). */
  recipients: Array<ReminderRecipient>;
  /** Whether the caller was among those reminded, and so may acknowledge it. */
  remindedMe: Scalars['Boolean']['output'];
  rule: DueRule;
  ruleText: Scalars['String']['output'];
  /** Whether its item is still due today (false once it was acted on: the pledge evaluated, the review concluded…). */
  stillDue: Scalars['Boolean']['output'];
  subjectId: Scalars['String']['output'];
  villageId?: Maybe<Scalars['ID']['output']>;
  villageName?: Maybe<Scalars['String']['output']>;
};

/** Whom a reminder is for: the township organization office (ADMIN), the village's secretary (VILLAGE). */
export type ReminderAudience =
  | 'OFFICE'
  | 'VILLAGE';

export type ReminderConnection = {
  __typename?: 'ReminderConnection';
  edges: Array<ReminderEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ReminderEdge = {
  __typename?: 'ReminderEdge';
  cursor: Scalars['String']['output'];
  node: Reminder;
};

/** A user reminded, or who acknowledged: the actor as events name it, with the account's name. */
export type ReminderRecipient = {
  __typename?: 'ReminderRecipient';
  /** user:<id> */
  actor: Scalars['String']['output'];
  displayName?: Maybe<Scalars['String']['output']>;
  username?: Maybe<Scalars['String']['output']>;
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
 * 后备干部 A reserve cadre on the pool board: their village, where they were recruited from, their tier and
 * mentors.
 */
export type ReservePoolEntry = {
  __typename?: 'ReservePoolEntry';
  cadreId: Scalars['ID']['output'];
  cadreName: Scalars['String']['output'];
  educationLevel: EducationLevel;
  enlistedOn: Scalars['String']['output'];
  gender: Gender;
  /** null until mentors are assigned. */
  mentors?: Maybe<ReservePoolMentors>;
  source: ReserveSource;
  /** 梯度 1 (ready soonest) to 3. */
  tier: Scalars['Int']['output'];
  villageId: Scalars['ID']['output'];
  villageName: Scalars['String']['output'];
};

export type ReservePoolEntryConnection = {
  __typename?: 'ReservePoolEntryConnection';
  edges: Array<ReservePoolEntryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ReservePoolEntryEdge = {
  __typename?: 'ReservePoolEntryEdge';
  cursor: Scalars['String']['output'];
  node: ReservePoolEntry;
};

/** 1+1+N 导师帮带 A reserve cadre's mentors, with the names of the cadres among them. */
export type ReservePoolMentors = {
  __typename?: 'ReservePoolMentors';
  assignedOn: Scalars['String']['output'];
  memberCadreIds: Array<Scalars['ID']['output']>;
  memberNames: Array<Scalars['String']['output']>;
  secretaryCadreId: Scalars['ID']['output'];
  secretaryName?: Maybe<Scalars['String']['output']>;
  /** 包村领导 */
  townshipLeader: Scalars['String']['output'];
};

export type ReservePoolSort =
  | 'ENLISTED_ON'
  | 'NAME'
  | 'TIER'
  | 'VILLAGE';

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

/** A personal field shown masked in lists, revealed one cadre at a time. */
export type RevealableField =
  | 'ID_NUMBER'
  | 'PHONE';

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

/**
 * An import of a roster sheet (花名册导入): every row checked with the RegisterCadre command's schema and rules,
 * then each valid row entered as one command whose id derives from the file's hash and the row number.
 */
export type RosterImport = {
  __typename?: 'RosterImport';
  /** Rows found already written (a re-run after an interruption). */
  alreadyWritten: Scalars['Int']['output'];
  /** Rows entered so far (written now or already by an earlier run). */
  done: Scalars['Int']['output'];
  /** The file's SHA-256: the same file is the same import (a re-run writes nothing twice). */
  id: Scalars['ID']['output'];
  /** Every problem found, row by row (empty when all rows are valid). */
  problems: Array<RosterImportProblem>;
  /** done / rows to enter, 0 to 1. */
  progress: Scalars['Float']['output'];
  /** The filled rows of the sheet. */
  rows: Scalars['Int']['output'];
  status: RosterImportStatus;
  /** Rows without problems: those an import enters. */
  validRows: Scalars['Int']['output'];
};

/** One problem of an imported sheet: the row (as Excel numbers it) and the column, in zh-CN and en. */
export type RosterImportProblem = {
  __typename?: 'RosterImportProblem';
  /** The column's header as the template names it (身份证号), or null for the row as a whole. */
  column?: Maybe<Scalars['String']['output']>;
  /** The input field at fault (profile.idNumber), when there is one. */
  field?: Maybe<Scalars['String']['output']>;
  messageEn: Scalars['String']['output'];
  messageZh: Scalars['String']['output'];
  row: Scalars['Int']['output'];
  /** The rule's stable code (ID_NUMBER_CHECK_DIGIT, VILLAGE_NOT_FOUND, ID_NUMBER_REPEATED_IN_FILE, …). */
  rule: Scalars['String']['output'];
};

export type RosterImportStatus =
  /** Checked only: nothing written. */
  | 'CHECKED'
  | 'DONE'
  | 'FAILED'
  /** Refused: problems remain and only-valid-rows was not chosen; nothing written. */
  | 'REFUSED'
  | 'RUNNING';

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

/** The filters of the list query a spreadsheet exports; each kind takes those of its query and ignores the rest. */
export type SpreadsheetFilters = {
  descending?: InputMaybe<Scalars['Boolean']['input']>;
  held?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<TrainingKind>;
  level?: InputMaybe<HonorLevel>;
  role?: InputMaybe<CadreRole>;
  search?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<CadreSort>;
  status?: InputMaybe<PledgeStatus>;
  townshipId?: InputMaybe<Scalars['ID']['input']>;
  villageId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** The spreadsheets the ledger exports (.xlsx, styled, titled 截至yyyy年mm月dd日). */
export type SpreadsheetKind =
  /** 表彰奖励台账: honors */
  | 'HONORS'
  /** 承诺践诺台账: pledges */
  | 'PLEDGES'
  /** 后备干部库: the reserve pool */
  | 'RESERVE_POOL'
  /** 干部花名册: the roster, with the `cadres` query's filters */
  | 'ROSTER'
  /** 村（社区）"两委"干部基本情况统计表: one row per village, the structure figures of `statistics`, a total row */
  | 'STATISTICS'
  /** 培训台账: training sessions and who attended (two sheets) */
  | 'TRAININGS';

/** Input of `startGeneralElection`. */
export type StartGeneralElectionInput = {
  /** The new election's id (UUID); left out, it is derived from the command id and answered in `derivedIds`. */
  electionId?: InputMaybe<Scalars['ID']['input']>;
  /** 开始日期 When the 换届 began (yyyy-mm-dd), not after today. The business date; leave it out for today (China time). */
  startedOn?: InputMaybe<Scalars['String']['input']>;
  /** The township (UUID). */
  townshipId: Scalars['ID']['input'];
  /** 参加换届的村（社区） The villages in it: at least one, none twice. */
  villageIds: Array<Scalars['ID']['input']>;
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
  /** 任期 The villages' current terms. */
  terms: TermStatistics;
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
  /**
   * Every change to the ledger from now on (ids only, no personal data); a village secretary is sent their own
   * village's changes and the township-wide ones (trainings, townships). `after`, a position, resumes from there.
   */
  ledgerChanged: LedgerChange;
  /** Each reminder as it is issued (of one village, if given; a village secretary's own), once the read models show it. */
  reminderIssued: Reminder;
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


/**
 * Live updates over WebSocket (graphql-ws protocol, `ws://host/graphql`). Authenticate with the connection
 * parameters `{ "authorization": "Bearer <token>" }` or `{ "apiKey": "ck_…" }`.
 */
export type SubscriptionLedgerChangedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Live updates over WebSocket (graphql-ws protocol, `ws://host/graphql`). Authenticate with the connection
 * parameters `{ "authorization": "Bearer <token>" }` or `{ "apiKey": "ck_…" }`.
 */
export type SubscriptionReminderIssuedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  villageId?: InputMaybe<Scalars['ID']['input']>;
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

/** 任期 The villages' terms in the statistics' scope at the as-of date. */
export type TermStatistics = {
  __typename?: 'TermStatistics';
  /** Terms whose planned end falls in the as-of date's year (a 换届 year). */
  endingThisYear: Scalars['Int']['output'];
  nextPlannedEndOn?: Maybe<Scalars['String']['output']>;
  /** Terms whose planned end is on or before the as-of date. */
  pastPlannedEnd: Scalars['Int']['output'];
  villagesWithTerm: Scalars['Int']['output'];
};

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
  /** “两委”成员年龄线 */
  committeeMemberAgeThreshold: Scalars['Int']['output'];
  district: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** 后备干部年龄线 */
  reserveCadreAgeThreshold: Scalars['Int']['output'];
  /** 资格联审超期天数 */
  reviewOpenTooLongDays: Scalars['Int']['output'];
  reviewingDepartments: Array<ReviewingDepartment>;
  /** 诉求办理超期天数 */
  serviceRequestUnresolvedDays: Scalars['Int']['output'];
  /** 任期届满提前提醒月数 */
  termReminderMonths: Array<Scalars['Int']['output']>;
};

/** 镇设置 A township's settings, recorded with every change so that a later default never rewrites history. */
export type TownshipSettingsInput = {
  /**
   * 约谈阈值 The share of "incompetent" (不称职) votes in a democratic appraisal, above 0 and at most 1, from
   * which an admonishment talk (诫勉谈话) is due. Defaults to 0.3, the common 30% rule.
   */
  admonishmentThreshold?: InputMaybe<Scalars['Float']['input']>;
  /** “两委”成员年龄线 18 to 80 (default 60). */
  committeeMemberAgeThreshold?: InputMaybe<Scalars['Int']['input']>;
  /** 后备干部年龄线 18 to 70 (default 35). */
  reserveCadreAgeThreshold?: InputMaybe<Scalars['Int']['input']>;
  /** 资格联审超期天数 An open qualification review is overdue after this many days: 1 to 365 (default 30). */
  reviewOpenTooLongDays?: InputMaybe<Scalars['Int']['input']>;
  /**
   * 联审部门 The departments asked for a verdict in each qualification review opened from then on: at least
   * one, no code twice (else DUPLICATE_ENTRY). Defaults to 纪检监察 DISCIPLINE_INSPECTION and 公安 PUBLIC_SECURITY.
   */
  reviewingDepartments?: InputMaybe<Array<ReviewingDepartmentInput>>;
  /** 诉求办理超期天数 A service request unresolved after this many days is overdue: 1 to 365 (default 30). */
  serviceRequestUnresolvedDays?: InputMaybe<Scalars['Int']['input']>;
  /** 任期届满提前提醒月数 1 to 6 distinct values, each 1 to 24 (default [6, 3]). */
  termReminderMonths?: InputMaybe<Array<Scalars['Int']['input']>>;
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

/** A sitting cadre not yet trained in the year asked about. */
export type UntrainedCadre = {
  __typename?: 'UntrainedCadre';
  cadreId: Scalars['ID']['output'];
  cadreName: Scalars['String']['output'];
  /** The last day they were trained, any year; null: never. */
  lastTrainedOn?: Maybe<Scalars['String']['output']>;
  villageId: Scalars['ID']['output'];
  villageName: Scalars['String']['output'];
};

export type UntrainedCadreConnection = {
  __typename?: 'UntrainedCadreConnection';
  edges: Array<UntrainedCadreEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type UntrainedCadreEdge = {
  __typename?: 'UntrainedCadreEdge';
  cursor: Scalars['String']['output'];
  node: UntrainedCadre;
};

export type UntrainedCadreSort =
  | 'LAST_TRAINED_ON'
  | 'NAME'
  | 'VILLAGE';

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
  /** What this user's role may call: every root field the gateway's policy lets it use, and how far. */
  permissions: Array<Permission>;
  role: Role;
  username: Scalars['String']['output'];
  /** The village a VILLAGE user belongs to. */
  villageId?: Maybe<Scalars['ID']['output']>;
};

export type VerificationOutcome =
  /** The ledger's chain head at that position differs: another ledger, or an altered history. */
  | 'CHAIN_HEAD_MISMATCH'
  /** The file differs from the document regenerated at its position: it was changed. */
  | 'CONTENT_DIFFERS'
  /** Regenerated at its position, the document is byte for byte the same, and the history up to it is intact. */
  | 'MATCH'
  /** The ledger has no such position. */
  | 'POSITION_NOT_IN_LEDGER';

/** 村（社区） A village or community with its committees ("两委") and reserve pool. */
export type Village = {
  __typename?: 'Village';
  /** 换届 The last general election the village was part of; null if none. */
  election?: Maybe<VillageElection>;
  id: Scalars['ID']['output'];
  kind: VillageKind;
  name: Scalars['String']['output'];
  /** Open early warnings; null (无权查看) for external apps and for a village secretary asking about another village. */
  openWarnings?: Maybe<Array<EarlyWarning>>;
  /** 后备干部 of this village; null (无权查看) for a village secretary asking about another village. */
  reserveCadres?: Maybe<Array<Cadre>>;
  /** The seats of both committees as held now; null (无权查看) for a village secretary asking about another village. */
  seats?: Maybe<Array<Seat>>;
  /** 任期 The current term; null when none is recorded. `daysLeft` counts from `asOf` (yyyy-mm-dd, today by default). */
  term?: Maybe<CommitteeTerm>;
  townshipId: Scalars['ID']['output'];
};


/** 村（社区） A village or community with its committees ("两委") and reserve pool. */
export type VillageTermArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
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

/** 换届状态 A village's part in the 换届 that included it last. */
export type VillageElection = {
  __typename?: 'VillageElection';
  /** When the village's election closed (its new term began); null while it runs. */
  closedOn?: Maybe<Scalars['String']['output']>;
  electionId: Scalars['ID']['output'];
  startedOn: Scalars['String']['output'];
  /** OPEN while the village's election runs, CLOSED after. */
  status: ElectionStatus;
};

/** 类型 A village (村) or an urban community (社区). */
export type VillageKind =
  | 'COMMUNITY'
  | 'VILLAGE';

/**
 * 培训覆盖 How many of a village's sitting "两委" cadres were trained in a year (a session attended or a
 * course on their file), as the dashboard's coverage counts them.
 */
export type VillageTrainingCoverage = {
  __typename?: 'VillageTrainingCoverage';
  cadreCount: Scalars['Int']['output'];
  /** trainedCount / cadreCount, 0..1 (1 for a village without sitting cadres). */
  share: Scalars['Float']['output'];
  trainedCount: Scalars['Int']['output'];
  untrainedCount: Scalars['Int']['output'];
  villageId: Scalars['ID']['output'];
  villageName: Scalars['String']['output'];
};

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
  AcknowledgeReminderInput: ResolverTypeWrapper<Partial<AcknowledgeReminderInput>>;
  AdmonishmentDue: ResolverTypeWrapper<Partial<AdmonishmentDue>>;
  AgeBandCount: ResolverTypeWrapper<Partial<AgeBandCount>>;
  AgeStructure: ResolverTypeWrapper<Partial<AgeStructure>>;
  AnnualAssessment: ResolverTypeWrapper<Partial<AnnualAssessment>>;
  AppointCadreInput: ResolverTypeWrapper<Partial<AppointCadreInput>>;
  AppointmentForm: ResolverTypeWrapper<Partial<AppointmentForm>>;
  AppointmentFormEducation: ResolverTypeWrapper<Partial<AppointmentFormEducation>>;
  AppointmentFormFamilyMember: ResolverTypeWrapper<Partial<AppointmentFormFamilyMember>>;
  AppointmentFormFormat: ResolverTypeWrapper<Partial<AppointmentFormFormat>>;
  AppointmentFormResumeLine: ResolverTypeWrapper<Partial<AppointmentFormResumeLine>>;
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
  CandidateReviewStatus: ResolverTypeWrapper<Partial<CandidateReviewStatus>>;
  ChangeCadrePhotoInput: ResolverTypeWrapper<Partial<ChangeCadrePhotoInput>>;
  ChangeReserveTierInput: ResolverTypeWrapper<Partial<ChangeReserveTierInput>>;
  ChangeTownshipSettingsInput: ResolverTypeWrapper<Partial<ChangeTownshipSettingsInput>>;
  CommandPayload: ResolverTypeWrapper<Partial<CommandPayload>>;
  Committee: ResolverTypeWrapper<Partial<Committee>>;
  CommitteeReviewRecord: ResolverTypeWrapper<Partial<CommitteeReviewRecord>>;
  CommitteeReviewRecordConnection: ResolverTypeWrapper<Partial<CommitteeReviewRecordConnection>>;
  CommitteeReviewRecordEdge: ResolverTypeWrapper<Partial<CommitteeReviewRecordEdge>>;
  CommitteeReviewSort: ResolverTypeWrapper<Partial<CommitteeReviewSort>>;
  CommitteeTerm: ResolverTypeWrapper<Partial<CommitteeTerm>>;
  CompleteEducationInput: ResolverTypeWrapper<Partial<CompleteEducationInput>>;
  ConcludeQualificationReviewInput: ResolverTypeWrapper<Partial<ConcludeQualificationReviewInput>>;
  ConcludeVillageElectionInput: ResolverTypeWrapper<Partial<ConcludeVillageElectionInput>>;
  CorrectCadreProfileInput: ResolverTypeWrapper<Partial<CorrectCadreProfileInput>>;
  DepartmentVerdict: ResolverTypeWrapper<Partial<DepartmentVerdict>>;
  DerivedId: ResolverTypeWrapper<Partial<DerivedId>>;
  DispatchServiceRequestInput: ResolverTypeWrapper<Partial<DispatchServiceRequestInput>>;
  DocumentFile: ResolverTypeWrapper<Partial<DocumentFile>>;
  DocumentVerification: ResolverTypeWrapper<Partial<DocumentVerification>>;
  DueItem: ResolverTypeWrapper<Partial<DueItem>>;
  DueItemConnection: ResolverTypeWrapper<Partial<DueItemConnection>>;
  DueItemEdge: ResolverTypeWrapper<Partial<DueItemEdge>>;
  DueRule: ResolverTypeWrapper<Partial<DueRule>>;
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
  ElectionCandidate: ResolverTypeWrapper<Partial<ElectionCandidate>>;
  ElectionStatus: ResolverTypeWrapper<Partial<ElectionStatus>>;
  ElectionVillage: ResolverTypeWrapper<Partial<ElectionVillage>>;
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
  GeneralElection: ResolverTypeWrapper<Partial<GeneralElection>>;
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
  ImportLrmxInput: ResolverTypeWrapper<Partial<ImportLrmxInput>>;
  Int: ResolverTypeWrapper<Partial<Scalars['Int']['output']>>;
  IntegrityReport: ResolverTypeWrapper<Partial<IntegrityReport>>;
  Interview: ResolverTypeWrapper<Partial<Interview>>;
  InterviewKind: ResolverTypeWrapper<Partial<InterviewKind>>;
  IssueReminderInput: ResolverTypeWrapper<Partial<IssueReminderInput>>;
  KeyCount: ResolverTypeWrapper<Partial<KeyCount>>;
  LeavePostInput: ResolverTypeWrapper<Partial<LeavePostInput>>;
  LeaveReservePoolInput: ResolverTypeWrapper<Partial<LeaveReservePoolInput>>;
  LeavingReason: ResolverTypeWrapper<Partial<LeavingReason>>;
  LedgerActor: ResolverTypeWrapper<Partial<LedgerActor>>;
  LedgerChange: ResolverTypeWrapper<Partial<LedgerChange>>;
  LedgerEvent: ResolverTypeWrapper<Partial<LedgerEvent>>;
  LedgerEventConnection: ResolverTypeWrapper<Partial<LedgerEventConnection>>;
  LedgerEventEdge: ResolverTypeWrapper<Partial<LedgerEventEdge>>;
  LedgerRuleViolation: ResolverTypeWrapper<Partial<LedgerRuleViolation>>;
  LrmxImportPayload: ResolverTypeWrapper<Partial<LrmxImportPayload>>;
  MakePledgeInput: ResolverTypeWrapper<Partial<MakePledgeInput>>;
  Mentors: ResolverTypeWrapper<Partial<Mentors>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OpenQualificationReviewInput: ResolverTypeWrapper<Partial<OpenQualificationReviewInput>>;
  PageInfo: ResolverTypeWrapper<Partial<PageInfo>>;
  Permission: ResolverTypeWrapper<Partial<Permission>>;
  PersonalDataRead: ResolverTypeWrapper<Partial<PersonalDataRead>>;
  Pledge: ResolverTypeWrapper<Partial<Pledge>>;
  PledgeBoardEntry: ResolverTypeWrapper<Partial<PledgeBoardEntry>>;
  PledgeBoardEntryConnection: ResolverTypeWrapper<Partial<PledgeBoardEntryConnection>>;
  PledgeBoardEntryEdge: ResolverTypeWrapper<Partial<PledgeBoardEntryEdge>>;
  PledgeBoardSort: ResolverTypeWrapper<Partial<PledgeBoardSort>>;
  PledgeConnection: ResolverTypeWrapper<Partial<PledgeConnection>>;
  PledgeEdge: ResolverTypeWrapper<Partial<PledgeEdge>>;
  PledgeStageCounts: ResolverTypeWrapper<Partial<PledgeStageCounts>>;
  PledgeStatus: ResolverTypeWrapper<Partial<PledgeStatus>>;
  PoliticalPortrait: ResolverTypeWrapper<Partial<PoliticalPortrait>>;
  PoliticalStatus: ResolverTypeWrapper<Partial<PoliticalStatus>>;
  PortraitBasis: ResolverTypeWrapper<Partial<PortraitBasis>>;
  Position: ResolverTypeWrapper<Partial<Position>>;
  Post: ResolverTypeWrapper<Partial<Post>>;
  PostRecord: ResolverTypeWrapper<Partial<PostRecord>>;
  PrepareAppointmentFormInput: ResolverTypeWrapper<Partial<PrepareAppointmentFormInput>>;
  QualificationReview: ResolverTypeWrapper<Partial<QualificationReview>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RaiseServiceRequestInput: ResolverTypeWrapper<Partial<RaiseServiceRequestInput>>;
  RateServiceRequestInput: ResolverTypeWrapper<Partial<RateServiceRequestInput>>;
  Reach: ResolverTypeWrapper<Partial<Reach>>;
  RecordAnnualAssessmentInput: ResolverTypeWrapper<Partial<RecordAnnualAssessmentInput>>;
  RecordCommitteeReviewInput: ResolverTypeWrapper<Partial<RecordCommitteeReviewInput>>;
  RecordCommitteeTermInput: ResolverTypeWrapper<Partial<RecordCommitteeTermInput>>;
  RecordDepartmentVerdictInput: ResolverTypeWrapper<Partial<RecordDepartmentVerdictInput>>;
  RecordElectionResultInput: ResolverTypeWrapper<Partial<RecordElectionResultInput>>;
  RecordInterviewInput: ResolverTypeWrapper<Partial<RecordInterviewInput>>;
  RecordTrainingHeldInput: ResolverTypeWrapper<Partial<RecordTrainingHeldInput>>;
  RecordTrainingInput: ResolverTypeWrapper<Partial<RecordTrainingInput>>;
  RegisterCadreInput: ResolverTypeWrapper<Partial<RegisterCadreInput>>;
  RegisterElectionCandidateInput: ResolverTypeWrapper<Partial<RegisterElectionCandidateInput>>;
  RegisterTownshipInput: ResolverTypeWrapper<Partial<RegisterTownshipInput>>;
  RegisterVillageInput: ResolverTypeWrapper<Partial<RegisterVillageInput>>;
  Reminder: ResolverTypeWrapper<Partial<Reminder>>;
  ReminderAudience: ResolverTypeWrapper<Partial<ReminderAudience>>;
  ReminderConnection: ResolverTypeWrapper<Partial<ReminderConnection>>;
  ReminderEdge: ResolverTypeWrapper<Partial<ReminderEdge>>;
  ReminderRecipient: ResolverTypeWrapper<Partial<ReminderRecipient>>;
  ReportPledgeProgressInput: ResolverTypeWrapper<Partial<ReportPledgeProgressInput>>;
  ReservePoolEntry: ResolverTypeWrapper<Partial<ReservePoolEntry>>;
  ReservePoolEntryConnection: ResolverTypeWrapper<Partial<ReservePoolEntryConnection>>;
  ReservePoolEntryEdge: ResolverTypeWrapper<Partial<ReservePoolEntryEdge>>;
  ReservePoolMentors: ResolverTypeWrapper<Partial<ReservePoolMentors>>;
  ReservePoolSort: ResolverTypeWrapper<Partial<ReservePoolSort>>;
  ReserveSource: ResolverTypeWrapper<Partial<ReserveSource>>;
  ReserveStatus: ResolverTypeWrapper<Partial<ReserveStatus>>;
  ResolveEarlyWarningInput: ResolverTypeWrapper<Partial<ResolveEarlyWarningInput>>;
  ResolveServiceRequestInput: ResolverTypeWrapper<Partial<ResolveServiceRequestInput>>;
  ResumeEntry: ResolverTypeWrapper<Partial<ResumeEntry>>;
  ResumeEntryInput: ResolverTypeWrapper<Partial<ResumeEntryInput>>;
  RevealableField: ResolverTypeWrapper<Partial<RevealableField>>;
  ReviewVerdict: ResolverTypeWrapper<Partial<ReviewVerdict>>;
  ReviewingDepartment: ResolverTypeWrapper<Partial<ReviewingDepartment>>;
  ReviewingDepartmentInput: ResolverTypeWrapper<Partial<ReviewingDepartmentInput>>;
  Role: ResolverTypeWrapper<Partial<Role>>;
  RosterImport: ResolverTypeWrapper<Partial<RosterImport>>;
  RosterImportProblem: ResolverTypeWrapper<Partial<RosterImportProblem>>;
  RosterImportStatus: ResolverTypeWrapper<Partial<RosterImportStatus>>;
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
  SpreadsheetFilters: ResolverTypeWrapper<Partial<SpreadsheetFilters>>;
  SpreadsheetKind: ResolverTypeWrapper<Partial<SpreadsheetKind>>;
  StartGeneralElectionInput: ResolverTypeWrapper<Partial<StartGeneralElectionInput>>;
  Statistics: ResolverTypeWrapper<Partial<Statistics>>;
  StreamRef: ResolverTypeWrapper<Partial<StreamRef>>;
  String: ResolverTypeWrapper<Partial<Scalars['String']['output']>>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TalkRecord: ResolverTypeWrapper<Partial<TalkRecord>>;
  TalkRecordConnection: ResolverTypeWrapper<Partial<TalkRecordConnection>>;
  TalkRecordEdge: ResolverTypeWrapper<Partial<TalkRecordEdge>>;
  TalkSort: ResolverTypeWrapper<Partial<TalkSort>>;
  TermStatistics: ResolverTypeWrapper<Partial<TermStatistics>>;
  TimeBasis: ResolverTypeWrapper<Partial<TimeBasis>>;
  Township: ResolverTypeWrapper<Partial<Township>>;
  TownshipSettingsInput: ResolverTypeWrapper<Partial<TownshipSettingsInput>>;
  Training: ResolverTypeWrapper<Partial<Training>>;
  TrainingConnection: ResolverTypeWrapper<Partial<TrainingConnection>>;
  TrainingEdge: ResolverTypeWrapper<Partial<TrainingEdge>>;
  TrainingKind: ResolverTypeWrapper<Partial<TrainingKind>>;
  UntrainedCadre: ResolverTypeWrapper<Partial<UntrainedCadre>>;
  UntrainedCadreConnection: ResolverTypeWrapper<Partial<UntrainedCadreConnection>>;
  UntrainedCadreEdge: ResolverTypeWrapper<Partial<UntrainedCadreEdge>>;
  UntrainedCadreSort: ResolverTypeWrapper<Partial<UntrainedCadreSort>>;
  UpdatePoliticalPortraitInput: ResolverTypeWrapper<Partial<UpdatePoliticalPortraitInput>>;
  UserAccount: ResolverTypeWrapper<Partial<UserAccount>>;
  VerificationOutcome: ResolverTypeWrapper<Partial<VerificationOutcome>>;
  Village: ResolverTypeWrapper<Partial<Omit<Village, 'reserveCadres'> & { reserveCadres?: Maybe<Array<ResolversTypes['Cadre']>> }>>;
  VillageConnection: ResolverTypeWrapper<Partial<Omit<VillageConnection, 'edges'> & { edges: Array<ResolversTypes['VillageEdge']> }>>;
  VillageEdge: ResolverTypeWrapper<Partial<Omit<VillageEdge, 'node'> & { node: ResolversTypes['Village'] }>>;
  VillageElection: ResolverTypeWrapper<Partial<VillageElection>>;
  VillageKind: ResolverTypeWrapper<Partial<VillageKind>>;
  VillageTrainingCoverage: ResolverTypeWrapper<Partial<VillageTrainingCoverage>>;
  WarningRecord: ResolverTypeWrapper<Partial<WarningRecord>>;
  WarningRecordConnection: ResolverTypeWrapper<Partial<WarningRecordConnection>>;
  WarningRecordEdge: ResolverTypeWrapper<Partial<WarningRecordEdge>>;
  WarningSort: ResolverTypeWrapper<Partial<WarningSort>>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AcceptServiceRequestInput: Partial<AcceptServiceRequestInput>;
  AcknowledgeReminderInput: Partial<AcknowledgeReminderInput>;
  AdmonishmentDue: Partial<AdmonishmentDue>;
  AgeBandCount: Partial<AgeBandCount>;
  AgeStructure: Partial<AgeStructure>;
  AnnualAssessment: Partial<AnnualAssessment>;
  AppointCadreInput: Partial<AppointCadreInput>;
  AppointmentForm: Partial<AppointmentForm>;
  AppointmentFormEducation: Partial<AppointmentFormEducation>;
  AppointmentFormFamilyMember: Partial<AppointmentFormFamilyMember>;
  AppointmentFormResumeLine: Partial<AppointmentFormResumeLine>;
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
  ChangeCadrePhotoInput: Partial<ChangeCadrePhotoInput>;
  ChangeReserveTierInput: Partial<ChangeReserveTierInput>;
  ChangeTownshipSettingsInput: Partial<ChangeTownshipSettingsInput>;
  CommandPayload: Partial<CommandPayload>;
  CommitteeReviewRecord: Partial<CommitteeReviewRecord>;
  CommitteeReviewRecordConnection: Partial<CommitteeReviewRecordConnection>;
  CommitteeReviewRecordEdge: Partial<CommitteeReviewRecordEdge>;
  CommitteeTerm: Partial<CommitteeTerm>;
  CompleteEducationInput: Partial<CompleteEducationInput>;
  ConcludeQualificationReviewInput: Partial<ConcludeQualificationReviewInput>;
  ConcludeVillageElectionInput: Partial<ConcludeVillageElectionInput>;
  CorrectCadreProfileInput: Partial<CorrectCadreProfileInput>;
  DepartmentVerdict: Partial<DepartmentVerdict>;
  DerivedId: Partial<DerivedId>;
  DispatchServiceRequestInput: Partial<DispatchServiceRequestInput>;
  DocumentFile: Partial<DocumentFile>;
  DocumentVerification: Partial<DocumentVerification>;
  DueItem: Partial<DueItem>;
  DueItemConnection: Partial<DueItemConnection>;
  DueItemEdge: Partial<DueItemEdge>;
  EarlyWarning: Partial<EarlyWarning>;
  EarlyWarningConnection: Partial<EarlyWarningConnection>;
  EarlyWarningEdge: Partial<EarlyWarningEdge>;
  EarlyWarningInput: Partial<EarlyWarningInput>;
  EducationLevelCount: Partial<EducationLevelCount>;
  EducationProgramme: Partial<EducationProgramme>;
  EducationRecord: Partial<EducationRecord>;
  EducationRecordInput: Partial<EducationRecordInput>;
  EducationStructure: Partial<EducationStructure>;
  ElectionCandidate: Partial<ElectionCandidate>;
  ElectionVillage: Partial<ElectionVillage>;
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
  GeneralElection: Partial<GeneralElection>;
  GrantBenefitInput: Partial<GrantBenefitInput>;
  Honor: Partial<Honor>;
  HonorCadreInput: Partial<HonorCadreInput>;
  HonorConnection: Partial<HonorConnection>;
  HonorEdge: Partial<HonorEdge>;
  HonorRecord: Partial<HonorRecord>;
  HonorRecordConnection: Partial<HonorRecordConnection>;
  HonorRecordEdge: Partial<HonorRecordEdge>;
  ID: Partial<Scalars['ID']['output']>;
  ImportLrmxInput: Partial<ImportLrmxInput>;
  Int: Partial<Scalars['Int']['output']>;
  IntegrityReport: Partial<IntegrityReport>;
  Interview: Partial<Interview>;
  IssueReminderInput: Partial<IssueReminderInput>;
  KeyCount: Partial<KeyCount>;
  LeavePostInput: Partial<LeavePostInput>;
  LeaveReservePoolInput: Partial<LeaveReservePoolInput>;
  LedgerActor: Partial<LedgerActor>;
  LedgerChange: Partial<LedgerChange>;
  LedgerEvent: Partial<LedgerEvent>;
  LedgerEventConnection: Partial<LedgerEventConnection>;
  LedgerEventEdge: Partial<LedgerEventEdge>;
  LedgerRuleViolation: Partial<LedgerRuleViolation>;
  LrmxImportPayload: Partial<LrmxImportPayload>;
  MakePledgeInput: Partial<MakePledgeInput>;
  Mentors: Partial<Mentors>;
  Mutation: Record<PropertyKey, never>;
  OpenQualificationReviewInput: Partial<OpenQualificationReviewInput>;
  PageInfo: Partial<PageInfo>;
  Permission: Partial<Permission>;
  PersonalDataRead: Partial<PersonalDataRead>;
  Pledge: Partial<Pledge>;
  PledgeBoardEntry: Partial<PledgeBoardEntry>;
  PledgeBoardEntryConnection: Partial<PledgeBoardEntryConnection>;
  PledgeBoardEntryEdge: Partial<PledgeBoardEntryEdge>;
  PledgeConnection: Partial<PledgeConnection>;
  PledgeEdge: Partial<PledgeEdge>;
  PledgeStageCounts: Partial<PledgeStageCounts>;
  PoliticalPortrait: Partial<PoliticalPortrait>;
  Post: Partial<Post>;
  PostRecord: Partial<PostRecord>;
  PrepareAppointmentFormInput: Partial<PrepareAppointmentFormInput>;
  QualificationReview: Partial<QualificationReview>;
  Query: Record<PropertyKey, never>;
  RaiseServiceRequestInput: Partial<RaiseServiceRequestInput>;
  RateServiceRequestInput: Partial<RateServiceRequestInput>;
  RecordAnnualAssessmentInput: Partial<RecordAnnualAssessmentInput>;
  RecordCommitteeReviewInput: Partial<RecordCommitteeReviewInput>;
  RecordCommitteeTermInput: Partial<RecordCommitteeTermInput>;
  RecordDepartmentVerdictInput: Partial<RecordDepartmentVerdictInput>;
  RecordElectionResultInput: Partial<RecordElectionResultInput>;
  RecordInterviewInput: Partial<RecordInterviewInput>;
  RecordTrainingHeldInput: Partial<RecordTrainingHeldInput>;
  RecordTrainingInput: Partial<RecordTrainingInput>;
  RegisterCadreInput: Partial<RegisterCadreInput>;
  RegisterElectionCandidateInput: Partial<RegisterElectionCandidateInput>;
  RegisterTownshipInput: Partial<RegisterTownshipInput>;
  RegisterVillageInput: Partial<RegisterVillageInput>;
  Reminder: Partial<Reminder>;
  ReminderConnection: Partial<ReminderConnection>;
  ReminderEdge: Partial<ReminderEdge>;
  ReminderRecipient: Partial<ReminderRecipient>;
  ReportPledgeProgressInput: Partial<ReportPledgeProgressInput>;
  ReservePoolEntry: Partial<ReservePoolEntry>;
  ReservePoolEntryConnection: Partial<ReservePoolEntryConnection>;
  ReservePoolEntryEdge: Partial<ReservePoolEntryEdge>;
  ReservePoolMentors: Partial<ReservePoolMentors>;
  ReserveStatus: Partial<ReserveStatus>;
  ResolveEarlyWarningInput: Partial<ResolveEarlyWarningInput>;
  ResolveServiceRequestInput: Partial<ResolveServiceRequestInput>;
  ResumeEntry: Partial<ResumeEntry>;
  ResumeEntryInput: Partial<ResumeEntryInput>;
  ReviewingDepartment: Partial<ReviewingDepartment>;
  ReviewingDepartmentInput: Partial<ReviewingDepartmentInput>;
  RosterImport: Partial<RosterImport>;
  RosterImportProblem: Partial<RosterImportProblem>;
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
  SpreadsheetFilters: Partial<SpreadsheetFilters>;
  StartGeneralElectionInput: Partial<StartGeneralElectionInput>;
  Statistics: Partial<Statistics>;
  StreamRef: Partial<StreamRef>;
  String: Partial<Scalars['String']['output']>;
  Subscription: Record<PropertyKey, never>;
  TalkRecord: Partial<TalkRecord>;
  TalkRecordConnection: Partial<TalkRecordConnection>;
  TalkRecordEdge: Partial<TalkRecordEdge>;
  TermStatistics: Partial<TermStatistics>;
  Township: Partial<Township>;
  TownshipSettingsInput: Partial<TownshipSettingsInput>;
  Training: Partial<Training>;
  TrainingConnection: Partial<TrainingConnection>;
  TrainingEdge: Partial<TrainingEdge>;
  UntrainedCadre: Partial<UntrainedCadre>;
  UntrainedCadreConnection: Partial<UntrainedCadreConnection>;
  UntrainedCadreEdge: Partial<UntrainedCadreEdge>;
  UpdatePoliticalPortraitInput: Partial<UpdatePoliticalPortraitInput>;
  UserAccount: Partial<UserAccount>;
  Village: Partial<Omit<Village, 'reserveCadres'> & { reserveCadres?: Maybe<Array<ResolversParentTypes['Cadre']>> }>;
  VillageConnection: Partial<Omit<VillageConnection, 'edges'> & { edges: Array<ResolversParentTypes['VillageEdge']> }>;
  VillageEdge: Partial<Omit<VillageEdge, 'node'> & { node: ResolversParentTypes['Village'] }>;
  VillageElection: Partial<VillageElection>;
  VillageTrainingCoverage: Partial<VillageTrainingCoverage>;
  WarningRecord: Partial<WarningRecord>;
  WarningRecordConnection: Partial<WarningRecordConnection>;
  WarningRecordEdge: Partial<WarningRecordEdge>;
};

export type AdmonishmentDueResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AdmonishmentDue'] = ResolversParentTypes['AdmonishmentDue']> = {
  cadreId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  cadreName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issueId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  raisedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  villageId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  villageName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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

export type AppointmentFormResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AppointmentForm'] = ResolversParentTypes['AppointmentForm']> = {
  age?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  annualAssessments?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  appointmentReason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  asOf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  birthDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  birthplace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cadreId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  chainHead?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currentPost?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ethnicity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  familyMembers?: Resolver<Array<ResolversTypes['AppointmentFormFamilyMember']>, ParentType, ContextType>;
  filledBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fullTimeEducation?: Resolver<ResolversTypes['AppointmentFormEducation'], ParentType, ContextType>;
  gender?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  health?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  idNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  masked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nativePlace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onTheJobEducation?: Resolver<ResolversTypes['AppointmentFormEducation'], ParentType, ContextType>;
  partyJoinDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  photoUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  politicalStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postToLeave?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  preparedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  professionalTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  proposedPost?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reportingUnit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resume?: Resolver<Array<ResolversTypes['AppointmentFormResumeLine']>, ParentType, ContextType>;
  rewardsAndPenalties?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  speciality?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  workStartDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AppointmentFormEducationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AppointmentFormEducation'] = ResolversParentTypes['AppointmentFormEducation']> = {
  degree?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  major?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  school?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AppointmentFormFamilyMemberResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AppointmentFormFamilyMember'] = ResolversParentTypes['AppointmentFormFamilyMember']> = {
  age?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  birthDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  employerAndPost?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  politicalStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AppointmentFormResumeLineResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AppointmentFormResumeLine'] = ResolversParentTypes['AppointmentFormResumeLine']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  fullMembershipDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullTimeEducation?: Resolver<Maybe<ResolversTypes['EducationRecord']>, ParentType, ContextType>;
  gender?: Resolver<ResolversTypes['Gender'], ParentType, ContextType>;
  health?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  honors?: Resolver<Array<ResolversTypes['Honor']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  idNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  interviews?: Resolver<Array<ResolversTypes['Interview']>, ParentType, ContextType>;
  maskedIdNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maskedPhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nativePlace?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  onTheJobEducation?: Resolver<Maybe<ResolversTypes['EducationRecord']>, ParentType, ContextType>;
  openWarnings?: Resolver<Array<ResolversTypes['EarlyWarning']>, ParentType, ContextType>;
  partyJoinDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  photoUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pledges?: Resolver<Array<ResolversTypes['Pledge']>, ParentType, ContextType>;
  politicalStatus?: Resolver<ResolversTypes['PoliticalStatus'], ParentType, ContextType>;
  portrait?: Resolver<Maybe<ResolversTypes['PoliticalPortrait']>, ParentType, ContextType>;
  postHistory?: Resolver<Array<ResolversTypes['PostRecord']>, ParentType, ContextType>;
  posts?: Resolver<Array<ResolversTypes['Post']>, ParentType, ContextType>;
  probationaryMembershipDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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
  withheldFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
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

export type CommitteeTermResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CommitteeTerm'] = ResolversParentTypes['CommitteeTerm']> = {
  daysLeft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  plannedEndOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type DocumentFileResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['DocumentFile'] = ResolversParentTypes['DocumentFile']> = {
  base64?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  chainHead?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  masked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DocumentVerificationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['DocumentVerification'] = ResolversParentTypes['DocumentVerification']> = {
  asOf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  chainHead?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  matches?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['VerificationOutcome'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DueItemResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['DueItem'] = ResolversParentTypes['DueItem']> = {
  cadreId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  cadreName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reminder?: Resolver<Maybe<ResolversTypes['Reminder']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['DueRule'], ParentType, ContextType>;
  ruleEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ruleText?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ruleZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  villageId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  villageName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DueItemConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['DueItemConnection'] = ResolversParentTypes['DueItemConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DueItemEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DueItemEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['DueItemEdge'] = ResolversParentTypes['DueItemEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DueItem'], ParentType, ContextType>;
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

export type ElectionCandidateResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ElectionCandidate'] = ResolversParentTypes['ElectionCandidate']> = {
  cadreId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  cadreName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  committee?: Resolver<ResolversTypes['Committee'], ParentType, ContextType>;
  elected?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  registeredOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reviewId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reviewStatus?: Resolver<ResolversTypes['CandidateReviewStatus'], ParentType, ContextType>;
  votedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ElectionVillageResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ElectionVillage'] = ResolversParentTypes['ElectionVillage']> = {
  candidates?: Resolver<Array<ResolversTypes['ElectionCandidate']>, ParentType, ContextType>;
  closedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  villageId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
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

export type GeneralElectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['GeneralElection'] = ResolversParentTypes['GeneralElection']> = {
  closedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ElectionStatus'], ParentType, ContextType>;
  townshipId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  villages?: Resolver<Array<ResolversTypes['ElectionVillage']>, ParentType, ContextType>;
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

export type LedgerActorResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['LedgerActor'] = ResolversParentTypes['LedgerActor']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LedgerChangeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['LedgerChange'] = ResolversParentTypes['LedgerChange']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  villageId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type LedgerEventResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['LedgerEvent'] = ResolversParentTypes['LedgerEvent']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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
  subjectName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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

export type LrmxImportPayloadResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['LrmxImportPayload'] = ResolversParentTypes['LrmxImportPayload']> = {
  cadreId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  corrected?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  formPrepared?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  photoChanged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registered?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type MentorsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Mentors'] = ResolversParentTypes['Mentors']> = {
  assignedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  memberCadreIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  secretaryCadreId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  townshipLeader?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptServiceRequest?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationAcceptServiceRequestArgs, 'commandId' | 'input'>>;
  acknowledgeReminder?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationAcknowledgeReminderArgs, 'commandId' | 'input'>>;
  appointCadre?: Resolver<ResolversTypes['CadrePayload'], ParentType, ContextType, RequireFields<MutationAppointCadreArgs, 'commandId' | 'input'>>;
  assignMentors?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationAssignMentorsArgs, 'commandId' | 'input'>>;
  changeCadrePhoto?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationChangeCadrePhotoArgs, 'commandId' | 'input'>>;
  changeReserveTier?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationChangeReserveTierArgs, 'commandId' | 'input'>>;
  changeTownshipSettings?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationChangeTownshipSettingsArgs, 'commandId' | 'input'>>;
  completeEducation?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationCompleteEducationArgs, 'commandId' | 'input'>>;
  concludeQualificationReview?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationConcludeQualificationReviewArgs, 'commandId' | 'input'>>;
  concludeVillageElection?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationConcludeVillageElectionArgs, 'commandId' | 'input'>>;
  correctCadreProfile?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationCorrectCadreProfileArgs, 'commandId' | 'input'>>;
  disableUser?: Resolver<ResolversTypes['UserAccount'], ParentType, ContextType, RequireFields<MutationDisableUserArgs, 'id'>>;
  dispatchServiceRequest?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationDispatchServiceRequestArgs, 'commandId' | 'input'>>;
  enlistReserveCadre?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationEnlistReserveCadreArgs, 'commandId' | 'input'>>;
  enrollEducation?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationEnrollEducationArgs, 'commandId' | 'input'>>;
  erasePersonalData?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationErasePersonalDataArgs, 'commandId' | 'input'>>;
  evaluatePledge?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationEvaluatePledgeArgs, 'commandId' | 'input'>>;
  grantBenefit?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationGrantBenefitArgs, 'commandId' | 'input'>>;
  honorCadre?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationHonorCadreArgs, 'commandId' | 'input'>>;
  importLrmx?: Resolver<ResolversTypes['LrmxImportPayload'], ParentType, ContextType, RequireFields<MutationImportLrmxArgs, 'input'>>;
  importRoster?: Resolver<ResolversTypes['RosterImport'], ParentType, ContextType, RequireFields<MutationImportRosterArgs, 'file'>>;
  issueReminder?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationIssueReminderArgs, 'commandId' | 'input'>>;
  leavePost?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationLeavePostArgs, 'commandId' | 'input'>>;
  leaveReservePool?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationLeaveReservePoolArgs, 'commandId' | 'input'>>;
  makePledge?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationMakePledgeArgs, 'commandId' | 'input'>>;
  openQualificationReview?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationOpenQualificationReviewArgs, 'commandId' | 'input'>>;
  prepareAppointmentForm?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationPrepareAppointmentFormArgs, 'commandId' | 'input'>>;
  raiseServiceRequest?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationRaiseServiceRequestArgs, 'commandId' | 'input'>>;
  rateServiceRequest?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationRateServiceRequestArgs, 'commandId' | 'input'>>;
  recordAnnualAssessment?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationRecordAnnualAssessmentArgs, 'commandId' | 'input'>>;
  recordCommitteeReview?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationRecordCommitteeReviewArgs, 'commandId' | 'input'>>;
  recordCommitteeTerm?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationRecordCommitteeTermArgs, 'commandId' | 'input'>>;
  recordDepartmentVerdict?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationRecordDepartmentVerdictArgs, 'commandId' | 'input'>>;
  recordElectionResult?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationRecordElectionResultArgs, 'commandId' | 'input'>>;
  recordInterview?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationRecordInterviewArgs, 'commandId' | 'input'>>;
  recordTraining?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationRecordTrainingArgs, 'commandId' | 'input'>>;
  recordTrainingHeld?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationRecordTrainingHeldArgs, 'commandId' | 'input'>>;
  registerCadre?: Resolver<ResolversTypes['CadrePayload'], ParentType, ContextType, RequireFields<MutationRegisterCadreArgs, 'commandId' | 'input'>>;
  registerElectionCandidate?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationRegisterElectionCandidateArgs, 'commandId' | 'input'>>;
  registerTownship?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationRegisterTownshipArgs, 'commandId' | 'input'>>;
  registerVillage?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationRegisterVillageArgs, 'commandId' | 'input'>>;
  reportPledgeProgress?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationReportPledgeProgressArgs, 'commandId' | 'input'>>;
  resetPassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationResetPasswordArgs, 'id' | 'password'>>;
  resolveEarlyWarning?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationResolveEarlyWarningArgs, 'commandId' | 'input'>>;
  resolveServiceRequest?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationResolveServiceRequestArgs, 'commandId' | 'input'>>;
  scheduleTraining?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationScheduleTrainingArgs, 'commandId' | 'input'>>;
  signIn?: Resolver<ResolversTypes['Session'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'password' | 'username'>>;
  signOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startGeneralElection?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationStartGeneralElectionArgs, 'commandId' | 'input'>>;
  updatePoliticalPortrait?: Resolver<ResolversTypes['CommandPayload'], ParentType, ContextType, RequireFields<MutationUpdatePoliticalPortraitArgs, 'commandId' | 'input'>>;
};

export type PageInfoResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PermissionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Permission'] = ResolversParentTypes['Permission']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reach?: Resolver<ResolversTypes['Reach'], ParentType, ContextType>;
};

export type PersonalDataReadResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PersonalDataRead'] = ResolversParentTypes['PersonalDataRead']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cadreId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  cadreName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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

export type PledgeBoardEntryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PledgeBoardEntry'] = ResolversParentTypes['PledgeBoardEntry']> = {
  cadreId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  cadreName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evaluatedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  itemCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  madeOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizationRating?: Resolver<Maybe<ResolversTypes['EvaluationGrade']>, ParentType, ContextType>;
  progress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  progressOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  residentsRating?: Resolver<Maybe<ResolversTypes['EvaluationGrade']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PledgeStatus'], ParentType, ContextType>;
  villageId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  villageName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PledgeBoardEntryConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PledgeBoardEntryConnection'] = ResolversParentTypes['PledgeBoardEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PledgeBoardEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PledgeBoardEntryEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PledgeBoardEntryEdge'] = ResolversParentTypes['PledgeBoardEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PledgeBoardEntry'], ParentType, ContextType>;
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

export type PledgeStageCountsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PledgeStageCounts'] = ResolversParentTypes['PledgeStageCounts']> = {
  evaluated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  made?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  progressReported?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  admonishmentsDue?: Resolver<Array<ResolversTypes['AdmonishmentDue']>, ParentType, ContextType, Partial<QueryAdmonishmentsDueArgs>>;
  appointmentForm?: Resolver<Maybe<ResolversTypes['AppointmentForm']>, ParentType, ContextType, RequireFields<QueryAppointmentFormArgs, 'cadreId'>>;
  appointmentFormDocument?: Resolver<ResolversTypes['DocumentFile'], ParentType, ContextType, RequireFields<QueryAppointmentFormDocumentArgs, 'cadreId' | 'format'>>;
  assessmentRecords?: Resolver<ResolversTypes['AssessmentRecordConnection'], ParentType, ContextType, Partial<QueryAssessmentRecordsArgs>>;
  benefitRecords?: Resolver<ResolversTypes['BenefitRecordConnection'], ParentType, ContextType, Partial<QueryBenefitRecordsArgs>>;
  cadre?: Resolver<Maybe<ResolversTypes['Cadre']>, ParentType, ContextType, RequireFields<QueryCadreArgs, 'id'>>;
  cadreAsOf?: Resolver<ResolversTypes['CadreSnapshot'], ParentType, ContextType, RequireFields<QueryCadreAsOfArgs, 'asOf' | 'id'>>;
  cadreHistory?: Resolver<ResolversTypes['LedgerEventConnection'], ParentType, ContextType, RequireFields<QueryCadreHistoryArgs, 'id'>>;
  cadres?: Resolver<ResolversTypes['CadreConnection'], ParentType, ContextType, Partial<QueryCadresArgs>>;
  checkRosterImport?: Resolver<ResolversTypes['RosterImport'], ParentType, ContextType, RequireFields<QueryCheckRosterImportArgs, 'file'>>;
  committeeReviews?: Resolver<ResolversTypes['CommitteeReviewRecordConnection'], ParentType, ContextType, Partial<QueryCommitteeReviewsArgs>>;
  dueItems?: Resolver<ResolversTypes['DueItemConnection'], ParentType, ContextType, Partial<QueryDueItemsArgs>>;
  earlyWarnings?: Resolver<ResolversTypes['EarlyWarningConnection'], ParentType, ContextType, Partial<QueryEarlyWarningsArgs>>;
  eventLog?: Resolver<ResolversTypes['LedgerEventConnection'], ParentType, ContextType, Partial<QueryEventLogArgs>>;
  eventLogActors?: Resolver<Array<ResolversTypes['LedgerActor']>, ParentType, ContextType>;
  generalElections?: Resolver<Array<ResolversTypes['GeneralElection']>, ParentType, ContextType, Partial<QueryGeneralElectionsArgs>>;
  honorRecords?: Resolver<ResolversTypes['HonorRecordConnection'], ParentType, ContextType, Partial<QueryHonorRecordsArgs>>;
  honors?: Resolver<ResolversTypes['HonorConnection'], ParentType, ContextType, Partial<QueryHonorsArgs>>;
  integrityCheck?: Resolver<ResolversTypes['IntegrityReport'], ParentType, ContextType>;
  me?: Resolver<Maybe<ResolversTypes['UserAccount']>, ParentType, ContextType>;
  personalDataReads?: Resolver<Array<ResolversTypes['PersonalDataRead']>, ParentType, ContextType, Partial<QueryPersonalDataReadsArgs>>;
  pledgeBoard?: Resolver<ResolversTypes['PledgeBoardEntryConnection'], ParentType, ContextType, RequireFields<QueryPledgeBoardArgs, 'year'>>;
  pledgeStageCounts?: Resolver<ResolversTypes['PledgeStageCounts'], ParentType, ContextType, RequireFields<QueryPledgeStageCountsArgs, 'year'>>;
  pledges?: Resolver<ResolversTypes['PledgeConnection'], ParentType, ContextType, Partial<QueryPledgesArgs>>;
  reminders?: Resolver<ResolversTypes['ReminderConnection'], ParentType, ContextType, Partial<QueryRemindersArgs>>;
  reservePool?: Resolver<ResolversTypes['ReservePoolEntryConnection'], ParentType, ContextType, Partial<QueryReservePoolArgs>>;
  revealPersonalField?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<QueryRevealPersonalFieldArgs, 'cadreId' | 'field'>>;
  rosterImport?: Resolver<Maybe<ResolversTypes['RosterImport']>, ParentType, ContextType, RequireFields<QueryRosterImportArgs, 'id'>>;
  rosterImportTemplate?: Resolver<ResolversTypes['DocumentFile'], ParentType, ContextType>;
  serviceRequestCards?: Resolver<ResolversTypes['ServiceRequestCardConnection'], ParentType, ContextType, Partial<QueryServiceRequestCardsArgs>>;
  serviceRequests?: Resolver<ResolversTypes['ServiceRequestConnection'], ParentType, ContextType, Partial<QueryServiceRequestsArgs>>;
  signInFailures?: Resolver<Array<ResolversTypes['SignInFailure']>, ParentType, ContextType, Partial<QuerySignInFailuresArgs>>;
  spreadsheet?: Resolver<ResolversTypes['DocumentFile'], ParentType, ContextType, RequireFields<QuerySpreadsheetArgs, 'kind'>>;
  statistics?: Resolver<ResolversTypes['Statistics'], ParentType, ContextType, Partial<QueryStatisticsArgs>>;
  talkRecords?: Resolver<ResolversTypes['TalkRecordConnection'], ParentType, ContextType, Partial<QueryTalkRecordsArgs>>;
  townships?: Resolver<Array<ResolversTypes['Township']>, ParentType, ContextType>;
  trainingCoverage?: Resolver<Array<ResolversTypes['VillageTrainingCoverage']>, ParentType, ContextType, RequireFields<QueryTrainingCoverageArgs, 'year'>>;
  trainings?: Resolver<ResolversTypes['TrainingConnection'], ParentType, ContextType, Partial<QueryTrainingsArgs>>;
  untrainedCadres?: Resolver<ResolversTypes['UntrainedCadreConnection'], ParentType, ContextType, RequireFields<QueryUntrainedCadresArgs, 'year'>>;
  verifyDocument?: Resolver<ResolversTypes['DocumentVerification'], ParentType, ContextType, RequireFields<QueryVerifyDocumentArgs, 'file'>>;
  village?: Resolver<Maybe<ResolversTypes['Village']>, ParentType, ContextType, RequireFields<QueryVillageArgs, 'id'>>;
  villages?: Resolver<ResolversTypes['VillageConnection'], ParentType, ContextType, Partial<QueryVillagesArgs>>;
  warningRecords?: Resolver<ResolversTypes['WarningRecordConnection'], ParentType, ContextType, Partial<QueryWarningRecordsArgs>>;
};

export type ReminderResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Reminder'] = ResolversParentTypes['Reminder']> = {
  acknowledgedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  acknowledgedBy?: Resolver<Maybe<ResolversTypes['ReminderRecipient']>, ParentType, ContextType>;
  acknowledgedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  audience?: Resolver<Array<ResolversTypes['ReminderAudience']>, ParentType, ContextType>;
  cadreId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  cadreName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  daysToAcknowledge?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issuedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recipients?: Resolver<Array<ResolversTypes['ReminderRecipient']>, ParentType, ContextType>;
  remindedMe?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['DueRule'], ParentType, ContextType>;
  ruleText?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stillDue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  villageId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  villageName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ReminderConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ReminderConnection'] = ResolversParentTypes['ReminderConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ReminderEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReminderEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ReminderEdge'] = ResolversParentTypes['ReminderEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Reminder'], ParentType, ContextType>;
};

export type ReminderRecipientResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ReminderRecipient'] = ResolversParentTypes['ReminderRecipient']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  username?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ReservePoolEntryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ReservePoolEntry'] = ResolversParentTypes['ReservePoolEntry']> = {
  cadreId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  cadreName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  educationLevel?: Resolver<ResolversTypes['EducationLevel'], ParentType, ContextType>;
  enlistedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gender?: Resolver<ResolversTypes['Gender'], ParentType, ContextType>;
  mentors?: Resolver<Maybe<ResolversTypes['ReservePoolMentors']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ReserveSource'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  villageId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  villageName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReservePoolEntryConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ReservePoolEntryConnection'] = ResolversParentTypes['ReservePoolEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ReservePoolEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReservePoolEntryEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ReservePoolEntryEdge'] = ResolversParentTypes['ReservePoolEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ReservePoolEntry'], ParentType, ContextType>;
};

export type ReservePoolMentorsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ReservePoolMentors'] = ResolversParentTypes['ReservePoolMentors']> = {
  assignedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  memberCadreIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  memberNames?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  secretaryCadreId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  secretaryName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  townshipLeader?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type RosterImportResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RosterImport'] = ResolversParentTypes['RosterImport']> = {
  alreadyWritten?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  done?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['RosterImportProblem']>, ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RosterImportStatus'], ParentType, ContextType>;
  validRows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RosterImportProblemResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RosterImportProblem'] = ResolversParentTypes['RosterImportProblem']> = {
  column?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  messageEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  messageZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  terms?: Resolver<ResolversTypes['TermStatistics'], ParentType, ContextType>;
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
  ledgerChanged?: SubscriptionResolver<ResolversTypes['LedgerChange'], "ledgerChanged", ParentType, ContextType, Partial<SubscriptionLedgerChangedArgs>>;
  reminderIssued?: SubscriptionResolver<ResolversTypes['Reminder'], "reminderIssued", ParentType, ContextType, Partial<SubscriptionReminderIssuedArgs>>;
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

export type TermStatisticsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['TermStatistics'] = ResolversParentTypes['TermStatistics']> = {
  endingThisYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nextPlannedEndOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pastPlannedEnd?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  villagesWithTerm?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TownshipResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Township'] = ResolversParentTypes['Township']> = {
  admonishmentThreshold?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  committeeMemberAgeThreshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  district?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reserveCadreAgeThreshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reviewOpenTooLongDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reviewingDepartments?: Resolver<Array<ResolversTypes['ReviewingDepartment']>, ParentType, ContextType>;
  serviceRequestUnresolvedDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  termReminderMonths?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
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

export type UntrainedCadreResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UntrainedCadre'] = ResolversParentTypes['UntrainedCadre']> = {
  cadreId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  cadreName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastTrainedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  villageId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  villageName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UntrainedCadreConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UntrainedCadreConnection'] = ResolversParentTypes['UntrainedCadreConnection']> = {
  edges?: Resolver<Array<ResolversTypes['UntrainedCadreEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UntrainedCadreEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UntrainedCadreEdge'] = ResolversParentTypes['UntrainedCadreEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['UntrainedCadre'], ParentType, ContextType>;
};

export type UserAccountResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserAccount'] = ResolversParentTypes['UserAccount']> = {
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  permissions?: Resolver<Array<ResolversTypes['Permission']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  villageId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type VillageResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Village'] = ResolversParentTypes['Village']> = {
  election?: Resolver<Maybe<ResolversTypes['VillageElection']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['VillageKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openWarnings?: Resolver<Maybe<Array<ResolversTypes['EarlyWarning']>>, ParentType, ContextType>;
  reserveCadres?: Resolver<Maybe<Array<ResolversTypes['Cadre']>>, ParentType, ContextType>;
  seats?: Resolver<Maybe<Array<ResolversTypes['Seat']>>, ParentType, ContextType>;
  term?: Resolver<Maybe<ResolversTypes['CommitteeTerm']>, ParentType, ContextType, Partial<VillageTermArgs>>;
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

export type VillageElectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['VillageElection'] = ResolversParentTypes['VillageElection']> = {
  closedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  electionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ElectionStatus'], ParentType, ContextType>;
};

export type VillageTrainingCoverageResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['VillageTrainingCoverage'] = ResolversParentTypes['VillageTrainingCoverage']> = {
  cadreCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  trainedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  untrainedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  villageId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  villageName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  AdmonishmentDue?: AdmonishmentDueResolvers<ContextType>;
  AgeBandCount?: AgeBandCountResolvers<ContextType>;
  AgeStructure?: AgeStructureResolvers<ContextType>;
  AnnualAssessment?: AnnualAssessmentResolvers<ContextType>;
  AppointmentForm?: AppointmentFormResolvers<ContextType>;
  AppointmentFormEducation?: AppointmentFormEducationResolvers<ContextType>;
  AppointmentFormFamilyMember?: AppointmentFormFamilyMemberResolvers<ContextType>;
  AppointmentFormResumeLine?: AppointmentFormResumeLineResolvers<ContextType>;
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
  CommitteeTerm?: CommitteeTermResolvers<ContextType>;
  DepartmentVerdict?: DepartmentVerdictResolvers<ContextType>;
  DerivedId?: DerivedIdResolvers<ContextType>;
  DocumentFile?: DocumentFileResolvers<ContextType>;
  DocumentVerification?: DocumentVerificationResolvers<ContextType>;
  DueItem?: DueItemResolvers<ContextType>;
  DueItemConnection?: DueItemConnectionResolvers<ContextType>;
  DueItemEdge?: DueItemEdgeResolvers<ContextType>;
  EarlyWarning?: EarlyWarningResolvers<ContextType>;
  EarlyWarningConnection?: EarlyWarningConnectionResolvers<ContextType>;
  EarlyWarningEdge?: EarlyWarningEdgeResolvers<ContextType>;
  EducationLevelCount?: EducationLevelCountResolvers<ContextType>;
  EducationProgramme?: EducationProgrammeResolvers<ContextType>;
  EducationRecord?: EducationRecordResolvers<ContextType>;
  EducationStructure?: EducationStructureResolvers<ContextType>;
  ElectionCandidate?: ElectionCandidateResolvers<ContextType>;
  ElectionVillage?: ElectionVillageResolvers<ContextType>;
  EthnicityStructure?: EthnicityStructureResolvers<ContextType>;
  FamilyMember?: FamilyMemberResolvers<ContextType>;
  GenderStructure?: GenderStructureResolvers<ContextType>;
  GeneralElection?: GeneralElectionResolvers<ContextType>;
  Honor?: HonorResolvers<ContextType>;
  HonorConnection?: HonorConnectionResolvers<ContextType>;
  HonorEdge?: HonorEdgeResolvers<ContextType>;
  HonorRecord?: HonorRecordResolvers<ContextType>;
  HonorRecordConnection?: HonorRecordConnectionResolvers<ContextType>;
  HonorRecordEdge?: HonorRecordEdgeResolvers<ContextType>;
  IntegrityReport?: IntegrityReportResolvers<ContextType>;
  Interview?: InterviewResolvers<ContextType>;
  KeyCount?: KeyCountResolvers<ContextType>;
  LedgerActor?: LedgerActorResolvers<ContextType>;
  LedgerChange?: LedgerChangeResolvers<ContextType>;
  LedgerEvent?: LedgerEventResolvers<ContextType>;
  LedgerEventConnection?: LedgerEventConnectionResolvers<ContextType>;
  LedgerEventEdge?: LedgerEventEdgeResolvers<ContextType>;
  LedgerRuleViolation?: LedgerRuleViolationResolvers<ContextType>;
  LrmxImportPayload?: LrmxImportPayloadResolvers<ContextType>;
  Mentors?: MentorsResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Permission?: PermissionResolvers<ContextType>;
  PersonalDataRead?: PersonalDataReadResolvers<ContextType>;
  Pledge?: PledgeResolvers<ContextType>;
  PledgeBoardEntry?: PledgeBoardEntryResolvers<ContextType>;
  PledgeBoardEntryConnection?: PledgeBoardEntryConnectionResolvers<ContextType>;
  PledgeBoardEntryEdge?: PledgeBoardEntryEdgeResolvers<ContextType>;
  PledgeConnection?: PledgeConnectionResolvers<ContextType>;
  PledgeEdge?: PledgeEdgeResolvers<ContextType>;
  PledgeStageCounts?: PledgeStageCountsResolvers<ContextType>;
  PoliticalPortrait?: PoliticalPortraitResolvers<ContextType>;
  Post?: PostResolvers<ContextType>;
  PostRecord?: PostRecordResolvers<ContextType>;
  QualificationReview?: QualificationReviewResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Reminder?: ReminderResolvers<ContextType>;
  ReminderConnection?: ReminderConnectionResolvers<ContextType>;
  ReminderEdge?: ReminderEdgeResolvers<ContextType>;
  ReminderRecipient?: ReminderRecipientResolvers<ContextType>;
  ReservePoolEntry?: ReservePoolEntryResolvers<ContextType>;
  ReservePoolEntryConnection?: ReservePoolEntryConnectionResolvers<ContextType>;
  ReservePoolEntryEdge?: ReservePoolEntryEdgeResolvers<ContextType>;
  ReservePoolMentors?: ReservePoolMentorsResolvers<ContextType>;
  ReserveStatus?: ReserveStatusResolvers<ContextType>;
  ResumeEntry?: ResumeEntryResolvers<ContextType>;
  ReviewingDepartment?: ReviewingDepartmentResolvers<ContextType>;
  RosterImport?: RosterImportResolvers<ContextType>;
  RosterImportProblem?: RosterImportProblemResolvers<ContextType>;
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
  TermStatistics?: TermStatisticsResolvers<ContextType>;
  Township?: TownshipResolvers<ContextType>;
  Training?: TrainingResolvers<ContextType>;
  TrainingConnection?: TrainingConnectionResolvers<ContextType>;
  TrainingEdge?: TrainingEdgeResolvers<ContextType>;
  UntrainedCadre?: UntrainedCadreResolvers<ContextType>;
  UntrainedCadreConnection?: UntrainedCadreConnectionResolvers<ContextType>;
  UntrainedCadreEdge?: UntrainedCadreEdgeResolvers<ContextType>;
  UserAccount?: UserAccountResolvers<ContextType>;
  Village?: VillageResolvers<ContextType>;
  VillageConnection?: VillageConnectionResolvers<ContextType>;
  VillageEdge?: VillageEdgeResolvers<ContextType>;
  VillageElection?: VillageElectionResolvers<ContextType>;
  VillageTrainingCoverage?: VillageTrainingCoverageResolvers<ContextType>;
  WarningRecord?: WarningRecordResolvers<ContextType>;
  WarningRecordConnection?: WarningRecordConnectionResolvers<ContextType>;
  WarningRecordEdge?: WarningRecordEdgeResolvers<ContextType>;
};

