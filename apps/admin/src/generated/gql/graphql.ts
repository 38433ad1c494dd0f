/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Input of `acceptServiceRequest`. The party member is the one it was dispatched to. */
export type AcceptServiceRequestInput = {
  /** 接单日期 yyyy-mm-dd, not in the future and not before the dispatch. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  acceptedOn?: string | null | undefined;
  /** The request (UUID). */
  requestId: string | number;
};

/** Input of `acknowledgeReminder`. Who acknowledges is the signed-in user. */
export type AcknowledgeReminderInput = {
  /** 确认日期 yyyy-mm-dd, not before it was issued. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  acknowledgedOn?: string | null | undefined;
  /** The reminder (UUID): `DueItem.id` or `Reminder.id`. */
  reminderId: string | number;
};

/** Input of `appointCadre`. */
export type AppointCadreInput = {
  /** 任职日期 yyyy-mm-dd, not in the future and not before the review concluded. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  appointedOn?: string | null | undefined;
  /** 干部 The cadre (UUID), with an approved qualification review for this village. */
  cadreId: string | number;
  /** 班子 The committee. */
  committee: Committee;
  /** 产生方式 Election, by-election or appointment. */
  method: AppointmentMethod;
  /** 职务 The position, one of its committee's (else POSITION_NOT_ON_COMMITTEE). */
  position: Position;
  /** 村（社区） The village (UUID); all of a cadre's posts are in one village (else POSTS_IN_ONE_VILLAGE). */
  villageId: string | number;
};

/** The files the 干部任免审批表 is made as. */
export type AppointmentFormFormat =
  /** Word (.docx), A4 */
  | 'DOCX'
  /** The national 干部任免审批表 software's XML (.lrmx) */
  | 'LRMX';

/** 产生方式 How a seat was filled: regular election (换届选举), by-election (补选), or appointment (任命). */
export type AppointmentMethod =
  | 'APPOINTMENT'
  | 'BY_ELECTION'
  | 'ELECTION';

/** 民主测评票数 The ballots of a democratic appraisal, by grade; not all zero (else NO_VOTES). */
export type AppraisalVotesInput = {
  /** 基本称职 Votes for basically competent, 0 or more. */
  basicallyCompetent: number;
  /** 称职 Votes for competent, 0 or more. */
  competent: number;
  /** 优秀 Votes for excellent, 0 or more. */
  excellent: number;
  /** 不称职 Votes for incompetent, 0 or more; their share is compared with the township's admonishment threshold. */
  incompetent: number;
};

export type AssessmentSort =
  | 'BONUS'
  | 'CADRE_NAME'
  | 'SCORE';

/** Input of `assignMentors`. */
export type AssignMentorsInput = {
  /** 结对日期 yyyy-mm-dd, not in the future and not before the enlistment. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  assignedOn?: string | null | undefined;
  /** 干部 The reserve cadre mentored (UUID). */
  cadreId: string | number;
  /** 帮带委员 The committee members mentoring (cadre ids), at least one, none twice and none the mentee or the secretary. */
  memberCadreIds: Array<string | number>;
  /** 帮带书记 The current party secretary of the reserve cadre's village (a cadre id); not the mentee (else MENTOR_IS_MENTEE). */
  secretaryCadreId: string | number;
  /** 包村领导 The township leader in charge of the village, by name, at most 50 characters. */
  townshipLeader: string;
};

/** 保障类型 A care measure: 健康体检 health check-up, 养老保险补贴 pension subsidy, 人身意外保险 accident insurance. */
export type BenefitKind =
  | 'ACCIDENT_INSURANCE'
  | 'HEALTH_CHECKUP'
  | 'PENSION_SUBSIDY';

export type BenefitSort =
  | 'AMOUNT'
  | 'CADRE_NAME'
  | 'KIND';

/**
 * 更正内容 The fields of a file that a correction changes: each field means what it means on CadreProfileInput
 * and obeys the same rules; name at least one (else NOTHING_TO_CHANGE) and at least one must differ from the
 * file (else PROFILE_UNCHANGED). A field left out keeps its value; a field cannot be emptied.
 */
export type CadreProfileChangesInput = {
  /** 出生日期 Birth date, yyyy-mm-dd; must agree with the ID number. */
  birthDate?: string | null | undefined;
  /** 出生地 Birthplace. */
  birthplace?: string | null | undefined;
  /** 最高学历 Highest education level. */
  educationLevel?: EducationLevel | null | undefined;
  /** 民族 Ethnicity. */
  ethnicity?: string | null | undefined;
  /** 家庭主要成员 Family members, replaced as a whole. */
  familyMembers?: Array<FamilyMemberInput> | null | undefined;
  /** 转正时间 Full membership date, yyyy-mm-dd. */
  fullMembershipDate?: string | null | undefined;
  /** 全日制教育 Full-time education, replaced as a whole. */
  fullTimeEducation?: EducationRecordInput | null | undefined;
  /** 性别 Gender; must agree with the ID number. */
  gender?: Gender | null | undefined;
  /** 健康状况 Health. */
  health?: string | null | undefined;
  /** 身份证号 Resident ID number (GB 11643). */
  idNumber?: string | null | undefined;
  /** 姓名 Name. */
  name?: string | null | undefined;
  /** 籍贯 Native place. */
  nativePlace?: string | null | undefined;
  /** 备注 Notes. */
  notes?: string | null | undefined;
  /** 在职教育 On-the-job education, replaced as a whole. */
  onTheJobEducation?: EducationRecordInput | null | undefined;
  /** 入党时间 Party-join date, yyyy-mm-dd. */
  partyJoinDate?: string | null | undefined;
  /** 手机号码 Mainland mobile number. */
  phone?: string | null | undefined;
  /** 照片 Photo address. */
  photoUrl?: string | null | undefined;
  /** 政治面貌 Political status. */
  politicalStatus?: PoliticalStatus | null | undefined;
  /** 预备党员时间 Probationary membership date, yyyy-mm-dd. */
  probationaryMembershipDate?: string | null | undefined;
  /** 专业技术职务 Professional title. */
  professionalTitle?: string | null | undefined;
  /** 简历 The résumé, replaced as a whole. */
  resume?: Array<ResumeEntryInput> | null | undefined;
  /** 奖惩情况 Rewards and penalties. */
  rewardsAndPenalties?: string | null | undefined;
  /** 熟悉专业有何专长 Speciality. */
  speciality?: string | null | undefined;
  /** 参加工作时间 Work-start date, yyyy-mm-dd. */
  workStartDate?: string | null | undefined;
};

/**
 * 一人一档 A cadre's personal file, field by field as on the cadre appointment form. Besides the rules of each
 * field, the whole file is checked: gender and birth date must agree with the ID number
 * (ID_NUMBER_GENDER_MISMATCH, ID_NUMBER_BIRTH_DATE_MISMATCH), no date lies in the future (DATE_IN_FUTURE),
 * party and work dates are not before the birth date (DATE_OUT_OF_ORDER).
 */
export type CadreProfileInput = {
  /** 出生日期 Birth date, yyyy-mm-dd; must agree with the ID number. */
  birthDate: string;
  /** 出生地 Birthplace, at most 100 characters. */
  birthplace?: string | null | undefined;
  /** 最高学历 The highest education level reached, full-time or on the job; the statistics count this one. */
  educationLevel: EducationLevel;
  /** 民族 Ethnicity, e.g. 汉族 (the default), at most 20 characters. */
  ethnicity?: string | null | undefined;
  /** 家庭主要成员 Family members, at most 30. */
  familyMembers?: Array<FamilyMemberInput> | null | undefined;
  /** 转正时间 Full membership date, yyyy-mm-dd, not before the probationary one. */
  fullMembershipDate?: string | null | undefined;
  /** 全日制教育 Full-time education. */
  fullTimeEducation?: EducationRecordInput | null | undefined;
  /** 性别 Gender; must agree with the ID number. */
  gender: Gender;
  /** 健康状况 Health, at most 50 characters. Sensitive personal information. */
  health?: string | null | undefined;
  /** 身份证号 Resident ID number: 18 characters, 17 digits then a digit or X (else ID_NUMBER_FORMAT), with a valid GB 11643 check digit (else ID_NUMBER_CHECK_DIGIT). Personal information. */
  idNumber: string;
  /** 姓名 Name, at most 50 characters. */
  name: string;
  /** 籍贯 Native place, at most 100 characters. */
  nativePlace?: string | null | undefined;
  /** 备注 Notes, at most 2000 characters. */
  notes?: string | null | undefined;
  /** 在职教育 On-the-job education. */
  onTheJobEducation?: EducationRecordInput | null | undefined;
  /** 入党时间 Party-join date, yyyy-mm-dd. */
  partyJoinDate?: string | null | undefined;
  /** 手机号码 Mainland mobile number, 11 digits starting 13-19 (else PHONE_FORMAT). Personal information. */
  phone?: string | null | undefined;
  /** 照片 Photo address: an http(s) URL or a path starting with / (else PHOTO_URL_FORMAT), at most 500 characters. */
  photoUrl?: string | null | undefined;
  /** 政治面貌 Political status; defaults to CPC_MEMBER. */
  politicalStatus?: PoliticalStatus | null | undefined;
  /** 预备党员时间 Probationary membership date, yyyy-mm-dd. */
  probationaryMembershipDate?: string | null | undefined;
  /** 专业技术职务 Professional title, at most 50 characters. */
  professionalTitle?: string | null | undefined;
  /** 简历 Résumé lines, at most 100. */
  resume?: Array<ResumeEntryInput> | null | undefined;
  /** 奖惩情况 Rewards and penalties, at most 2000 characters. */
  rewardsAndPenalties?: string | null | undefined;
  /** 熟悉专业有何专长 Speciality, at most 200 characters. */
  speciality?: string | null | undefined;
  /** 参加工作时间 Work-start date, yyyy-mm-dd. */
  workStartDate?: string | null | undefined;
};

/** A cadre's role in a roster filter: holding a seat now, party secretary now, or in the reserve pool. */
export type CadreRole =
  | 'COMMITTEE_MEMBER'
  | 'PARTY_SECRETARY'
  | 'RESERVE';

export type CadreSort =
  | 'BIRTH_DATE'
  | 'NAME'
  | 'REGISTERED';

export type CandidateReviewStatus =
  | 'APPROVED'
  | 'OPEN'
  | 'REJECTED';

/** 更换照片 A stored photo put on a cadre's file. */
export type ChangeCadrePhotoInput = {
  /** 干部 The cadre (UUID). */
  cadreId: string | number;
  /** 变更日期 When the photo was taken into the file (yyyy-mm-dd); today when left out. */
  changedOn?: string | null | undefined;
  /** 照片 The SHA-256 that `POST /photos` answered. */
  photoSha256: string;
};

/** Input of `changeReserveTier`. */
export type ChangeReserveTierInput = {
  /** 干部 The reserve cadre (UUID). */
  cadreId: string | number;
  /** 调整日期 yyyy-mm-dd, not in the future and not before the enlistment. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  changedOn?: string | null | undefined;
  /** 调整原因 Why, at most 500 characters; kept in the event itself. */
  reason?: string | null | undefined;
  /** 梯队 The new tier, 1 to 3, other than the current one (else TIER_UNCHANGED). */
  tier: number;
};

/** Input of `changeTownshipSettings`. The settings are replaced as a whole. */
export type ChangeTownshipSettingsInput = {
  /** 约谈阈值 The admonishment threshold, above 0 and at most 1; left out, it goes back to 0.3. */
  admonishmentThreshold?: number | null | undefined;
  /** 调整日期 When the change took effect (yyyy-mm-dd), not after today. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  changedOn?: string | null | undefined;
  /** “两委”成员年龄线 18 to 80; left out, it keeps its current value. */
  committeeMemberAgeThreshold?: number | null | undefined;
  /** 后备干部年龄线 18 to 70; left out, it keeps its current value. */
  reserveCadreAgeThreshold?: number | null | undefined;
  /** 资格联审超期天数 1 to 365; left out, it keeps its current value. */
  reviewOpenTooLongDays?: number | null | undefined;
  /** 联审部门 The reviewing departments from now on: at least one, no code twice (else DUPLICATE_ENTRY). */
  reviewingDepartments: Array<ReviewingDepartmentInput>;
  /** 诉求办理超期天数 1 to 365; left out, it keeps its current value. */
  serviceRequestUnresolvedDays?: number | null | undefined;
  /** 任期届满提前提醒月数 1 to 6 distinct values, each 1 to 24; left out, it keeps its current value. */
  termReminderMonths?: Array<number> | null | undefined;
  /** The township (UUID). */
  townshipId: string | number;
};

/** "两委" The village party committee (村党组织) or the villagers'/residents' committee (村（居）民委员会). */
export type Committee =
  | 'PARTY_COMMITTEE'
  | 'RESIDENTS_COMMITTEE';

export type CommitteeReviewSort =
  | 'REVIEWED_ON'
  | 'VILLAGE';

/** Input of `completeEducation`. Programme, school and level are those of the enrolment. */
export type CompleteEducationInput = {
  /** 干部 The cadre (UUID). */
  cadreId: string | number;
  /** 毕业日期 yyyy-mm-dd, not in the future and not before the enrolment. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  completedOn?: string | null | undefined;
  /** 学位 The degree obtained, at most 50 characters. */
  degree?: string | null | undefined;
};

/** Input of `concludeQualificationReview`. The outcome follows from the verdicts. */
export type ConcludeQualificationReviewInput = {
  /** 干部 The cadre reviewed (UUID). */
  cadreId: string | number;
  /** 办结日期 yyyy-mm-dd, not in the future and not before any verdict. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  concludedOn?: string | null | undefined;
  /** The review (UUID). */
  reviewId: string | number;
};

/** Input of `concludeVillageElection`. */
export type ConcludeVillageElectionInput = {
  /** 换届完成日期 The new term's first day (yyyy-mm-dd), not after today; leave it out for today (China time). */
  closedOn?: string | null | undefined;
  /** 换届 The open general election (UUID). */
  electionId: string | number;
  /** 任期届满日期 The new term's planned end; five years later by default. */
  plannedEndOn?: string | null | undefined;
  /** The township (UUID). */
  townshipId: string | number;
  /** 村（社区） The village, one of the election's (UUID). */
  villageId: string | number;
};

/** Input of `correctCadreProfile`. */
export type CorrectCadreProfileInput = {
  /** 干部 The cadre (UUID). */
  cadreId: string | number;
  /** 更正内容 The fields that change. */
  changes: CadreProfileChangesInput;
  /** 更正日期 When the correction was made (yyyy-mm-dd), not after today. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  correctedOn?: string | null | undefined;
  /** 更正原因 Why, e.g. 档案核对, at most 500 characters; kept in the event itself. */
  reason: string;
};

/** Input of `dispatchServiceRequest`. */
export type DispatchServiceRequestInput = {
  /** 接单党员 The party member (a cadre id) it goes to; CPC member or probationary member. */
  cadreId: string | number;
  /** 派单日期 yyyy-mm-dd, not in the future and not before it was raised. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  dispatchedOn?: string | null | undefined;
  /** The request (UUID). */
  requestId: string | number;
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

/** 苗头性、倾向性问题 An early-warning issue flagged by a committee review; it stays open until resolved. */
export type EarlyWarningInput = {
  /** 问题描述 What was found, at most 500 characters. */
  description: string;
  /** The issue's id (UUID), to resolve it later. Leave it out to have one derived from the command id and the issue's place in the list. */
  issueId?: string | number | null | undefined;
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

/** 全日制/在职教育 One education on the appointment form (干部任免审批表): full-time or on-the-job. */
export type EducationRecordInput = {
  /** 学位 The degree, e.g. 学士, at most 50 characters. */
  degree?: string | null | undefined;
  /** 学历 The level of this education; the file's highest level may not be below it (else HIGHEST_EDUCATION_TOO_LOW). */
  level: EducationLevel;
  /** 专业 The major, at most 100 characters. */
  major?: string | null | undefined;
  /** 毕业院校 The school, at most 100 characters. */
  school?: string | null | undefined;
};

export type ElectionStatus =
  | 'CLOSED'
  | 'OPEN';

/** Input of `enlistReserveCadre`. */
export type EnlistReserveCadreInput = {
  /** 干部 The registered person (UUID). */
  cadreId: string | number;
  /** 纳入日期 Enlistment date, yyyy-mm-dd, not in the future. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  enlistedOn?: string | null | undefined;
  /** 来源 Where they were recruited from. */
  source: ReserveSource;
  /** 梯队 Reserve tier, 1 (readiest) to 3. */
  tier: number;
  /** 村（社区） The village whose reserve pool they join (UUID). */
  villageId: string | number;
};

/** Input of `enrollEducation`. */
export type EnrollEducationInput = {
  /** 干部 The cadre (UUID). */
  cadreId: string | number;
  /** 入学日期 yyyy-mm-dd, not in the future. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  enrolledOn?: string | null | undefined;
  /** 学历 The level studied for. */
  level: EducationLevel;
  /** 项目 The programme, e.g. 学历提升计划, at most 100 characters. */
  programme: string;
  /** 院校 The school, e.g. 安徽农业大学, at most 100 characters. */
  school: string;
};

/** Input of `erasePersonalData`. */
export type ErasePersonalDataInput = {
  /** 干部 The cadre (UUID). */
  cadreId: string | number;
  /** 删除日期 When the erasure was decided (yyyy-mm-dd), not after today. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  erasedOn?: string | null | undefined;
};

/** Input of `evaluatePledge`. */
export type EvaluatePledgeInput = {
  /** 干部 The cadre (UUID). */
  cadreId: string | number;
  /** 评议日期 yyyy-mm-dd, not in the future and not before the pledge. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  evaluatedOn?: string | null | undefined;
  /** 组织评诺 The organization's rating. */
  organizationRating: EvaluationGrade;
  /** 群众评诺 The residents' rating. */
  residentsRating: EvaluationGrade;
  /** 年度 The pledge's year. */
  year: number;
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
  actor?: string | null | undefined;
  /** ISO 8601: recorded at or after. */
  recordedFrom?: string | null | undefined;
  /** ISO 8601: recorded at or before. */
  recordedTo?: string | null | undefined;
  streamId?: string | null | undefined;
  type?: string | null | undefined;
};

/** 家庭主要成员 A family member, as on the appointment form. Personal information under PIPL. */
export type FamilyMemberInput = {
  /** 出生日期 Birth date, yyyy-mm-dd, not in the future. */
  birthDate?: string | null | undefined;
  /** 工作单位及职务 Employer and post, at most 200 characters. */
  employerAndPost?: string | null | undefined;
  /** 姓名 Name, at most 50 characters. */
  name: string;
  /** 政治面貌 Political status. */
  politicalStatus?: PoliticalStatus | null | undefined;
  /** 称谓 Relation, e.g. 妻子, at most 20 characters. */
  relation: string;
};

/** 性别 Gender. Must agree with the ID number (its 17th digit is odd for men, even for women). */
export type Gender =
  | 'FEMALE'
  | 'MALE';

/** Input of `grantBenefit`. */
export type GrantBenefitInput = {
  /** 金额 Amount in yuan (元), 0 or more. */
  amount: number;
  /** 干部 The cadre, in office (UUID). */
  cadreId: string | number;
  /** 发放日期 When the benefit was granted (yyyy-mm-dd), not after today. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  grantedOn?: string | null | undefined;
  /** 保障类型 Kind of benefit. */
  kind: BenefitKind;
  /** 年度 The year, not after the current one. */
  year: number;
};

/** Input of `honorCadre`. */
export type HonorCadreInput = {
  /** 授予日期 yyyy-mm-dd, not in the future. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  awardedOn?: string | null | undefined;
  /** 授予单位 Awarding body, at most 100 characters. */
  awardingBody: string;
  /** 干部 The cadre (UUID). */
  cadreId: string | number;
  /** 荣誉级别 Level of the awarding body. */
  level: HonorLevel;
  /** 荣誉称号 Title, e.g. 优秀党务工作者, at most 100 characters. */
  title: string;
};

/** 荣誉级别 The level of the awarding body, lowest first: 镇 township, 区 district, 市 city, 省 province, 国家 national. */
export type HonorLevel =
  | 'CITY'
  | 'DISTRICT'
  | 'NATIONAL'
  | 'PROVINCE'
  | 'TOWNSHIP';

export type HonorSort =
  | 'AWARDED_ON'
  | 'CADRE_NAME'
  | 'LEVEL';

/** An .lrmx file to import, and where a new file goes. */
export type ImportLrmxInput = {
  /** The .lrmx file's bytes, base64 (at most 700 KB). */
  base64: string;
  /** The business date of the registration or correction (yyyy-mm-dd); today when left out. */
  importedOn?: string | null | undefined;
  /** The village a new file is registered in; not needed when a file already holds the ID number. */
  villageId?: string | number | null | undefined;
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

/** Input of `leavePost`. */
export type LeavePostInput = {
  /** 干部 The cadre (UUID). */
  cadreId: string | number;
  /** 班子 The committee of the seat. */
  committee: Committee;
  /** 离任日期 yyyy-mm-dd, not in the future and not before the appointment. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  leftOn?: string | null | undefined;
  /** 职务 The position held, one of its committee's (else POSITION_NOT_ON_COMMITTEE). */
  position: Position;
  /** 离任原因 Why they left. */
  reason: LeavingReason;
  /** 村（社区） The village of the seat (UUID). */
  villageId: string | number;
};

/** Input of `leaveReservePool`. */
export type LeaveReservePoolInput = {
  /** 干部 The reserve cadre (UUID); else NOT_A_RESERVE_CADRE. */
  cadreId: string | number;
  /** 退出后备日期 yyyy-mm-dd, not in the future and not before the enlistment. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  exitedOn?: string | null | undefined;
  /** 退出原因 Why the cadre leaves the pool (已任职、外出务工、考察不合格…), 1 to 500 characters; kept in the event itself. */
  reason: string;
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

/** Input of `makePledge`. */
export type MakePledgeInput = {
  /** 干部 The cadre (UUID). */
  cadreId: string | number;
  /** 承诺事项 The items pledged, 1 to 50, each at most 200 characters. */
  items: Array<string>;
  /** 承诺日期 yyyy-mm-dd, not in the future. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  madeOn?: string | null | undefined;
  /** 年度 The year pledged for, not after the current one (else YEAR_IN_FUTURE). */
  year: number;
};

/** Input of `openQualificationReview`. */
export type OpenQualificationReviewInput = {
  /** 干部 The cadre reviewed (UUID). */
  cadreId: string | number;
  /** 班子 The committee of the seat. */
  committee: Committee;
  /** 发起日期 yyyy-mm-dd, not in the future. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  openedOn?: string | null | undefined;
  /** 职务 The position, one of its committee's (else POSITION_NOT_ON_COMMITTEE). */
  position: Position;
  /** The review's id (UUID), needed for the verdicts and the conclusion. Leave it out to have one derived from the command id; it is answered in `derivedIds`. */
  reviewId?: string | number | null | undefined;
  /** 镇 The township whose reviewing departments are asked (UUID). */
  townshipId: string | number;
  /** 村（社区） The village of the seat, in that township (else VILLAGE_NOT_IN_TOWNSHIP). */
  villageId: string | number;
};

export type PledgeBoardSort =
  | 'MADE_ON'
  | 'NAME'
  | 'STAGE'
  | 'VILLAGE';

export type PledgeStatus =
  | 'EVALUATED'
  | 'MADE'
  | 'PROGRESS_REPORTED';

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

/** Input of `raiseServiceRequest`. */
export type RaiseServiceRequestInput = {
  /** 诉求内容 What is needed, at most 2000 characters. */
  description: string;
  /** 点单人 The resident who raised it, at most 50 characters. */
  raisedBy: string;
  /** 点单日期 yyyy-mm-dd, not in the future. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  raisedOn?: string | null | undefined;
  /** The new request's id (UUID). Leave it out to have one derived from the command id; it is answered in `derivedIds`. */
  requestId?: string | number | null | undefined;
  /** 村（社区） The village (UUID). */
  villageId: string | number;
};

/** Input of `rateServiceRequest`. */
export type RateServiceRequestInput = {
  /** 评价意见 Comment, at most 500 characters. */
  comment?: string | null | undefined;
  /** 评价日期 yyyy-mm-dd, not in the future and not before the resolution. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  ratedOn?: string | null | undefined;
  /** 满意度 Stars, 1 to 5. */
  rating: number;
  /** The request (UUID). */
  requestId: string | number;
};

/** How far a permission reaches: everywhere, or only into the user's own village (the resolver checks the village). */
export type Reach =
  | 'EVERYWHERE'
  | 'OWN_VILLAGE';

/** Input of `recordAnnualAssessment`. */
export type RecordAnnualAssessmentInput = {
  /** 考评日期 When the assessment was concluded (yyyy-mm-dd), not after today. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  assessedOn?: string | null | undefined;
  /** 绩效奖励 Performance bonus in yuan (元), 0 or more. */
  bonus: number;
  /** 干部 The cadre (UUID). */
  cadreId: string | number;
  /** 等次 Grade. */
  grade: EvaluationGrade;
  /** 得分 Score, 0 to 100. */
  score: number;
  /** 年度 The year assessed, not after the current one. */
  year: number;
};

/** Input of `recordCommitteeReview`. */
export type RecordCommitteeReviewInput = {
  /** 苗头性、倾向性问题 The issues flagged, possibly none; no issue id twice (else DUPLICATE_ENTRY). */
  earlyWarnings: Array<EarlyWarningInput>;
  /** 情况 The findings on how the committee works, at most 5000 characters. */
  findings: string;
  /** 分析期次 The period reviewed, e.g. 2024年届中, at most 50 characters; one review per period. */
  period: string;
  /** 分析日期 When the review was held, yyyy-mm-dd, not in the future. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  reviewedOn?: string | null | undefined;
  /** 村（社区） The village reviewed (UUID). */
  villageId: string | number;
};

/** Input of `recordDepartmentVerdict`. */
export type RecordDepartmentVerdictInput = {
  /** 干部 The cadre reviewed (UUID). */
  cadreId: string | number;
  /** 审查日期 yyyy-mm-dd, not in the future and not before the review opened. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  decidedOn?: string | null | undefined;
  /** 部门代码 The department's code, one of those the review asked, e.g. PUBLIC_SECURITY. */
  department: string;
  /** 说明 Grounds, at most 1000 characters; required for a rejection, which is posted publicly (else REJECTION_NEEDS_NOTE). */
  note?: string | null | undefined;
  /** The review (UUID). */
  reviewId: string | number;
  /** 审查意见 Approved or rejected; one rejection blocks the appointment. */
  verdict: ReviewVerdict;
};

/** Input of `recordElectionResult`. */
export type RecordElectionResultInput = {
  /** The candidate (UUID). */
  cadreId: string | number;
  /** 班子 The committee of the seat. */
  committee: Committee;
  /** 是否当选 true: elected; false: not elected (a sitting member leaves with TERM_ENDED). */
  elected: boolean;
  /** 换届 The open general election (UUID). */
  electionId: string | number;
  /** 职务 The seat's position, one of its committee's. */
  position: Position;
  /** The township (UUID). */
  townshipId: string | number;
  /** 村（社区） The village, one of the election's (UUID). */
  villageId: string | number;
  /** 选举日期 yyyy-mm-dd, not before the review's conclusion nor after today; leave it out for today (China time). */
  votedOn?: string | null | undefined;
};

/** Input of `recordInterview`. */
export type RecordInterviewInput = {
  /** 干部 The cadre (UUID). */
  cadreId: string | number;
  /** 情况 Findings, at most 5000 characters. */
  findings: string;
  /** 日期 yyyy-mm-dd, not in the future. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  heldOn?: string | null | undefined;
  /** 谈话人 Who held it, at most 50 characters. */
  interviewer: string;
  /** 谈话类型 Talk, visit, appraisal or admonishment. */
  kind: InterviewKind;
  /** 镇 The township whose admonishment threshold applies (UUID). */
  townshipId: string | number;
  /** 民主测评票数 The ballots: required for a DEMOCRATIC_APPRAISAL (else REQUIRED), refused for any other kind (else VOTES_ONLY_FOR_APPRAISAL). */
  votes?: AppraisalVotesInput | null | undefined;
};

/** Input of `recordTrainingHeld`. */
export type RecordTrainingHeldInput = {
  /** 参训干部 The cadres who attended (cadre ids), at least one, none twice. */
  attendees: Array<string | number>;
  /** 举办日期 yyyy-mm-dd, not in the future. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  heldOn?: string | null | undefined;
  /** The session (UUID), as scheduled. */
  trainingId: string | number;
};

/** Input of `recordTraining`. */
export type RecordTrainingInput = {
  /** 干部 The cadre trained (UUID). */
  cadreId: string | number;
  /** 培训类型 Internal session or external training. */
  kind: TrainingKind;
  /** 培训主题 Topic, e.g. 村级资产管理, at most 100 characters. */
  topic: string;
  /** 培训日期 yyyy-mm-dd, not in the future. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  trainedOn?: string | null | undefined;
  /** The township session (a training id), when it was one; each session once per cadre (else TRAINING_ALREADY_RECORDED). */
  trainingId?: string | number | null | undefined;
};

/** Input of `registerCadre`. */
export type RegisterCadreInput = {
  /** The new cadre's id (UUID). Leave it out to have one derived from the command id. */
  cadreId?: string | number | null | undefined;
  /** 干部档案 The personal file; its ID number may be in no other cadre's file (ID_NUMBER_TAKEN) and must carry a real area code (ID_NUMBER_AREA_CODE, GB/T 2260). */
  profile: CadreProfileInput;
  /** 登记日期 When the registration took effect (yyyy-mm-dd), not after today. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  registeredOn?: string | null | undefined;
  /** 所属村（社区） The village or community whose cadre file it is (UUID); a village party secretary may register only in their own. */
  villageId: string | number;
};

/** Input of `registerElectionCandidate`. */
export type RegisterElectionCandidateInput = {
  /** The candidate, a registered cadre (UUID). */
  cadreId: string | number;
  /** 班子 The committee of the seat. */
  committee: Committee;
  /** 换届 The open general election (UUID). */
  electionId: string | number;
  /** 职务 The seat's position, one of its committee's. */
  position: Position;
  /** 登记日期 yyyy-mm-dd, not before the election's start nor after today; leave it out for today (China time). */
  registeredOn?: string | null | undefined;
  /** The id of the qualification review that opens (UUID); left out, it is derived from the command id. */
  reviewId?: string | number | null | undefined;
  /** The township (UUID). */
  townshipId: string | number;
  /** 村（社区） The village, one of the election's (UUID). */
  villageId: string | number;
};

/** Input of `registerTownship`. */
export type RegisterTownshipInput = {
  /** 所属区 The district (区/县) the township belongs to, at most 50 characters. */
  district: string;
  /** 镇名称 The township's name, e.g. 周王镇, at most 50 characters. */
  name: string;
  /** 登记日期 When the registration took effect (yyyy-mm-dd), not after today. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  registeredOn?: string | null | undefined;
  /** 镇设置 The settings in force from registration; each one left out takes its default. */
  settings?: TownshipSettingsInput | null | undefined;
  /** The new township's id (UUID). Leave it out to have one derived from the command id; it is answered in `derivedIds`. */
  townshipId?: string | number | null | undefined;
};

/** Input of `registerVillage`. */
export type RegisterVillageInput = {
  /** 类型 Village or community. */
  kind: VillageKind;
  /** 名称 The village's name, e.g. 周王村, at most 50 characters. */
  name: string;
  /** 登记日期 When the registration took effect (yyyy-mm-dd), not after today. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  registeredOn?: string | null | undefined;
  /** 镇 The township the village belongs to (UUID); it must be registered. */
  townshipId: string | number;
  /** The new village's id (UUID). Leave it out to have one derived from the command id; it is answered in `derivedIds`. */
  villageId?: string | number | null | undefined;
};

/** Input of `reportPledgeProgress`. */
export type ReportPledgeProgressInput = {
  /** 干部 The cadre (UUID). */
  cadreId: string | number;
  /** 践诺情况 Progress, at most 2000 characters. */
  progress: string;
  /** 报告日期 yyyy-mm-dd, not in the future and not before the pledge. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  reportedOn?: string | null | undefined;
  /** 年度 The pledge's year. */
  year: number;
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

/** Input of `resolveEarlyWarning`. */
export type ResolveEarlyWarningInput = {
  /** 整改措施 The corrective action taken, at most 2000 characters. */
  correctiveAction: string;
  /** The issue's id (UUID), as recorded with the committee review. */
  issueId: string | number;
  /** 销号日期 When it was resolved, yyyy-mm-dd, not in the future and not before the review that raised it. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  resolvedOn?: string | null | undefined;
  /** 村（社区） The village whose review flagged the issue (UUID). */
  villageId: string | number;
};

/** Input of `resolveServiceRequest`. */
export type ResolveServiceRequestInput = {
  /** The request (UUID). */
  requestId: string | number;
  /** 办理结果 How it was resolved, at most 2000 characters. */
  resolution: string;
  /** 办结日期 yyyy-mm-dd, not in the future and not before the acceptance. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  resolvedOn?: string | null | undefined;
};

/** 简历 One line of the résumé; the current line has no end date. */
export type ResumeEntryInput = {
  /** 内容 Where and as what, at most 500 characters. */
  description: string;
  /** 起始日期 Start, yyyy-mm-dd, not in the future. */
  from: string;
  /** 截止日期 End, yyyy-mm-dd, not before the start (else DATE_OUT_OF_ORDER); leave it out for the current line. */
  to?: string | null | undefined;
};

/** A personal field shown masked in lists, revealed one cadre at a time. */
export type RevealableField =
  | 'ID_NUMBER'
  | 'PHONE';

/** 审查意见 A department's verdict in a qualification review: 通过 approved or 不通过 rejected. */
export type ReviewVerdict =
  | 'APPROVED'
  | 'REJECTED';

/**
 * 联审部门 A department that gives a verdict in the joint qualification review (部门联审), e.g. 纪检监察
 * (discipline inspection) or 公安 (public security).
 */
export type ReviewingDepartmentInput = {
  /** 部门代码 A stable code: capital letters and underscores, 2 to 40 characters, e.g. PUBLIC_SECURITY (else DEPARTMENT_CODE_FORMAT). */
  code: string;
  /** 部门名称 The department's name as users read it, e.g. 公安, at most 50 characters. */
  name: string;
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
  date: string;
  /** 培训类型 Internal or external. */
  kind: TrainingKind;
  /** 地点 Place, at most 100 characters. */
  place: string;
  /** 安排日期 When the session was decided on (yyyy-mm-dd), not after today; the session itself (`date`) may lie ahead. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  scheduledOn?: string | null | undefined;
  /** 培训主题 Topic, e.g. 和美乡村建设, at most 100 characters. */
  topic: string;
  /** 镇 The township holding it (UUID). */
  townshipId: string | number;
  /** The new session's id (UUID). Leave it out to have one derived from the command id; it is answered in `derivedIds`. */
  trainingId?: string | number | null | undefined;
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

/** The filters of the list query a spreadsheet exports; each kind takes those of its query and ignores the rest. */
export type SpreadsheetFilters = {
  descending?: boolean | null | undefined;
  held?: boolean | null | undefined;
  kind?: TrainingKind | null | undefined;
  level?: HonorLevel | null | undefined;
  role?: CadreRole | null | undefined;
  search?: string | null | undefined;
  sort?: CadreSort | null | undefined;
  status?: PledgeStatus | null | undefined;
  townshipId?: string | number | null | undefined;
  villageId?: string | number | null | undefined;
  year?: number | null | undefined;
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
  electionId?: string | number | null | undefined;
  /** 开始日期 When the 换届 began (yyyy-mm-dd), not after today. The business date; leave it out for today (China time). */
  startedOn?: string | null | undefined;
  /** The township (UUID). */
  townshipId: string | number;
  /** 参加换届的村（社区） The villages in it: at least one, none twice. */
  villageIds: Array<string | number>;
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

/** 镇设置 A township's settings, recorded with every change so that a later default never rewrites history. */
export type TownshipSettingsInput = {
  /**
   * 约谈阈值 The share of "incompetent" (不称职) votes in a democratic appraisal, above 0 and at most 1, from
   * which an admonishment talk (诫勉谈话) is due. Defaults to 0.3, the common 30% rule.
   */
  admonishmentThreshold?: number | null | undefined;
  /** “两委”成员年龄线 18 to 80 (default 60). */
  committeeMemberAgeThreshold?: number | null | undefined;
  /** 后备干部年龄线 18 to 70 (default 35). */
  reserveCadreAgeThreshold?: number | null | undefined;
  /** 资格联审超期天数 An open qualification review is overdue after this many days: 1 to 365 (default 30). */
  reviewOpenTooLongDays?: number | null | undefined;
  /**
   * 联审部门 The departments asked for a verdict in each qualification review opened from then on: at least
   * one, no code twice (else DUPLICATE_ENTRY). Defaults to 纪检监察 DISCIPLINE_INSPECTION and 公安 PUBLIC_SECURITY.
   */
  reviewingDepartments?: Array<ReviewingDepartmentInput> | null | undefined;
  /** 诉求办理超期天数 A service request unresolved after this many days is overdue: 1 to 365 (default 30). */
  serviceRequestUnresolvedDays?: number | null | undefined;
  /** 任期届满提前提醒月数 1 to 6 distinct values, each 1 to 24 (default [6, 3]). */
  termReminderMonths?: Array<number> | null | undefined;
};

/** 培训类型 内挖潜力 a session in the township (INTERNAL) or 外学先进 training elsewhere (EXTERNAL, 外出实训). */
export type TrainingKind =
  | 'EXTERNAL'
  | 'INTERNAL';

export type UntrainedCadreSort =
  | 'LAST_TRAINED_ON'
  | 'NAME'
  | 'VILLAGE';

/** Input of `updatePoliticalPortrait`. */
export type UpdatePoliticalPortraitInput = {
  /** 画像依据 The kinds of records it is drawn from, at least one, none twice; each must be on the file by `updatedOn` (else PORTRAIT_BASIS_NOT_RECORDED). */
  basedOn: Array<PortraitBasis>;
  /** 干部 The sitting party secretary (UUID). */
  cadreId: string | number;
  /** 画像 The portrait's text, at most 5000 characters. */
  text: string;
  /** 更新日期 yyyy-mm-dd, not in the future. The business date: it becomes the events' `occurredAt`; leave it out for today (China time). */
  updatedOn?: string | null | undefined;
};

/** 类型 A village (村) or an urban community (社区). */
export type VillageKind =
  | 'COMMUNITY'
  | 'VILLAGE';

export type WarningSort =
  | 'DAYS_OPEN'
  | 'RAISED_ON'
  | 'RESOLVED_ON'
  | 'VILLAGE';

export type AppointmentCandidateQueryVariables = Exact<{
  id: string | number;
}>;


export type AppointmentCandidateQuery = { cadre: { id: string, name: string, village: { id: string, name: string, townshipId: string } | null, posts: Array<{ villageId: string, committee: Committee, position: Position, appointedOn: string }>, qualificationReviews: Array<{ reviewId: string, villageId: string, committee: Committee, position: Position, outcome: ReviewVerdict | null, openedOn: string, concludedOn: string | null, departments: Array<{ code: string, name: string }>, verdicts: Array<{ department: string, verdict: ReviewVerdict, note: string | null, decidedOn: string }> }> } | null };

export type CommandPayloadFieldsFragment = { commandId: string, duplicate: boolean, derivedIds: Array<{ field: string, id: string }> };

export type OpenQualificationReviewMutationVariables = Exact<{
  commandId: string | number;
  input: OpenQualificationReviewInput;
}>;


export type OpenQualificationReviewMutation = { openQualificationReview: { commandId: string, duplicate: boolean, derivedIds: Array<{ field: string, id: string }> } };

export type RecordDepartmentVerdictMutationVariables = Exact<{
  commandId: string | number;
  input: RecordDepartmentVerdictInput;
}>;


export type RecordDepartmentVerdictMutation = { recordDepartmentVerdict: { commandId: string, duplicate: boolean, derivedIds: Array<{ field: string, id: string }> } };

export type ConcludeQualificationReviewMutationVariables = Exact<{
  commandId: string | number;
  input: ConcludeQualificationReviewInput;
}>;


export type ConcludeQualificationReviewMutation = { concludeQualificationReview: { commandId: string, duplicate: boolean, derivedIds: Array<{ field: string, id: string }> } };

export type AppointCadreMutationVariables = Exact<{
  commandId: string | number;
  input: AppointCadreInput;
}>;


export type AppointCadreMutation = { appointCadre: { commandId: string, duplicate: boolean, cadre: { id: string, posts: Array<{ position: Position }> } | null } };

export type EventLogQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: EventLogFilter | null | undefined;
}>;


export type EventLogQuery = { eventLog: { totalCount: number, edges: Array<{ node: { position: string, streamId: string, revision: number, type: string, actor: string, actorName: string | null, subjectName: string | null, occurredAt: string, recordedAt: string, reason: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type EventLogActorsQueryVariables = Exact<{ [key: string]: never; }>;


export type EventLogActorsQuery = { eventLogActors: Array<{ actor: string, actorName: string | null }> };

export type IntegrityCheckQueryVariables = Exact<{ [key: string]: never; }>;


export type IntegrityCheckQuery = { integrityCheck: { ok: boolean, streams: number, events: number, checkedAt: string, firstBroken: { fault: string, streamId: string, revision: number, position: string, eventId: string } | null, ruleViolations: Array<{ rule: string, streamId: string, position: string, message: string }> } };

export type PersonalDataReadsQueryVariables = Exact<{
  cadreId?: string | number | null | undefined;
  actor?: string | null | undefined;
  limit?: number | null | undefined;
  readFrom?: string | null | undefined;
  readTo?: string | null | undefined;
}>;


export type PersonalDataReadsQuery = { personalDataReads: Array<{ actor: string, actorName: string | null, role: Role, cadreId: string, cadreName: string | null, fields: Array<string>, operation: string, readAt: string }> };

export type ReservePoolQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  villageId?: string | number | null | undefined;
  tier?: number | null | undefined;
  source?: ReserveSource | null | undefined;
  mentored?: boolean | null | undefined;
  search?: string | null | undefined;
  sort?: ReservePoolSort | null | undefined;
  descending?: boolean | null | undefined;
}>;


export type ReservePoolQuery = { reservePool: { totalCount: number, edges: Array<{ node: { cadreId: string, cadreName: string, gender: Gender, educationLevel: EducationLevel, villageId: string, villageName: string, source: ReserveSource, tier: number, enlistedOn: string, mentors: { townshipLeader: string, secretaryName: string | null, memberNames: Array<string>, assignedOn: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type TrainingSessionBoardQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  year?: number | null | undefined;
  kind?: TrainingKind | null | undefined;
  held?: boolean | null | undefined;
  villageId?: string | number | null | undefined;
}>;


export type TrainingSessionBoardQuery = { trainings: { totalCount: number, edges: Array<{ node: { id: string, townshipId: string, topic: string, kind: TrainingKind, date: string, place: string, heldOn: string | null, attendeeIds: Array<string>, attendeeCount: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type TrainingCoverageQueryVariables = Exact<{
  year: number;
}>;


export type TrainingCoverageQuery = { trainingCoverage: Array<{ villageId: string, villageName: string, cadreCount: number, trainedCount: number, untrainedCount: number, share: number }> };

export type UntrainedCadresQueryVariables = Exact<{
  year: number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  villageId?: string | number | null | undefined;
  search?: string | null | undefined;
  sort?: UntrainedCadreSort | null | undefined;
  descending?: boolean | null | undefined;
}>;


export type UntrainedCadresQuery = { untrainedCadres: { totalCount: number, edges: Array<{ node: { cadreId: string, cadreName: string, villageId: string, villageName: string, lastTrainedOn: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PledgeBoardQueryVariables = Exact<{
  year: number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: PledgeStatus | null | undefined;
  villageId?: string | number | null | undefined;
  search?: string | null | undefined;
  sort?: PledgeBoardSort | null | undefined;
  descending?: boolean | null | undefined;
}>;


export type PledgeBoardQuery = { pledgeBoard: { totalCount: number, edges: Array<{ node: { cadreId: string, cadreName: string, villageId: string, villageName: string, year: number, items: Array<string>, itemCount: number, madeOn: string, progress: string | null, progressOn: string | null, residentsRating: EvaluationGrade | null, organizationRating: EvaluationGrade | null, evaluatedOn: string | null, status: PledgeStatus } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PledgeStageCountsQueryVariables = Exact<{
  year: number;
  villageId?: string | number | null | undefined;
}>;


export type PledgeStageCountsQuery = { pledgeStageCounts: { made: number, progressReported: number, evaluated: number, total: number } };

export type AdmonishmentsDueQueryVariables = Exact<{
  villageId?: string | number | null | undefined;
}>;


export type AdmonishmentsDueQuery = { admonishmentsDue: Array<{ issueId: string, cadreId: string, cadreName: string, villageId: string | null, villageName: string | null, description: string, raisedOn: string }> };

export type LeaveReservePoolMutationVariables = Exact<{
  commandId: string | number;
  reason?: string | null | undefined;
  input: LeaveReservePoolInput;
}>;


export type LeaveReservePoolMutation = { leaveReservePool: { commandId: string, duplicate: boolean, derivedIds: Array<{ field: string, id: string }> } };

export type TalkRecordsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  sort?: TalkSort | null | undefined;
  descending?: boolean | null | undefined;
  villageId?: string | number | null | undefined;
  search?: string | null | undefined;
  kind?: InterviewKind | null | undefined;
  year?: number | null | undefined;
  asOf?: string | null | undefined;
}>;


export type TalkRecordsQuery = { talkRecords: { totalCount: number, edges: Array<{ node: { id: string, cadreId: string, cadreName: string, villageId: string | null, villageName: string | null, kind: InterviewKind, interviewer: string, heldOn: string, findings: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type WarningRecordsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  sort?: WarningSort | null | undefined;
  descending?: boolean | null | undefined;
  villageId?: string | number | null | undefined;
  search?: string | null | undefined;
  source?: EarlyWarningSource | null | undefined;
  open?: boolean | null | undefined;
  raisedFrom?: string | null | undefined;
  raisedTo?: string | null | undefined;
  asOf?: string | null | undefined;
}>;


export type WarningRecordsQuery = { warningRecords: { totalCount: number, edges: Array<{ node: { issueId: string, source: EarlyWarningSource, villageId: string | null, villageName: string | null, cadreId: string | null, cadreName: string | null, description: string, raisedOn: string, resolvedOn: string | null, correctiveAction: string | null, daysOpen: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CommitteeReviewsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  sort?: CommitteeReviewSort | null | undefined;
  descending?: boolean | null | undefined;
  villageId?: string | number | null | undefined;
  search?: string | null | undefined;
  year?: number | null | undefined;
  asOf?: string | null | undefined;
}>;


export type CommitteeReviewsQuery = { committeeReviews: { totalCount: number, edges: Array<{ node: { id: string, villageId: string, villageName: string, period: string, reviewedOn: string, findings: string, warningCount: number, openWarningCount: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RequestCardFieldsFragment = { id: string, villageId: string, villageName: string, description: string, raisedOn: string, status: ServiceRequestStatus, cadreId: string | null, cadreName: string | null, dispatchedOn: string | null, acceptedOn: string | null, resolution: string | null, resolvedOn: string | null, rating: number | null, daysOpen: number };

export type RequestCardsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  sort?: ServiceRequestSort | null | undefined;
  descending?: boolean | null | undefined;
  villageId?: string | number | null | undefined;
  search?: string | null | undefined;
  status?: ServiceRequestStatus | null | undefined;
  raisedFrom?: string | null | undefined;
  raisedTo?: string | null | undefined;
  asOf?: string | null | undefined;
}>;


export type RequestCardsQuery = { serviceRequestCards: { totalCount: number, edges: Array<{ node: { id: string, villageId: string, villageName: string, description: string, raisedOn: string, status: ServiceRequestStatus, cadreId: string | null, cadreName: string | null, dispatchedOn: string | null, acceptedOn: string | null, resolution: string | null, resolvedOn: string | null, rating: number | null, daysOpen: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RequestColumnsQueryVariables = Exact<{
  villageId?: string | number | null | undefined;
  search?: string | null | undefined;
  raisedFrom?: string | null | undefined;
  raisedTo?: string | null | undefined;
  asOf?: string | null | undefined;
}>;


export type RequestColumnsQuery = { raised: { totalCount: number, edges: Array<{ node: { id: string, villageId: string, villageName: string, description: string, raisedOn: string, status: ServiceRequestStatus, cadreId: string | null, cadreName: string | null, dispatchedOn: string | null, acceptedOn: string | null, resolution: string | null, resolvedOn: string | null, rating: number | null, daysOpen: number } }> }, dispatched: { totalCount: number, edges: Array<{ node: { id: string, villageId: string, villageName: string, description: string, raisedOn: string, status: ServiceRequestStatus, cadreId: string | null, cadreName: string | null, dispatchedOn: string | null, acceptedOn: string | null, resolution: string | null, resolvedOn: string | null, rating: number | null, daysOpen: number } }> }, accepted: { totalCount: number, edges: Array<{ node: { id: string, villageId: string, villageName: string, description: string, raisedOn: string, status: ServiceRequestStatus, cadreId: string | null, cadreName: string | null, dispatchedOn: string | null, acceptedOn: string | null, resolution: string | null, resolvedOn: string | null, rating: number | null, daysOpen: number } }> }, resolved: { totalCount: number, edges: Array<{ node: { id: string, villageId: string, villageName: string, description: string, raisedOn: string, status: ServiceRequestStatus, cadreId: string | null, cadreName: string | null, dispatchedOn: string | null, acceptedOn: string | null, resolution: string | null, resolvedOn: string | null, rating: number | null, daysOpen: number } }> }, rated: { totalCount: number, edges: Array<{ node: { id: string, villageId: string, villageName: string, description: string, raisedOn: string, status: ServiceRequestStatus, cadreId: string | null, cadreName: string | null, dispatchedOn: string | null, acceptedOn: string | null, resolution: string | null, resolvedOn: string | null, rating: number | null, daysOpen: number } }> } };

export type HonorRecordsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  sort?: HonorSort | null | undefined;
  descending?: boolean | null | undefined;
  villageId?: string | number | null | undefined;
  search?: string | null | undefined;
  year?: number | null | undefined;
  level?: HonorLevel | null | undefined;
  asOf?: string | null | undefined;
}>;


export type HonorRecordsQuery = { honorRecords: { totalCount: number, edges: Array<{ node: { id: string, cadreId: string, cadreName: string, villageId: string | null, villageName: string | null, title: string, level: HonorLevel, awardingBody: string, awardedOn: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AssessmentRecordsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  sort?: AssessmentSort | null | undefined;
  descending?: boolean | null | undefined;
  villageId?: string | number | null | undefined;
  search?: string | null | undefined;
  year?: number | null | undefined;
  grade?: EvaluationGrade | null | undefined;
  asOf?: string | null | undefined;
}>;


export type AssessmentRecordsQuery = { assessmentRecords: { totalCount: number, edges: Array<{ node: { cadreId: string, cadreName: string, villageId: string | null, villageName: string | null, year: number, score: number, grade: EvaluationGrade, bonus: number, assessedOn: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type BenefitRecordsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  sort?: BenefitSort | null | undefined;
  descending?: boolean | null | undefined;
  villageId?: string | number | null | undefined;
  search?: string | null | undefined;
  year?: number | null | undefined;
  kind?: BenefitKind | null | undefined;
  asOf?: string | null | undefined;
}>;


export type BenefitRecordsQuery = { benefitRecords: { totalCount: number, edges: Array<{ node: { id: string, cadreId: string, cadreName: string, villageId: string | null, villageName: string | null, kind: BenefitKind, year: number, amount: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CorrectCadreProfileMutationVariables = Exact<{
  commandId: string | number;
  reason?: string | null | undefined;
  input: CorrectCadreProfileInput;
}>;


export type CorrectCadreProfileMutation = { correctCadreProfile: { commandId: string, duplicate: boolean, derivedIds: Array<{ field: string, id: string }> } };

export type ErasePersonalDataMutationVariables = Exact<{
  commandId: string | number;
  reason?: string | null | undefined;
  input: ErasePersonalDataInput;
}>;


export type ErasePersonalDataMutation = { erasePersonalData: { commandId: string, duplicate: boolean, derivedIds: Array<{ field: string, id: string }> } };

export type LeavePostMutationVariables = Exact<{
  commandId: string | number;
  reason?: string | null | undefined;
  input: LeavePostInput;
}>;


export type LeavePostMutation = { leavePost: { commandId: string, duplicate: boolean, derivedIds: Array<{ field: string, id: string }> } };

export type EnlistReserveCadreMutationVariables = Exact<{
  commandId: string | number;
  reason?: string | null | undefined;
  input: EnlistReserveCadreInput;
}>;


export type EnlistReserveCadreMutation = { enlistReserveCadre: { commandId: string, duplicate: boolean, derivedIds: Array<{ field: string, id: string }> } };

export type ChangeReserveTierMutationVariables = Exact<{
  commandId: string | number;
  reason?: string | null | undefined;
  input: ChangeReserveTierInput;
}>;


export type ChangeReserveTierMutation = { changeReserveTier: { commandId: string, duplicate: boolean, derivedIds: Array<{ field: string, id: string }> } };

export type AssignMentorsMutationVariables = Exact<{
  commandId: string | number;
  reason?: string | null | undefined;
  input: AssignMentorsInput;
}>;


export type AssignMentorsMutation = { assignMentors: { commandId: string, duplicate: boolean, derivedIds: Array<{ field: string, id: string }> } };

export type RecordTrainingMutationVariables = Exact<{
  commandId: string | number;
  reason?: string | null | undefined;
  input: RecordTrainingInput;
}>;


export type RecordTrainingMutation = { recordTraining: { commandId: string, duplicate: boolean, derivedIds: Array<{ field: string, id: string }> } };

export type RecordInterviewMutationVariables = Exact<{
  commandId: string | number;
  reason?: string | null | undefined;
  input: RecordInterviewInput;
}>;


export type RecordInterviewMutation = { recordInterview: { commandId: string, duplicate: boolean, derivedIds: Array<{ field: string, id: string }> } };

export type UpdatePoliticalPortraitMutationVariables = Exact<{
  commandId: string | number;
  reason?: string | null | undefined;
  input: UpdatePoliticalPortraitInput;
}>;


export type UpdatePoliticalPortraitMutation = { updatePoliticalPortrait: { commandId: string, duplicate: boolean, derivedIds: Array<{ field: string, id: string }> } };

export type EnrollEducationMutationVariables = Exact<{
  commandId: string | number;
  reason?: string | null | undefined;
  input: EnrollEducationInput;
}>;


export type EnrollEducationMutation = { enrollEducation: { commandId: string, duplicate: boolean, derivedIds: Array<{ field: string, id: string }> } };

export type CompleteEducationMutationVariables = Exact<{
  commandId: string | number;
  reason?: string | null | undefined;
  input: CompleteEducationInput;
}>;


export type CompleteEducationMutation = { completeEducation: { commandId: string, duplicate: boolean, derivedIds: Array<{ field: string, id: string }> } };

export type MakePledgeMutationVariables = Exact<{
  commandId: string | number;
  reason?: string | null | undefined;
  input: MakePledgeInput;
}>;


export type MakePledgeMutation = { makePledge: { commandId: string, duplicate: boolean, derivedIds: Array<{ field: string, id: string }> } };

export type ReportPledgeProgressMutationVariables = Exact<{
  commandId: string | number;
  reason?: string | null | undefined;
  input: ReportPledgeProgressInput;
}>;


export type ReportPledgeProgressMutation = { reportPledgeProgress: { commandId: string, duplicate: boolean, derivedIds: Array<{ field: string, id: string }> } };

export type EvaluatePledgeMutationVariables = Exact<{
  commandId: string | number;
  reason?: string | null | undefined;
  input: EvaluatePledgeInput;
}>;


export type EvaluatePledgeMutation = { evaluatePledge: { commandId: string, duplicate: boolean, derivedIds: Array<{ field: string, id: string }> } };

export type HonorCadreMutationVariables = Exact<{
  commandId: string | number;
  reason?: string | null | undefined;
  input: HonorCadreInput;
}>;


export type HonorCadreMutation = { honorCadre: { commandId: string, duplicate: boolean, derivedIds: Array<{ field: string, id: string }> } };

export type RecordAnnualAssessmentMutationVariables = Exact<{
  commandId: string | number;
  reason?: string | null | undefined;
  input: RecordAnnualAssessmentInput;
}>;


export type RecordAnnualAssessmentMutation = { recordAnnualAssessment: { commandId: string, duplicate: boolean, derivedIds: Array<{ field: string, id: string }> } };

export type GrantBenefitMutationVariables = Exact<{
  commandId: string | number;
  reason?: string | null | undefined;
  input: GrantBenefitInput;
}>;


export type GrantBenefitMutation = { grantBenefit: { commandId: string, duplicate: boolean, derivedIds: Array<{ field: string, id: string }> } };

export type RosterQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  role?: CadreRole | null | undefined;
  search?: string | null | undefined;
  villageId?: string | number | null | undefined;
}>;


export type RosterQuery = { cadres: { totalCount: number, edges: Array<{ node: { id: string, name: string, gender: Gender, birthDate: string, maskedIdNumber: string, educationLevel: EducationLevel, politicalStatus: PoliticalStatus, villageId: string | null, posts: Array<{ villageId: string, committee: Committee, position: Position, appointedOn: string }>, village: { id: string, name: string } | null, reserve: { source: ReserveSource, tier: number } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RegisterCadreMutationVariables = Exact<{
  commandId: string | number;
  input: RegisterCadreInput;
}>;


export type RegisterCadreMutation = { registerCadre: { duplicate: boolean, cadre: { id: string, name: string } | null } };

export type PageInfoFieldsFragment = { hasNextPage: boolean, endCursor: string | null };

export type SpreadsheetQueryVariables = Exact<{
  kind: SpreadsheetKind;
  asOf?: string | null | undefined;
  filters?: SpreadsheetFilters | null | undefined;
}>;


export type SpreadsheetQuery = { spreadsheet: { fileName: string, contentType: string, base64: string, position: string, chainHead: string, masked: boolean } };

export type RosterImportTemplateQueryVariables = Exact<{ [key: string]: never; }>;


export type RosterImportTemplateQuery = { rosterImportTemplate: { fileName: string, contentType: string, base64: string } };

export type RosterImportFieldsFragment = { id: string, status: RosterImportStatus, rows: number, validRows: number, done: number, alreadyWritten: number, progress: number, problems: Array<{ row: number, column: string | null, field: string | null, rule: string, messageZh: string, messageEn: string }> };

export type CheckRosterImportQueryVariables = Exact<{
  file: string;
}>;


export type CheckRosterImportQuery = { checkRosterImport: { id: string, status: RosterImportStatus, rows: number, validRows: number, done: number, alreadyWritten: number, progress: number, problems: Array<{ row: number, column: string | null, field: string | null, rule: string, messageZh: string, messageEn: string }> } };

export type ImportRosterMutationVariables = Exact<{
  file: string;
  onlyValidRows?: boolean | null | undefined;
}>;


export type ImportRosterMutation = { importRoster: { id: string, status: RosterImportStatus, rows: number, validRows: number, done: number, alreadyWritten: number, progress: number, problems: Array<{ row: number, column: string | null, field: string | null, rule: string, messageZh: string, messageEn: string }> } };

export type RosterImportProgressQueryVariables = Exact<{
  id: string | number;
}>;


export type RosterImportProgressQuery = { rosterImport: { id: string, status: RosterImportStatus, rows: number, validRows: number, done: number, alreadyWritten: number, progress: number, problems: Array<{ row: number, column: string | null, field: string | null, rule: string, messageZh: string, messageEn: string }> } | null };

export type EducationRecordFieldsFragment = { level: EducationLevel, degree: string | null, school: string | null, major: string | null };

export type ReviewFieldsFragment = { reviewId: string, villageId: string, committee: Committee, position: Position, outcome: ReviewVerdict | null, openedOn: string, concludedOn: string | null, departments: Array<{ code: string, name: string }>, verdicts: Array<{ department: string, verdict: ReviewVerdict, note: string | null, decidedOn: string }> };

export type PostFieldsFragment = { villageId: string, committee: Committee, position: Position, method: AppointmentMethod, appointedOn: string };

export type DossierQueryVariables = Exact<{
  id: string | number;
}>;


export type DossierQuery = { cadre: { id: string, name: string, gender: Gender, ethnicity: string, birthDate: string, age: number, idNumber: string, phone: string | null, politicalStatus: PoliticalStatus, educationLevel: EducationLevel, nativePlace: string | null, birthplace: string | null, partyJoinDate: string | null, workStartDate: string | null, health: string | null, professionalTitle: string | null, speciality: string | null, rewardsAndPenalties: string | null, withheldFields: Array<string>, registeredAt: string, fullTimeEducation: { level: EducationLevel, degree: string | null, school: string | null, major: string | null } | null, onTheJobEducation: { level: EducationLevel, degree: string | null, school: string | null, major: string | null } | null, resume: Array<{ from: string, to: string | null, description: string }>, familyMembers: Array<{ relation: string, name: string, birthDate: string | null, politicalStatus: PoliticalStatus | null, employerAndPost: string | null }> | null, village: { id: string, name: string, townshipId: string, seats: Array<{ committee: Committee, position: Position, cadreId: string, cadreName: string, appointedOn: string }> | null } | null, posts: Array<{ villageId: string, committee: Committee, position: Position, method: AppointmentMethod, appointedOn: string }>, postHistory: Array<{ villageId: string, committee: Committee, position: Position, method: AppointmentMethod, appointedOn: string, reviewId: string | null, leftOn: string | null, leavingReason: LeavingReason | null }>, reserve: { villageId: string, source: ReserveSource, tier: number, enlistedOn: string, mentors: { townshipLeader: string, secretaryCadreId: string, memberCadreIds: Array<string>, assignedOn: string } | null } | null, portrait: { text: string, basedOn: Array<PortraitBasis>, updatedOn: string } | null, qualificationReviews: Array<{ reviewId: string, villageId: string, committee: Committee, position: Position, outcome: ReviewVerdict | null, openedOn: string, concludedOn: string | null, departments: Array<{ code: string, name: string }>, verdicts: Array<{ department: string, verdict: ReviewVerdict, note: string | null, decidedOn: string }> }>, trainings: Array<{ trainingId: string | null, topic: string, kind: TrainingKind, trainedOn: string }>, interviews: Array<{ kind: InterviewKind, interviewer: string, heldOn: string, findings: string, votes: { excellent: number, competent: number, basicallyCompetent: number, incompetent: number } | null }>, education: Array<{ programme: string, school: string, level: EducationLevel, enrolledOn: string | null, completedOn: string | null, degree: string | null }>, pledges: Array<{ year: number, items: Array<string>, madeOn: string, progress: string | null, progressOn: string | null, residentsRating: EvaluationGrade | null, organizationRating: EvaluationGrade | null, evaluatedOn: string | null }>, honors: Array<{ title: string, level: HonorLevel, awardingBody: string, awardedOn: string }>, assessments: Array<{ year: number, score: number, grade: EvaluationGrade, bonus: number }>, benefits: Array<{ kind: BenefitKind, year: number, amount: number }> | null, openWarnings: Array<{ issueId: string, source: string, villageId: string | null, cadreId: string | null, description: string, raisedOn: string, resolvedOn: string | null, correctiveAction: string | null }> } | null };

export type CadreNameQueryVariables = Exact<{
  id: string | number;
}>;


export type CadreNameQuery = { cadre: { id: string, name: string } | null };

export type CadreHistoryQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CadreHistoryQuery = { cadreHistory: { totalCount: number, edges: Array<{ node: { position: string, type: string, actor: string, occurredAt: string, recordedAt: string, reason: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CadreAsOfQueryVariables = Exact<{
  id: string | number;
  asOf: string;
  basis?: TimeBasis | null | undefined;
}>;


export type CadreAsOfQuery = { cadreAsOf: { asOf: string, basis: TimeBasis, eventCount: number, registered: boolean, name: string | null, educationLevel: EducationLevel | null, politicalStatus: PoliticalStatus | null, posts: Array<{ villageId: string, committee: Committee, position: Position, method: AppointmentMethod, appointedOn: string }> } };

export type ElectionBoardQueryVariables = Exact<{
  townshipId?: string | number | null | undefined;
}>;


export type ElectionBoardQuery = { townships: Array<{ id: string, name: string }>, generalElections: Array<{ id: string, townshipId: string, startedOn: string, closedOn: string | null, status: ElectionStatus, villages: Array<{ villageId: string, name: string, closedOn: string | null, candidates: Array<{ cadreId: string, cadreName: string, committee: Committee, position: Position, reviewId: string, registeredOn: string, reviewStatus: CandidateReviewStatus, elected: boolean | null, votedOn: string | null }> }> }>, villages: { edges: Array<{ node: { id: string, name: string, townshipId: string, seats: Array<{ cadreId: string, cadreName: string, committee: Committee, position: Position }> | null } }> } };

export type VillageTermQueryVariables = Exact<{
  id: string | number;
}>;


export type VillageTermQuery = { village: { id: string, term: { startedOn: string, plannedEndOn: string, daysLeft: number } | null, election: { electionId: string, status: ElectionStatus, startedOn: string, closedOn: string | null } | null } | null };

export type StartGeneralElectionMutationVariables = Exact<{
  commandId: string | number;
  reason?: string | null | undefined;
  input: StartGeneralElectionInput;
}>;


export type StartGeneralElectionMutation = { startGeneralElection: { commandId: string, duplicate: boolean, derivedIds: Array<{ field: string, id: string }> } };

export type RegisterElectionCandidateMutationVariables = Exact<{
  commandId: string | number;
  reason?: string | null | undefined;
  input: RegisterElectionCandidateInput;
}>;


export type RegisterElectionCandidateMutation = { registerElectionCandidate: { commandId: string, duplicate: boolean, derivedIds: Array<{ field: string, id: string }> } };

export type RecordElectionResultMutationVariables = Exact<{
  commandId: string | number;
  reason?: string | null | undefined;
  input: RecordElectionResultInput;
}>;


export type RecordElectionResultMutation = { recordElectionResult: { commandId: string, duplicate: boolean, derivedIds: Array<{ field: string, id: string }> } };

export type ConcludeVillageElectionMutationVariables = Exact<{
  commandId: string | number;
  reason?: string | null | undefined;
  input: ConcludeVillageElectionInput;
}>;


export type ConcludeVillageElectionMutation = { concludeVillageElection: { commandId: string, duplicate: boolean, derivedIds: Array<{ field: string, id: string }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, username: string, displayName: string, role: Role, villageId: string | null, permissions: Array<{ field: string, reach: Reach }> } | null };

export type RevealPersonalFieldQueryVariables = Exact<{
  cadreId: string | number;
  field: RevealableField;
}>;


export type RevealPersonalFieldQuery = { revealPersonalField: string | null };

export type VillageServiceRequestsQueryVariables = Exact<{
  villageId: string | number;
  first?: number | null | undefined;
}>;


export type VillageServiceRequestsQuery = { serviceRequests: { totalCount: number, edges: Array<{ node: { id: string, villageId: string, description: string, raisedOn: string, status: ServiceRequestStatus, cadreId: string | null, dispatchedOn: string | null, acceptedOn: string | null, resolution: string | null, resolvedOn: string | null, rating: number | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RaiseServiceRequestMutationVariables = Exact<{
  commandId: string | number;
  reason?: string | null | undefined;
  input: RaiseServiceRequestInput;
}>;


export type RaiseServiceRequestMutation = { raiseServiceRequest: { commandId: string, duplicate: boolean, derivedIds: Array<{ field: string, id: string }> } };

export type DispatchServiceRequestMutationVariables = Exact<{
  commandId: string | number;
  reason?: string | null | undefined;
  input: DispatchServiceRequestInput;
}>;


export type DispatchServiceRequestMutation = { dispatchServiceRequest: { commandId: string, duplicate: boolean, derivedIds: Array<{ field: string, id: string }> } };

export type AcceptServiceRequestMutationVariables = Exact<{
  commandId: string | number;
  reason?: string | null | undefined;
  input: AcceptServiceRequestInput;
}>;


export type AcceptServiceRequestMutation = { acceptServiceRequest: { commandId: string, duplicate: boolean, derivedIds: Array<{ field: string, id: string }> } };

export type ResolveServiceRequestMutationVariables = Exact<{
  commandId: string | number;
  reason?: string | null | undefined;
  input: ResolveServiceRequestInput;
}>;


export type ResolveServiceRequestMutation = { resolveServiceRequest: { commandId: string, duplicate: boolean, derivedIds: Array<{ field: string, id: string }> } };

export type RateServiceRequestMutationVariables = Exact<{
  commandId: string | number;
  reason?: string | null | undefined;
  input: RateServiceRequestInput;
}>;


export type RateServiceRequestMutation = { rateServiceRequest: { commandId: string, duplicate: boolean, derivedIds: Array<{ field: string, id: string }> } };

export type SignInMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type SignInMutation = { signIn: { token: string, expiresAt: string, user: { id: string, username: string, displayName: string, role: Role, villageId: string | null } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type EducationStructureFieldsFragment = { total: number, bachelorOrAbove: number, bachelorOrAboveShare: number, juniorCollegeOrAbove: number, juniorCollegeOrAboveShare: number, byLevel: Array<{ level: EducationLevel, count: number }> };

export type StatisticsQueryVariables = Exact<{
  year?: number | null | undefined;
  villageId?: string | number | null | undefined;
  asOf?: string | null | undefined;
}>;


export type StatisticsQuery = { statistics: { asOf: string, year: number, villages: number, communities: number, partySecretaries: number, committeeMembers: number, reserveCadres: number, oneShoulderShare: number, trainingSessions: number, internalTrainingSessions: number, externalTrainingSessions: number, externalTrainingSecretaries: number, trainingCoverage: number, admonishments: number, pledgesMade: number, pledgeItems: number, pledgesEvaluated: number, honors: number, honorsDistrictOrAbove: number, honoredDistrictOrAbove: number, serviceRequestsResolved: number, committeeEducation: { total: number, bachelorOrAbove: number, bachelorOrAboveShare: number, juniorCollegeOrAbove: number, juniorCollegeOrAboveShare: number, byLevel: Array<{ level: EducationLevel, count: number }> }, reserveEducation: { total: number, bachelorOrAbove: number, bachelorOrAboveShare: number, juniorCollegeOrAbove: number, juniorCollegeOrAboveShare: number, byLevel: Array<{ level: EducationLevel, count: number }> }, reserveSources: Array<{ key: string, count: number }>, committeeAge: { averageAge: number, under35Share: number, over60Share: number, bands: Array<{ band: string, count: number }> }, committeeGender: { male: number, female: number, femaleShare: number }, residentsRatings: Array<{ key: string, count: number }>, organizationRatings: Array<{ key: string, count: number }>, honorsByLevel: Array<{ key: string, count: number }> } };

export type RegisterTownshipMutationVariables = Exact<{
  commandId: string | number;
  reason?: string | null | undefined;
  input: RegisterTownshipInput;
}>;


export type RegisterTownshipMutation = { registerTownship: { commandId: string, duplicate: boolean, derivedIds: Array<{ field: string, id: string }> } };

export type ChangeTownshipSettingsMutationVariables = Exact<{
  commandId: string | number;
  reason?: string | null | undefined;
  input: ChangeTownshipSettingsInput;
}>;


export type ChangeTownshipSettingsMutation = { changeTownshipSettings: { commandId: string, duplicate: boolean, derivedIds: Array<{ field: string, id: string }> } };

export type RegisterVillageMutationVariables = Exact<{
  commandId: string | number;
  reason?: string | null | undefined;
  input: RegisterVillageInput;
}>;


export type RegisterVillageMutation = { registerVillage: { commandId: string, duplicate: boolean, derivedIds: Array<{ field: string, id: string }> } };

export type TrainingSessionsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type TrainingSessionsQuery = { trainings: { totalCount: number, edges: Array<{ node: { id: string, townshipId: string, topic: string, kind: TrainingKind, date: string, place: string, heldOn: string | null, attendeeCount: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ScheduleTrainingMutationVariables = Exact<{
  commandId: string | number;
  reason?: string | null | undefined;
  input: ScheduleTrainingInput;
}>;


export type ScheduleTrainingMutation = { scheduleTraining: { commandId: string, duplicate: boolean, derivedIds: Array<{ field: string, id: string }> } };

export type RecordTrainingHeldMutationVariables = Exact<{
  commandId: string | number;
  reason?: string | null | undefined;
  input: RecordTrainingHeldInput;
}>;


export type RecordTrainingHeldMutation = { recordTrainingHeld: { commandId: string, duplicate: boolean, derivedIds: Array<{ field: string, id: string }> } };

export type RecordCommitteeReviewMutationVariables = Exact<{
  commandId: string | number;
  reason?: string | null | undefined;
  input: RecordCommitteeReviewInput;
}>;


export type RecordCommitteeReviewMutation = { recordCommitteeReview: { commandId: string, duplicate: boolean, derivedIds: Array<{ field: string, id: string }> } };

export type ResolveEarlyWarningMutationVariables = Exact<{
  commandId: string | number;
  reason?: string | null | undefined;
  input: ResolveEarlyWarningInput;
}>;


export type ResolveEarlyWarningMutation = { resolveEarlyWarning: { commandId: string, duplicate: boolean, derivedIds: Array<{ field: string, id: string }> } };

export type SeatFieldsFragment = { committee: Committee, position: Position, cadreId: string, cadreName: string, appointedOn: string };

export type WarningFieldsFragment = { issueId: string, source: string, villageId: string | null, cadreId: string | null, description: string, raisedOn: string, resolvedOn: string | null, correctiveAction: string | null };

export type VillagesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type VillagesQuery = { villages: { totalCount: number, edges: Array<{ node: { id: string, townshipId: string, name: string, kind: VillageKind, seats: Array<{ committee: Committee, position: Position, cadreId: string, cadreName: string, appointedOn: string }> | null, reserveCadres: Array<{ id: string }> | null, openWarnings: Array<{ issueId: string }> | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type VillageOptionsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type VillageOptionsQuery = { villages: { totalCount: number, edges: Array<{ node: { id: string, name: string, kind: VillageKind, townshipId: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type VillageQueryVariables = Exact<{
  id: string | number;
}>;


export type VillageQuery = { village: { id: string, townshipId: string, name: string, kind: VillageKind, seats: Array<{ committee: Committee, position: Position, cadreId: string, cadreName: string, appointedOn: string }> | null, reserveCadres: Array<{ id: string, name: string, gender: Gender, birthDate: string, educationLevel: EducationLevel, reserve: { source: ReserveSource, tier: number, enlistedOn: string } | null }> | null, openWarnings: Array<{ issueId: string, source: string, villageId: string | null, cadreId: string | null, description: string, raisedOn: string, resolvedOn: string | null, correctiveAction: string | null }> | null } | null };

export type TownshipsQueryVariables = Exact<{ [key: string]: never; }>;


export type TownshipsQuery = { townships: Array<{ id: string, name: string, district: string, admonishmentThreshold: number, reviewOpenTooLongDays: number, serviceRequestUnresolvedDays: number, reserveCadreAgeThreshold: number, committeeMemberAgeThreshold: number, termReminderMonths: Array<number>, reviewingDepartments: Array<{ code: string, name: string }> }> };

export type AppointmentFormViewQueryVariables = Exact<{
  cadreId: string | number;
  asOf?: string | null | undefined;
}>;


export type AppointmentFormViewQuery = { appointmentForm: { cadreId: string, asOf: string, name: string, gender: string, birthDate: string, age: number, ethnicity: string, nativePlace: string, birthplace: string, politicalStatus: string, partyJoinDate: string, workStartDate: string, health: string, professionalTitle: string, speciality: string, idNumber: string, photoUrl: string | null, currentPost: string, proposedPost: string, postToLeave: string, rewardsAndPenalties: string, annualAssessments: string, appointmentReason: string, reportingUnit: string, filledBy: string, preparedOn: string, position: string, chainHead: string, masked: boolean, fullTimeEducation: { level: string, degree: string, school: string, major: string }, onTheJobEducation: { level: string, degree: string, school: string, major: string }, resume: Array<{ from: string, to: string, description: string }>, familyMembers: Array<{ relation: string, name: string, birthDate: string, age: string, politicalStatus: string, employerAndPost: string }> } | null };

export type AppointmentFormFileQueryVariables = Exact<{
  cadreId: string | number;
  asOf?: string | null | undefined;
  format: AppointmentFormFormat;
}>;


export type AppointmentFormFileQuery = { appointmentFormDocument: { fileName: string, contentType: string, base64: string, position: string, chainHead: string } };

export type ImportLrmxFileMutationVariables = Exact<{
  input: ImportLrmxInput;
}>;


export type ImportLrmxFileMutation = { importLrmx: { cadreId: string, registered: boolean, corrected: boolean, photoChanged: boolean, formPrepared: boolean, position: string } };

export type CadrePhotoQueryVariables = Exact<{
  id: string | number;
}>;


export type CadrePhotoQuery = { cadre: { id: string, photoUrl: string | null } | null };

export type ChangeCadrePhotoOnFileMutationVariables = Exact<{
  commandId: string | number;
  input: ChangeCadrePhotoInput;
}>;


export type ChangeCadrePhotoOnFileMutation = { changeCadrePhoto: { position: string } };

export type DueItemsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  villageId?: string | number | null | undefined;
  rule?: DueRule | null | undefined;
}>;


export type DueItemsQuery = { dueItems: { totalCount: number, edges: Array<{ node: { id: string, rule: DueRule, ruleText: string, detail: string, villageId: string | null, villageName: string | null, cadreId: string | null, cadreName: string | null, dueOn: string, reminder: { id: string, issuedOn: string, remindedMe: boolean, acknowledgedOn: string | null, acknowledgedBy: { username: string | null, displayName: string | null } | null } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DueCountQueryVariables = Exact<{ [key: string]: never; }>;


export type DueCountQuery = { dueItems: { totalCount: number } };

export type RemindersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  villageId?: string | number | null | undefined;
  rule?: DueRule | null | undefined;
  acknowledged?: boolean | null | undefined;
}>;


export type RemindersQuery = { reminders: { totalCount: number, edges: Array<{ node: { id: string, rule: DueRule, ruleText: string, villageName: string | null, cadreName: string | null, dueOn: string, issuedOn: string, acknowledgedOn: string | null, daysToAcknowledge: number | null, stillDue: boolean, recipients: Array<{ actor: string, username: string | null, displayName: string | null }>, acknowledgedBy: { username: string | null, displayName: string | null } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AcknowledgeReminderMutationVariables = Exact<{
  commandId: string | number;
  reason?: string | null | undefined;
  input: AcknowledgeReminderInput;
}>;


export type AcknowledgeReminderMutation = { acknowledgeReminder: { commandId: string, duplicate: boolean, derivedIds: Array<{ field: string, id: string }> } };

export const CommandPayloadFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commandId"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"derivedIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CommandPayloadFieldsFragment, unknown>;
export const RequestCardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRequestCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"villageName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"raisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cadreId"}},{"kind":"Field","name":{"kind":"Name","value":"cadreName"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedOn"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"daysOpen"}}]}}]} as unknown as DocumentNode<RequestCardFieldsFragment, unknown>;
export const PageInfoFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<PageInfoFieldsFragment, unknown>;
export const RosterImportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RosterImportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RosterImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"validRows"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyWritten"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"messageEn"}}]}}]}}]} as unknown as DocumentNode<RosterImportFieldsFragment, unknown>;
export const EducationRecordFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EducationRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EducationRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"school"}},{"kind":"Field","name":{"kind":"Name","value":"major"}}]}}]} as unknown as DocumentNode<EducationRecordFieldsFragment, unknown>;
export const ReviewFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QualificationReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewId"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"committee"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"concludedOn"}}]}}]} as unknown as DocumentNode<ReviewFieldsFragment, unknown>;
export const PostFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"committee"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"appointedOn"}}]}}]} as unknown as DocumentNode<PostFieldsFragment, unknown>;
export const EducationStructureFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EducationStructureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EducationStructure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bachelorOrAbove"}},{"kind":"Field","name":{"kind":"Name","value":"bachelorOrAboveShare"}},{"kind":"Field","name":{"kind":"Name","value":"juniorCollegeOrAbove"}},{"kind":"Field","name":{"kind":"Name","value":"juniorCollegeOrAboveShare"}}]}}]} as unknown as DocumentNode<EducationStructureFieldsFragment, unknown>;
export const SeatFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeatFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Seat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committee"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"cadreId"}},{"kind":"Field","name":{"kind":"Name","value":"cadreName"}},{"kind":"Field","name":{"kind":"Name","value":"appointedOn"}}]}}]} as unknown as DocumentNode<SeatFieldsFragment, unknown>;
export const WarningFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EarlyWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueId"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"cadreId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"raisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"correctiveAction"}}]}}]} as unknown as DocumentNode<WarningFieldsFragment, unknown>;
export const AppointmentCandidateDocument = {"__meta__":{"hash":"0769611046b05bc91a872502ac996b709f11beefd9cc347329f15f6457532a85"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppointmentCandidate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cadre"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"townshipId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"committee"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"appointedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualificationReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QualificationReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewId"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"committee"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"concludedOn"}}]}}]} as unknown as DocumentNode<AppointmentCandidateQuery, AppointmentCandidateQueryVariables>;
export const OpenQualificationReviewDocument = {"__meta__":{"hash":"1c0ea287dd2f0b51f14268cef449437e1e08024345c48e98610a823c261af1cf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenQualificationReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenQualificationReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openQualificationReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"commandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commandId"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"derivedIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OpenQualificationReviewMutation, OpenQualificationReviewMutationVariables>;
export const RecordDepartmentVerdictDocument = {"__meta__":{"hash":"7abba1fb83b8db44a0d207936e1e1f25662a2f962904c22c1f3b20ef389ef39f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDepartmentVerdict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDepartmentVerdictInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDepartmentVerdict"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"commandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commandId"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"derivedIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordDepartmentVerdictMutation, RecordDepartmentVerdictMutationVariables>;
export const ConcludeQualificationReviewDocument = {"__meta__":{"hash":"4b12231c7c4c254ce82da97d73e9806ae6dfb455e7e524f59bfa2baa1038cc54"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConcludeQualificationReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConcludeQualificationReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"concludeQualificationReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"commandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commandId"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"derivedIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConcludeQualificationReviewMutation, ConcludeQualificationReviewMutationVariables>;
export const AppointCadreDocument = {"__meta__":{"hash":"e463a4245b0293000f024b9738187aadb6fe8fc829145aa2ab991d9fa6752cb0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppointCadre"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppointCadreInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointCadre"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"commandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commandId"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"cadre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppointCadreMutation, AppointCadreMutationVariables>;
export const EventLogDocument = {"__meta__":{"hash":"a7cc3884ea0dad7953180920846e0f71700147ee9055d9479248fe98b955182e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventLogFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"streamId"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"subjectName"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<EventLogQuery, EventLogQueryVariables>;
export const EventLogActorsDocument = {"__meta__":{"hash":"5f3b8135c625bda71fe71b8ae012569a0301bc5b2ef52235261fdacfb227841f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventLogActors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventLogActors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}}]}}]}}]} as unknown as DocumentNode<EventLogActorsQuery, EventLogActorsQueryVariables>;
export const IntegrityCheckDocument = {"__meta__":{"hash":"81f163dfc9d84fda2ce378fced1aefe6446cbb5bcb52ef5e188e9d76ecaf21eb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IntegrityCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"integrityCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"streams"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstBroken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fault"}},{"kind":"Field","name":{"kind":"Name","value":"streamId"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ruleViolations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"streamId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<IntegrityCheckQuery, IntegrityCheckQueryVariables>;
export const PersonalDataReadsDocument = {"__meta__":{"hash":"327c76a59e6eadfa2efbc5b76814c09d5e411720dda15aed509ddbf57f7ac369"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonalDataReads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cadreId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actor"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"readFrom"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"readTo"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personalDataReads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cadreId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cadreId"}}},{"kind":"Argument","name":{"kind":"Name","value":"actor"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actor"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"readFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"readFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"readTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"readTo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"cadreId"}},{"kind":"Field","name":{"kind":"Name","value":"cadreName"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]} as unknown as DocumentNode<PersonalDataReadsQuery, PersonalDataReadsQueryVariables>;
export const ReservePoolDocument = {"__meta__":{"hash":"d34f1989e2e25053a90535be31984dbfb55d6ffab3b03a41a080d0f58bca47c2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReservePool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tier"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReserveSource"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mentored"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReservePoolSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"descending"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reservePool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"tier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tier"}}},{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}},{"kind":"Argument","name":{"kind":"Name","value":"mentored"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mentored"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"descending"},"value":{"kind":"Variable","name":{"kind":"Name","value":"descending"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cadreId"}},{"kind":"Field","name":{"kind":"Name","value":"cadreName"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"educationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"villageName"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"enlistedOn"}},{"kind":"Field","name":{"kind":"Name","value":"mentors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"townshipLeader"}},{"kind":"Field","name":{"kind":"Name","value":"secretaryName"}},{"kind":"Field","name":{"kind":"Name","value":"memberNames"}},{"kind":"Field","name":{"kind":"Name","value":"assignedOn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<ReservePoolQuery, ReservePoolQueryVariables>;
export const TrainingSessionBoardDocument = {"__meta__":{"hash":"e596e147b41558e82516f627e73398e7a0881bceb7295c9002ab96db23f2d433"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingSessionBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"held"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"reverse"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"held"},"value":{"kind":"Variable","name":{"kind":"Name","value":"held"}}},{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"townshipId"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeIds"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<TrainingSessionBoardQuery, TrainingSessionBoardQueryVariables>;
export const TrainingCoverageDocument = {"__meta__":{"hash":"7807c655adf58cd7e717a8b69d14e4209a03b61c8e3bac69927c3fc0a7e44b6e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"villageName"}},{"kind":"Field","name":{"kind":"Name","value":"cadreCount"}},{"kind":"Field","name":{"kind":"Name","value":"trainedCount"}},{"kind":"Field","name":{"kind":"Name","value":"untrainedCount"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}}]} as unknown as DocumentNode<TrainingCoverageQuery, TrainingCoverageQueryVariables>;
export const UntrainedCadresDocument = {"__meta__":{"hash":"14f20c56daca4fedef82eae5ce251d1d4b45a1de94dfab86f0d9dfcca46ec613"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UntrainedCadres"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UntrainedCadreSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"descending"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"untrainedCadres"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"descending"},"value":{"kind":"Variable","name":{"kind":"Name","value":"descending"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cadreId"}},{"kind":"Field","name":{"kind":"Name","value":"cadreName"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"villageName"}},{"kind":"Field","name":{"kind":"Name","value":"lastTrainedOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<UntrainedCadresQuery, UntrainedCadresQueryVariables>;
export const PledgeBoardDocument = {"__meta__":{"hash":"3e56146b86553ac6eed30eb41d590a6506a6157042311d36a128a047e53e44ae"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PledgeBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PledgeStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PledgeBoardSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"descending"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pledgeBoard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"descending"},"value":{"kind":"Variable","name":{"kind":"Name","value":"descending"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cadreId"}},{"kind":"Field","name":{"kind":"Name","value":"cadreName"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"villageName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"madeOn"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"progressOn"}},{"kind":"Field","name":{"kind":"Name","value":"residentsRating"}},{"kind":"Field","name":{"kind":"Name","value":"organizationRating"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<PledgeBoardQuery, PledgeBoardQueryVariables>;
export const PledgeStageCountsDocument = {"__meta__":{"hash":"512e915d775cd7d3559b529e78642503663e574652e7d219d34f24723e1e25b8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PledgeStageCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pledgeStageCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"made"}},{"kind":"Field","name":{"kind":"Name","value":"progressReported"}},{"kind":"Field","name":{"kind":"Name","value":"evaluated"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<PledgeStageCountsQuery, PledgeStageCountsQueryVariables>;
export const AdmonishmentsDueDocument = {"__meta__":{"hash":"0f99a1d0684676ce25352536fdc5830023297d2ea31233ee105f9d823965497d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdmonishmentsDue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"admonishmentsDue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueId"}},{"kind":"Field","name":{"kind":"Name","value":"cadreId"}},{"kind":"Field","name":{"kind":"Name","value":"cadreName"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"villageName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"raisedOn"}}]}}]}}]} as unknown as DocumentNode<AdmonishmentsDueQuery, AdmonishmentsDueQueryVariables>;
export const LeaveReservePoolDocument = {"__meta__":{"hash":"2749f4cc20af04f854c65b9bb07aebd5fe8d00cb0216c3db2e7e1be9fa8a174c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeaveReservePool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeaveReservePoolInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveReservePool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"commandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commandId"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"derivedIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LeaveReservePoolMutation, LeaveReservePoolMutationVariables>;
export const TalkRecordsDocument = {"__meta__":{"hash":"80331f3d8106cdc3100036a3d2999628bf06922cd92064750334f2c73b21ae5a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TalkRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TalkSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"descending"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InterviewKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"talkRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"descending"},"value":{"kind":"Variable","name":{"kind":"Name","value":"descending"}}},{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cadreId"}},{"kind":"Field","name":{"kind":"Name","value":"cadreName"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"villageName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"interviewer"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<TalkRecordsQuery, TalkRecordsQueryVariables>;
export const WarningRecordsDocument = {"__meta__":{"hash":"d7af68828c0c23d909e532084209f94031d0a1abf5f492d2d04baa4038717aa9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WarningRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WarningSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"descending"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EarlyWarningSource"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"open"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"raisedFrom"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"raisedTo"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warningRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"descending"},"value":{"kind":"Variable","name":{"kind":"Name","value":"descending"}}},{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}},{"kind":"Argument","name":{"kind":"Name","value":"open"},"value":{"kind":"Variable","name":{"kind":"Name","value":"open"}}},{"kind":"Argument","name":{"kind":"Name","value":"raisedFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"raisedFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"raisedTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"raisedTo"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueId"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"villageName"}},{"kind":"Field","name":{"kind":"Name","value":"cadreId"}},{"kind":"Field","name":{"kind":"Name","value":"cadreName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"raisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"correctiveAction"}},{"kind":"Field","name":{"kind":"Name","value":"daysOpen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<WarningRecordsQuery, WarningRecordsQueryVariables>;
export const CommitteeReviewsDocument = {"__meta__":{"hash":"9885d113d63885272f61a05f7962089557192a9c3f834bec269316c46ef6acb8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommitteeReviews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CommitteeReviewSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"descending"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committeeReviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"descending"},"value":{"kind":"Variable","name":{"kind":"Name","value":"descending"}}},{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"villageName"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedOn"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"warningCount"}},{"kind":"Field","name":{"kind":"Name","value":"openWarningCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<CommitteeReviewsQuery, CommitteeReviewsQueryVariables>;
export const RequestCardsDocument = {"__meta__":{"hash":"3ac97405af42ea01cde3aaabd2115012f873b8294d8000bb8bf88bf800ac48e3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestCards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRequestSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"descending"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRequestStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"raisedFrom"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"raisedTo"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRequestCards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"descending"},"value":{"kind":"Variable","name":{"kind":"Name","value":"descending"}}},{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"raisedFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"raisedFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"raisedTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"raisedTo"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequestCardFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRequestCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"villageName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"raisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cadreId"}},{"kind":"Field","name":{"kind":"Name","value":"cadreName"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedOn"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"daysOpen"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<RequestCardsQuery, RequestCardsQueryVariables>;
export const RequestColumnsDocument = {"__meta__":{"hash":"e69449fac475a0f02dea19c553e45dd88a672aa3ecf6ffd7ca3653b0416c4661"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestColumns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"raisedFrom"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"raisedTo"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"raised"},"name":{"kind":"Name","value":"serviceRequestCards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"6"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"RAISED"}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"EnumValue","value":"DAYS_OPEN"}},{"kind":"Argument","name":{"kind":"Name","value":"descending"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"raisedFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"raisedFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"raisedTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"raisedTo"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequestCardFields"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"dispatched"},"name":{"kind":"Name","value":"serviceRequestCards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"6"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"DISPATCHED"}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"EnumValue","value":"DAYS_OPEN"}},{"kind":"Argument","name":{"kind":"Name","value":"descending"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"raisedFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"raisedFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"raisedTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"raisedTo"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequestCardFields"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"accepted"},"name":{"kind":"Name","value":"serviceRequestCards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"6"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACCEPTED"}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"EnumValue","value":"DAYS_OPEN"}},{"kind":"Argument","name":{"kind":"Name","value":"descending"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"raisedFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"raisedFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"raisedTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"raisedTo"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequestCardFields"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"resolved"},"name":{"kind":"Name","value":"serviceRequestCards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"6"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"RESOLVED"}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"EnumValue","value":"DAYS_OPEN"}},{"kind":"Argument","name":{"kind":"Name","value":"descending"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"raisedFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"raisedFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"raisedTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"raisedTo"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequestCardFields"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"rated"},"name":{"kind":"Name","value":"serviceRequestCards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"6"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"RATED"}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"EnumValue","value":"DAYS_OPEN"}},{"kind":"Argument","name":{"kind":"Name","value":"descending"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"raisedFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"raisedFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"raisedTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"raisedTo"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequestCardFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRequestCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"villageName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"raisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cadreId"}},{"kind":"Field","name":{"kind":"Name","value":"cadreName"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedOn"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"daysOpen"}}]}}]} as unknown as DocumentNode<RequestColumnsQuery, RequestColumnsQueryVariables>;
export const HonorRecordsDocument = {"__meta__":{"hash":"3dbbd4392579da15fde8f193ca895c8d7280502afb4437a1733ac8fae3b3dfa3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HonorRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"HonorSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"descending"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"HonorLevel"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"honorRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"descending"},"value":{"kind":"Variable","name":{"kind":"Name","value":"descending"}}},{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cadreId"}},{"kind":"Field","name":{"kind":"Name","value":"cadreName"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"villageName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"awardingBody"}},{"kind":"Field","name":{"kind":"Name","value":"awardedOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<HonorRecordsQuery, HonorRecordsQueryVariables>;
export const AssessmentRecordsDocument = {"__meta__":{"hash":"0eecda17ecc12717731f677a9e1a7964119624b26f5e5fc99095aa37b6d01b5b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"descending"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grade"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationGrade"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"descending"},"value":{"kind":"Variable","name":{"kind":"Name","value":"descending"}}},{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"grade"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grade"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cadreId"}},{"kind":"Field","name":{"kind":"Name","value":"cadreName"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"villageName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"bonus"}},{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<AssessmentRecordsQuery, AssessmentRecordsQueryVariables>;
export const BenefitRecordsDocument = {"__meta__":{"hash":"67721485fee5bc76080706fc005df1e24b1c02abe7d7c4af0fd269157b192dbf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenefitRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BenefitSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"descending"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BenefitKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benefitRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"descending"},"value":{"kind":"Variable","name":{"kind":"Name","value":"descending"}}},{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cadreId"}},{"kind":"Field","name":{"kind":"Name","value":"cadreName"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"villageName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<BenefitRecordsQuery, BenefitRecordsQueryVariables>;
export const CorrectCadreProfileDocument = {"__meta__":{"hash":"958f5cc0c0cc4ac6bf6276ba2fdf82c245a0bd3ed5de40c0be1e8c41e5b5c729"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectCadreProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectCadreProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctCadreProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"commandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commandId"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"derivedIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CorrectCadreProfileMutation, CorrectCadreProfileMutationVariables>;
export const ErasePersonalDataDocument = {"__meta__":{"hash":"53ab4e275b99ca1a05ba128c08e565aaf5e2154ccb156778a0978651c1d3794a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ErasePersonalData"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ErasePersonalDataInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"erasePersonalData"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"commandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commandId"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"derivedIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ErasePersonalDataMutation, ErasePersonalDataMutationVariables>;
export const LeavePostDocument = {"__meta__":{"hash":"bd5c11b838c85c8a010b51e5b48019c0a49def4253519e9fc825f2ae401a4820"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeavePost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeavePostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leavePost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"commandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commandId"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"derivedIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LeavePostMutation, LeavePostMutationVariables>;
export const EnlistReserveCadreDocument = {"__meta__":{"hash":"da9f089bd74e3aac402d40cf51f135208b86badf13f9653c66caf11c4eae76e9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnlistReserveCadre"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnlistReserveCadreInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enlistReserveCadre"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"commandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commandId"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"derivedIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<EnlistReserveCadreMutation, EnlistReserveCadreMutationVariables>;
export const ChangeReserveTierDocument = {"__meta__":{"hash":"01221e1ce20f60e545da60ceea5d67fbe536fec6003a941c187eb031be4bce60"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeReserveTier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeReserveTierInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeReserveTier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"commandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commandId"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"derivedIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ChangeReserveTierMutation, ChangeReserveTierMutationVariables>;
export const AssignMentorsDocument = {"__meta__":{"hash":"8465b7c101bf0dc6870a3633d30ce3f920f3b75de19b995ad2998ff0056e675e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignMentors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignMentorsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignMentors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"commandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commandId"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"derivedIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AssignMentorsMutation, AssignMentorsMutationVariables>;
export const RecordTrainingDocument = {"__meta__":{"hash":"cba4f8d47e2906ef3b7e491dd85f566d916e545667e868a2a57a114d06586513"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordTraining"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTrainingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTraining"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"commandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commandId"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"derivedIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordTrainingMutation, RecordTrainingMutationVariables>;
export const RecordInterviewDocument = {"__meta__":{"hash":"f9f80f7a4cc14b89ea1a7ba3b1e3550f1813f42aee1a1dd548f02175c451b97e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordInterview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordInterviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordInterview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"commandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commandId"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"derivedIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordInterviewMutation, RecordInterviewMutationVariables>;
export const UpdatePoliticalPortraitDocument = {"__meta__":{"hash":"a42b425505370fb8e80916e71e41179f4f8884ce76f28c22243fe5a23ece23ad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePoliticalPortrait"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePoliticalPortraitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePoliticalPortrait"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"commandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commandId"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"derivedIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdatePoliticalPortraitMutation, UpdatePoliticalPortraitMutationVariables>;
export const EnrollEducationDocument = {"__meta__":{"hash":"b7224ff1b9faf6eacb6b971bce0117949649f5bca4d007c739491d655e24e2c0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnrollEducation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrollEducationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollEducation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"commandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commandId"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"derivedIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<EnrollEducationMutation, EnrollEducationMutationVariables>;
export const CompleteEducationDocument = {"__meta__":{"hash":"17a20d4e38a6140aee48e9ee4093a26064c7ebf2b68e76ab8192751a37cc8bd7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteEducation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteEducationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeEducation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"commandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commandId"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"derivedIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CompleteEducationMutation, CompleteEducationMutationVariables>;
export const MakePledgeDocument = {"__meta__":{"hash":"7e3a17d3d154fdf9357e2ee292e6984130842e180fde1de94c1239ca0b1927c4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MakePledge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MakePledgeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"makePledge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"commandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commandId"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"derivedIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MakePledgeMutation, MakePledgeMutationVariables>;
export const ReportPledgeProgressDocument = {"__meta__":{"hash":"8c49eaa625baaa4d549baa1310f7fabee9d5c074299f34d9850c172c02088c2b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportPledgeProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportPledgeProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportPledgeProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"commandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commandId"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"derivedIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReportPledgeProgressMutation, ReportPledgeProgressMutationVariables>;
export const EvaluatePledgeDocument = {"__meta__":{"hash":"ca7e129839269475299616391c56a35660389b3f59cf22cc970b4040da96c445"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvaluatePledge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluatePledgeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluatePledge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"commandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commandId"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"derivedIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<EvaluatePledgeMutation, EvaluatePledgeMutationVariables>;
export const HonorCadreDocument = {"__meta__":{"hash":"e4ccafd1a98eef2189820edbc2e76788fdde075a888801dc5ad312c70e05a48c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HonorCadre"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HonorCadreInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"honorCadre"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"commandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commandId"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"derivedIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<HonorCadreMutation, HonorCadreMutationVariables>;
export const RecordAnnualAssessmentDocument = {"__meta__":{"hash":"2abffb12aca2b1e2885b9140b0d826e5211bd0afcfffdde2600db96db878e596"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAnnualAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAnnualAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAnnualAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"commandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commandId"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"derivedIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordAnnualAssessmentMutation, RecordAnnualAssessmentMutationVariables>;
export const GrantBenefitDocument = {"__meta__":{"hash":"8766e264904acb9bbce56ee7ef9bf3ca048fa9560018daad14881752836f0aeb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantBenefit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantBenefitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantBenefit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"commandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commandId"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"derivedIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<GrantBenefitMutation, GrantBenefitMutationVariables>;
export const RosterDocument = {"__meta__":{"hash":"8c6930a7e774409df30f773e734d540a39478d72f008f751f7648ab833edee1e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Roster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CadreRole"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cadres"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"maskedIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"educationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"politicalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"committee"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"appointedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reserve"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<RosterQuery, RosterQueryVariables>;
export const RegisterCadreDocument = {"__meta__":{"hash":"3fef8161a6c73f6d2c2ad55096ab7147d915a5fa0838cda8535f70397e528693"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterCadre"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterCadreInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerCadre"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"commandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"cadre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterCadreMutation, RegisterCadreMutationVariables>;
export const SpreadsheetDocument = {"__meta__":{"hash":"772720587d999fd02d838fc13277efd2793c689b0abfa4ae8487405cab7ad5f4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Spreadsheet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SpreadsheetKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filters"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SpreadsheetFilters"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spreadsheet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"filters"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filters"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"chainHead"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}}]}}]} as unknown as DocumentNode<SpreadsheetQuery, SpreadsheetQueryVariables>;
export const RosterImportTemplateDocument = {"__meta__":{"hash":"14d919455a310c138a2dbea1baa02f5f456ff0a18536ecec44d4931e7c153566"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RosterImportTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rosterImportTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]}}]} as unknown as DocumentNode<RosterImportTemplateQuery, RosterImportTemplateQueryVariables>;
export const CheckRosterImportDocument = {"__meta__":{"hash":"3a25fef613ee311d5a267be484a82717805df4b1b25d481afbe14333173ba8c8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CheckRosterImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkRosterImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RosterImportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RosterImportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RosterImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"validRows"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyWritten"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"messageEn"}}]}}]}}]} as unknown as DocumentNode<CheckRosterImportQuery, CheckRosterImportQueryVariables>;
export const ImportRosterDocument = {"__meta__":{"hash":"cc07755b18d0ea92eef6607d1bedf83c9cdd23fe40390687a669e31ec9660809"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportRoster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"onlyValidRows"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importRoster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}},{"kind":"Argument","name":{"kind":"Name","value":"onlyValidRows"},"value":{"kind":"Variable","name":{"kind":"Name","value":"onlyValidRows"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RosterImportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RosterImportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RosterImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"validRows"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyWritten"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"messageEn"}}]}}]}}]} as unknown as DocumentNode<ImportRosterMutation, ImportRosterMutationVariables>;
export const RosterImportProgressDocument = {"__meta__":{"hash":"969126ed885904a5abf34f98c12c7f7776876aa6cc526e2077f570def8c13b5c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RosterImportProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rosterImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RosterImportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RosterImportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RosterImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"validRows"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyWritten"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"messageEn"}}]}}]}}]} as unknown as DocumentNode<RosterImportProgressQuery, RosterImportProgressQueryVariables>;
export const DossierDocument = {"__meta__":{"hash":"cfa5bd44cd6558305f838705a6b1ee7bb83bf7d597850dda5af0c0ee4e2107fa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dossier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cadre"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicity"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"politicalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"educationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"nativePlace"}},{"kind":"Field","name":{"kind":"Name","value":"birthplace"}},{"kind":"Field","name":{"kind":"Name","value":"partyJoinDate"}},{"kind":"Field","name":{"kind":"Name","value":"workStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"professionalTitle"}},{"kind":"Field","name":{"kind":"Name","value":"speciality"}},{"kind":"Field","name":{"kind":"Name","value":"fullTimeEducation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EducationRecordFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onTheJobEducation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EducationRecordFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resume"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rewardsAndPenalties"}},{"kind":"Field","name":{"kind":"Name","value":"withheldFields"}},{"kind":"Field","name":{"kind":"Name","value":"familyMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"politicalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"employerAndPost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"townshipId"}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeatFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"postHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"committee"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"appointedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewId"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"leavingReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reserve"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"enlistedOn"}},{"kind":"Field","name":{"kind":"Name","value":"mentors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"townshipLeader"}},{"kind":"Field","name":{"kind":"Name","value":"secretaryCadreId"}},{"kind":"Field","name":{"kind":"Name","value":"memberCadreIds"}},{"kind":"Field","name":{"kind":"Name","value":"assignedOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"portrait"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"basedOn"}},{"kind":"Field","name":{"kind":"Name","value":"updatedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualificationReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingId"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"trainedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"interviewer"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"votes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excellent"}},{"kind":"Field","name":{"kind":"Name","value":"competent"}},{"kind":"Field","name":{"kind":"Name","value":"basicallyCompetent"}},{"kind":"Field","name":{"kind":"Name","value":"incompetent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"education"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"school"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pledges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"madeOn"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"progressOn"}},{"kind":"Field","name":{"kind":"Name","value":"residentsRating"}},{"kind":"Field","name":{"kind":"Name","value":"organizationRating"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"honors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"awardingBody"}},{"kind":"Field","name":{"kind":"Name","value":"awardedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"bonus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"benefits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openWarnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WarningFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EducationRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EducationRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"school"}},{"kind":"Field","name":{"kind":"Name","value":"major"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeatFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Seat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committee"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"cadreId"}},{"kind":"Field","name":{"kind":"Name","value":"cadreName"}},{"kind":"Field","name":{"kind":"Name","value":"appointedOn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"committee"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"appointedOn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QualificationReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewId"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"committee"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"concludedOn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EarlyWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueId"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"cadreId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"raisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"correctiveAction"}}]}}]} as unknown as DocumentNode<DossierQuery, DossierQueryVariables>;
export const CadreNameDocument = {"__meta__":{"hash":"6e21fc31e11b82691a62683db31247e1f08d2c2fe8be6d9ab51ff8c9d0348afe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CadreName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cadre"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CadreNameQuery, CadreNameQueryVariables>;
export const CadreHistoryDocument = {"__meta__":{"hash":"67b6c108673f06a7c98b18ea4df9987cb18a22a75fb0b7955d0f33e62dc18695"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CadreHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cadreHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<CadreHistoryQuery, CadreHistoryQueryVariables>;
export const CadreAsOfDocument = {"__meta__":{"hash":"9ea7f31bf0dc52a4016e5a2866acbeca36928275ff08f16659cb9a8a35a68e33"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CadreAsOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"basis"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeBasis"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cadreAsOf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"basis"},"value":{"kind":"Variable","name":{"kind":"Name","value":"basis"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"eventCount"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"educationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"politicalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"committee"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"appointedOn"}}]}}]} as unknown as DocumentNode<CadreAsOfQuery, CadreAsOfQueryVariables>;
export const ElectionBoardDocument = {"__meta__":{"hash":"28f228a312ff720b01f5d81f30ce1c9d4ee5020d70ee2a459394cad4ae5b2ff3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ElectionBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"townshipId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"townships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"generalElections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"townshipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"townshipId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"townshipId"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"villages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cadreId"}},{"kind":"Field","name":{"kind":"Name","value":"cadreName"}},{"kind":"Field","name":{"kind":"Name","value":"committee"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"reviewId"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewStatus"}},{"kind":"Field","name":{"kind":"Name","value":"elected"}},{"kind":"Field","name":{"kind":"Name","value":"votedOn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"villages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"townshipId"}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cadreId"}},{"kind":"Field","name":{"kind":"Name","value":"cadreName"}},{"kind":"Field","name":{"kind":"Name","value":"committee"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ElectionBoardQuery, ElectionBoardQueryVariables>;
export const VillageTermDocument = {"__meta__":{"hash":"41e44bca66aa940205af465e6a90bfc84889839a2c07d49d210ac122e26f2092"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VillageTerm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"village"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEndOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}}]}},{"kind":"Field","name":{"kind":"Name","value":"election"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"electionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}}]}}]}}]}}]} as unknown as DocumentNode<VillageTermQuery, VillageTermQueryVariables>;
export const StartGeneralElectionDocument = {"__meta__":{"hash":"61b40effe9cd3edd6e5f46365cceddb83c5512eff263895cf44c62fa9b0e4a62"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartGeneralElection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartGeneralElectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startGeneralElection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"commandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commandId"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"derivedIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<StartGeneralElectionMutation, StartGeneralElectionMutationVariables>;
export const RegisterElectionCandidateDocument = {"__meta__":{"hash":"0894a6f920b63ee9087511313f4fd54c50ac3c9030182d97a4852e59139b8d97"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterElectionCandidate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterElectionCandidateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerElectionCandidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"commandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commandId"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"derivedIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RegisterElectionCandidateMutation, RegisterElectionCandidateMutationVariables>;
export const RecordElectionResultDocument = {"__meta__":{"hash":"11c3f973b49c74e212000af66e3b96f38ab97dd6b5f767d8d09623d467388094"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordElectionResult"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordElectionResultInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordElectionResult"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"commandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commandId"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"derivedIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordElectionResultMutation, RecordElectionResultMutationVariables>;
export const ConcludeVillageElectionDocument = {"__meta__":{"hash":"ee3fb54d317775c0981892559ce800c3edd53066d08301651dee4e3d23a17c96"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConcludeVillageElection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConcludeVillageElectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"concludeVillageElection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"commandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commandId"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"derivedIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConcludeVillageElectionMutation, ConcludeVillageElectionMutationVariables>;
export const MeDocument = {"__meta__":{"hash":"48dc281fdf8672e26c5abf9ec4c189bd7604bc7460e9225b88076bdfbd8b65ab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const RevealPersonalFieldDocument = {"__meta__":{"hash":"6bb4a0e477ce15daf0db76dd94f002c64a81d33919f1112b954f43ff65a7f8a7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RevealPersonalField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cadreId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"field"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevealableField"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revealPersonalField"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cadreId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cadreId"}}},{"kind":"Argument","name":{"kind":"Name","value":"field"},"value":{"kind":"Variable","name":{"kind":"Name","value":"field"}}}]}]}}]} as unknown as DocumentNode<RevealPersonalFieldQuery, RevealPersonalFieldQueryVariables>;
export const VillageServiceRequestsDocument = {"__meta__":{"hash":"351563cabbe5e2e6bc3026acc9422911947fd1c859934b8299a303ceb82b5b00"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VillageServiceRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"raisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cadreId"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedOn"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<VillageServiceRequestsQuery, VillageServiceRequestsQueryVariables>;
export const RaiseServiceRequestDocument = {"__meta__":{"hash":"acca6646cb8e110976f016c5c068750876f26152e85f30cde7b09266c9c3ebe8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaiseServiceRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RaiseServiceRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseServiceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"commandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commandId"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"derivedIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RaiseServiceRequestMutation, RaiseServiceRequestMutationVariables>;
export const DispatchServiceRequestDocument = {"__meta__":{"hash":"275180a828d626338882cadf7f57cd88f58a592e1ab6b896ea7cb20841e91e13"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DispatchServiceRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DispatchServiceRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispatchServiceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"commandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commandId"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"derivedIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DispatchServiceRequestMutation, DispatchServiceRequestMutationVariables>;
export const AcceptServiceRequestDocument = {"__meta__":{"hash":"74e51f815cb58193bf0b60780f2a362c2368c5e287511583284535adbcb07250"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptServiceRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptServiceRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptServiceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"commandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commandId"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"derivedIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AcceptServiceRequestMutation, AcceptServiceRequestMutationVariables>;
export const ResolveServiceRequestDocument = {"__meta__":{"hash":"a0ad8eb119495502a14159a8f738013fdc9dfaa46fb30272697c989ce601c831"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveServiceRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveServiceRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveServiceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"commandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commandId"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"derivedIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ResolveServiceRequestMutation, ResolveServiceRequestMutationVariables>;
export const RateServiceRequestDocument = {"__meta__":{"hash":"e82765e058dc495bdc5ae25d05f941aa873bdfa777cafc4fd87aabfd5bbc307a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RateServiceRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RateServiceRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateServiceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"commandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commandId"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"derivedIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RateServiceRequestMutation, RateServiceRequestMutationVariables>;
export const SignInDocument = {"__meta__":{"hash":"8e622edaa9d277f9012dc258f2ad1caa5400b2d876e886ed27f4a05a1c2f5829"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = {"__meta__":{"hash":"39300be1f6ff47633a8c264de2a924d5b71367b646d3bf86d82d7c51c6543956"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const StatisticsDocument = {"__meta__":{"hash":"8f95ff7a9dde962d50f3c72be13b6fad72693c15941ff93f6a6c7bc099f3cc3a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Statistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"villages"}},{"kind":"Field","name":{"kind":"Name","value":"communities"}},{"kind":"Field","name":{"kind":"Name","value":"partySecretaries"}},{"kind":"Field","name":{"kind":"Name","value":"committeeMembers"}},{"kind":"Field","name":{"kind":"Name","value":"reserveCadres"}},{"kind":"Field","name":{"kind":"Name","value":"committeeEducation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EducationStructureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reserveEducation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EducationStructureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reserveSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"committeeAge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"averageAge"}},{"kind":"Field","name":{"kind":"Name","value":"under35Share"}},{"kind":"Field","name":{"kind":"Name","value":"over60Share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"committeeGender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"male"}},{"kind":"Field","name":{"kind":"Name","value":"female"}},{"kind":"Field","name":{"kind":"Name","value":"femaleShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"oneShoulderShare"}},{"kind":"Field","name":{"kind":"Name","value":"trainingSessions"}},{"kind":"Field","name":{"kind":"Name","value":"internalTrainingSessions"}},{"kind":"Field","name":{"kind":"Name","value":"externalTrainingSessions"}},{"kind":"Field","name":{"kind":"Name","value":"externalTrainingSecretaries"}},{"kind":"Field","name":{"kind":"Name","value":"trainingCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"admonishments"}},{"kind":"Field","name":{"kind":"Name","value":"pledgesMade"}},{"kind":"Field","name":{"kind":"Name","value":"pledgeItems"}},{"kind":"Field","name":{"kind":"Name","value":"pledgesEvaluated"}},{"kind":"Field","name":{"kind":"Name","value":"residentsRatings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizationRatings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"honors"}},{"kind":"Field","name":{"kind":"Name","value":"honorsDistrictOrAbove"}},{"kind":"Field","name":{"kind":"Name","value":"honoredDistrictOrAbove"}},{"kind":"Field","name":{"kind":"Name","value":"honorsByLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceRequestsResolved"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EducationStructureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EducationStructure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bachelorOrAbove"}},{"kind":"Field","name":{"kind":"Name","value":"bachelorOrAboveShare"}},{"kind":"Field","name":{"kind":"Name","value":"juniorCollegeOrAbove"}},{"kind":"Field","name":{"kind":"Name","value":"juniorCollegeOrAboveShare"}}]}}]} as unknown as DocumentNode<StatisticsQuery, StatisticsQueryVariables>;
export const RegisterTownshipDocument = {"__meta__":{"hash":"7bd5305c93bcc7c45815093469e34af9a1326f4599fa2fe2a5eec716d72f1bce"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterTownship"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterTownshipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerTownship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"commandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commandId"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"derivedIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RegisterTownshipMutation, RegisterTownshipMutationVariables>;
export const ChangeTownshipSettingsDocument = {"__meta__":{"hash":"4e9f867ced7a34dc523494ce88bf6670bccac3f7ea38d470c4acc74ff1f174a1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeTownshipSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeTownshipSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeTownshipSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"commandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commandId"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"derivedIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ChangeTownshipSettingsMutation, ChangeTownshipSettingsMutationVariables>;
export const RegisterVillageDocument = {"__meta__":{"hash":"5273b826b3ea0e470d95a2918abaa7275f72313891fe2cab1d604544ad341ddf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterVillage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterVillageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerVillage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"commandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commandId"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"derivedIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RegisterVillageMutation, RegisterVillageMutationVariables>;
export const TrainingSessionsDocument = {"__meta__":{"hash":"6f05420d4232311d19492dda1ee7e9a779f3f3226c6cc7312bdcdcc21976bb84"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"reverse"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"townshipId"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<TrainingSessionsQuery, TrainingSessionsQueryVariables>;
export const ScheduleTrainingDocument = {"__meta__":{"hash":"fb917c6d0bc89d67096beeddca4c184b0dd649ef977c00c3b3a9103ca0f50591"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleTraining"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleTrainingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleTraining"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"commandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commandId"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"derivedIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScheduleTrainingMutation, ScheduleTrainingMutationVariables>;
export const RecordTrainingHeldDocument = {"__meta__":{"hash":"7ae26244beb080dd4b655f0ddc926b8761a7c3ae3695f1e3b5ec5e7b0ddb40e5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordTrainingHeld"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTrainingHeldInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTrainingHeld"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"commandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commandId"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"derivedIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordTrainingHeldMutation, RecordTrainingHeldMutationVariables>;
export const RecordCommitteeReviewDocument = {"__meta__":{"hash":"ee41756269246496f28515de5e090904c9d1a2c3a973a3cbc918ff24876b3428"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCommitteeReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCommitteeReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCommitteeReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"commandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commandId"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"derivedIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordCommitteeReviewMutation, RecordCommitteeReviewMutationVariables>;
export const ResolveEarlyWarningDocument = {"__meta__":{"hash":"37d34b6acce8fcdd27c4e5d94d95ba9f2e2821ed2e600343c4dc1aeda5b3bdf2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveEarlyWarning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveEarlyWarningInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveEarlyWarning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"commandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commandId"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"derivedIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ResolveEarlyWarningMutation, ResolveEarlyWarningMutationVariables>;
export const VillagesDocument = {"__meta__":{"hash":"ebab56cfa0a51203ea2093920e9ef6c8973813aaffa5f573f227da2d3da3c837"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Villages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"villages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"townshipId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeatFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reserveCadres"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openWarnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueId"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeatFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Seat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committee"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"cadreId"}},{"kind":"Field","name":{"kind":"Name","value":"cadreName"}},{"kind":"Field","name":{"kind":"Name","value":"appointedOn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<VillagesQuery, VillagesQueryVariables>;
export const VillageOptionsDocument = {"__meta__":{"hash":"ce4e8130156eaad41e3a81310ba14a7e3a04816e0670594a6f42f9167343527e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VillageOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"villages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"townshipId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<VillageOptionsQuery, VillageOptionsQueryVariables>;
export const VillageDocument = {"__meta__":{"hash":"39a7ebd7d7481ab786f04d24a22902b1a4d78488f8c089ba7b4273a04eea2356"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Village"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"village"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"townshipId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeatFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reserveCadres"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"educationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"reserve"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"enlistedOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"openWarnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WarningFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeatFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Seat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committee"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"cadreId"}},{"kind":"Field","name":{"kind":"Name","value":"cadreName"}},{"kind":"Field","name":{"kind":"Name","value":"appointedOn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EarlyWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueId"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"cadreId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"raisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"correctiveAction"}}]}}]} as unknown as DocumentNode<VillageQuery, VillageQueryVariables>;
export const TownshipsDocument = {"__meta__":{"hash":"443fd69d081693261c805e9a25fa99b75ceae110ee6b631f84d363a45efcdef2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Townships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"townships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"reviewingDepartments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"admonishmentThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOpenTooLongDays"}},{"kind":"Field","name":{"kind":"Name","value":"serviceRequestUnresolvedDays"}},{"kind":"Field","name":{"kind":"Name","value":"reserveCadreAgeThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"committeeMemberAgeThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"termReminderMonths"}}]}}]}}]} as unknown as DocumentNode<TownshipsQuery, TownshipsQueryVariables>;
export const AppointmentFormViewDocument = {"__meta__":{"hash":"a8c0a3ffa71dee2d2aa4b48cbc8942a159afda3b9f6c6423ce7e22b98a27a599"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppointmentFormView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cadreId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointmentForm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cadreId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cadreId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cadreId"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicity"}},{"kind":"Field","name":{"kind":"Name","value":"nativePlace"}},{"kind":"Field","name":{"kind":"Name","value":"birthplace"}},{"kind":"Field","name":{"kind":"Name","value":"politicalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"partyJoinDate"}},{"kind":"Field","name":{"kind":"Name","value":"workStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"professionalTitle"}},{"kind":"Field","name":{"kind":"Name","value":"speciality"}},{"kind":"Field","name":{"kind":"Name","value":"fullTimeEducation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"school"}},{"kind":"Field","name":{"kind":"Name","value":"major"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onTheJobEducation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"school"}},{"kind":"Field","name":{"kind":"Name","value":"major"}}]}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"photoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"currentPost"}},{"kind":"Field","name":{"kind":"Name","value":"proposedPost"}},{"kind":"Field","name":{"kind":"Name","value":"postToLeave"}},{"kind":"Field","name":{"kind":"Name","value":"resume"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rewardsAndPenalties"}},{"kind":"Field","name":{"kind":"Name","value":"annualAssessments"}},{"kind":"Field","name":{"kind":"Name","value":"familyMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"politicalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"employerAndPost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointmentReason"}},{"kind":"Field","name":{"kind":"Name","value":"reportingUnit"}},{"kind":"Field","name":{"kind":"Name","value":"filledBy"}},{"kind":"Field","name":{"kind":"Name","value":"preparedOn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"chainHead"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}}]}}]} as unknown as DocumentNode<AppointmentFormViewQuery, AppointmentFormViewQueryVariables>;
export const AppointmentFormFileDocument = {"__meta__":{"hash":"c7f72bf5b94e176594575257445f680d7d95a5bcc583b84667854f41dcb44bab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppointmentFormFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cadreId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppointmentFormFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointmentFormDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cadreId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cadreId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"chainHead"}}]}}]}}]} as unknown as DocumentNode<AppointmentFormFileQuery, AppointmentFormFileQueryVariables>;
export const ImportLrmxFileDocument = {"__meta__":{"hash":"759cc6bfe23741bd1ac84421dd4b73b1abc23f252e14a5beeec6bdb3d262b2a9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportLrmxFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportLrmxInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importLrmx"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cadreId"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}},{"kind":"Field","name":{"kind":"Name","value":"photoChanged"}},{"kind":"Field","name":{"kind":"Name","value":"formPrepared"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<ImportLrmxFileMutation, ImportLrmxFileMutationVariables>;
export const CadrePhotoDocument = {"__meta__":{"hash":"5b6426fde4d234563a7f4d2192369da3fb80e5ed340754f0d4afd536f51794b8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CadrePhoto"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cadre"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"photoUrl"}}]}}]}}]} as unknown as DocumentNode<CadrePhotoQuery, CadrePhotoQueryVariables>;
export const ChangeCadrePhotoOnFileDocument = {"__meta__":{"hash":"d4e760e75a3cba2997a67d69a3c7e1ca926ed515b48b42b5716e8f2ca2f7803b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeCadrePhotoOnFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeCadrePhotoInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeCadrePhoto"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"commandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<ChangeCadrePhotoOnFileMutation, ChangeCadrePhotoOnFileMutationVariables>;
export const DueItemsDocument = {"__meta__":{"hash":"b7bd0abd4016155ae497876fa643ba14162f814a5d832c188b07a57e216ead5d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DueItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rule"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DueRule"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"rule"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rule"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"ruleText"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"villageName"}},{"kind":"Field","name":{"kind":"Name","value":"cadreId"}},{"kind":"Field","name":{"kind":"Name","value":"cadreName"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"reminder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"remindedMe"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedOn"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<DueItemsQuery, DueItemsQueryVariables>;
export const DueCountDocument = {"__meta__":{"hash":"ff6df9e0e53c67204a8388431b0635836a001e004d662bc1fa70108cd2300f4c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DueCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<DueCountQuery, DueCountQueryVariables>;
export const RemindersDocument = {"__meta__":{"hash":"e8218c1934788f9a16ad5e6d03f4f5cc73bfebcabffef5aac73b37866962d508"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Reminders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rule"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DueRule"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"acknowledged"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reminders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"rule"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rule"}}},{"kind":"Argument","name":{"kind":"Name","value":"acknowledged"},"value":{"kind":"Variable","name":{"kind":"Name","value":"acknowledged"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"ruleText"}},{"kind":"Field","name":{"kind":"Name","value":"villageName"}},{"kind":"Field","name":{"kind":"Name","value":"cadreName"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysToAcknowledge"}},{"kind":"Field","name":{"kind":"Name","value":"stillDue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<RemindersQuery, RemindersQueryVariables>;
export const AcknowledgeReminderDocument = {"__meta__":{"hash":"191a0963613b5d2dda769931d362e0605dfa71bc21e1fbbb861c83644715c282"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeReminder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcknowledgeReminderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeReminder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"commandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commandId"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"derivedIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AcknowledgeReminderMutation, AcknowledgeReminderMutationVariables>;