import {
  type AppointmentFormEntries,
  ageOn,
  type CadreState,
  type EducationRecord,
  photoHashOf,
} from '@cadre/domain';
import { labelOf } from '../excel/labels.js';

/** One education on the form: 学历 and 学位, and the school and major they were earned at. */
export interface FormEducation {
  level: string;
  degree: string;
  school: string;
  major: string;
}

export interface FormFamilyMember {
  relation: string;
  name: string;
  birthDate: string;
  politicalStatus: string;
  employerAndPost: string;
}

/**
 * 干部任免审批表 as one cadre's file stood on a day: every box of the form, in the words the form prints
 * (labels, not codes). The print page, the .docx and the .lrmx are all laid out from this one value.
 */
export interface AppointmentForm {
  cadreId: string;
  /** 计算年龄时间: the day the form stands at (yyyy-mm-dd). */
  asOf: string;
  name: string;
  gender: string;
  birthDate: string;
  age: number;
  ethnicity: string;
  nativePlace: string;
  birthplace: string;
  politicalStatus: string;
  partyJoinDate: string;
  workStartDate: string;
  health: string;
  professionalTitle: string;
  speciality: string;
  fullTimeEducation: FormEducation;
  onTheJobEducation: FormEducation;
  idNumber: string;
  /** The stored photo's SHA-256, when the file names one. */
  photoSha256: string | null;
  currentPost: string;
  proposedPost: string;
  postToLeave: string;
  /** 简历, one line a period: from, to (empty while current), what. */
  resume: { from: string; to: string; description: string }[];
  rewardsAndPenalties: string;
  annualAssessments: string;
  familyMembers: FormFamilyMember[];
  appointmentReason: string;
  reportingUnit: string;
  filledBy: string;
  /** 填表时间: the day the form's entries were prepared, else the as-of day. */
  preparedOn: string;
}

export interface VillageName {
  name: string;
  kind?: string;
}

const education = (record: EducationRecord | undefined): FormEducation => ({
  level: labelOf('educationLevel', record?.level),
  degree: record?.degree ?? '',
  school: record?.school ?? '',
  major: record?.major ?? '',
});

/** 周王村党组织书记、周王村村委会主任: each current post in the words of an appointment. */
function currentPostText(state: CadreState, villageOf: (id: string) => VillageName | undefined): string {
  return state.currentPosts
    .map((post) => {
      const village = villageOf(post.villageId);
      const body =
        post.committee === 'PARTY_COMMITTEE' ? '党组织' : village?.kind === 'COMMUNITY' ? '居委会' : '村委会';
      return `${village?.name ?? ''}${body}${labelOf('position', post.position)}`;
    })
    .join('、');
}

const month = (day: string) => `${day.slice(0, 4)}.${day.slice(5, 7)}`;

/** 奖惩情况: the file's own text when the office wrote one, else the honors and admonishment talks recorded. */
function rewardsText(state: CadreState): string {
  const written = state.profile?.rewardsAndPenalties?.trim();
  if (written) return written;
  const honors = state.honors.map((h) => `${month(h.awardedOn)} 被${h.awardingBody}授予“${h.title}”称号`);
  const talks = state.interviews
    .filter((i) => i.kind === 'ADMONISHMENT')
    .map((i) => `${month(i.heldOn)} 被约谈（${i.interviewer}）`);
  return [...honors, ...talks].join('\n') || '无';
}

/** 年度考核结果: 2024年度考核称职；2025年度考核优秀 (oldest first). */
function assessmentsText(state: CadreState): string {
  return [...state.assessments]
    .sort((a, b) => a.year - b.year)
    .map((a) => `${a.year}年度考核${labelOf('evaluationGrade', a.grade)}`)
    .join('；');
}

/** The form of a registered cadre's state (folded as of `asOf`); the form's entries from the last preparation. */
export function appointmentFormOf(
  state: CadreState,
  asOf: string,
  villageOf: (id: string) => VillageName | undefined,
): AppointmentForm | null {
  const profile = state.profile;
  if (!state.registered || !profile || !state.cadreId) return null;
  const entries: Partial<AppointmentFormEntries> = state.appointmentForm ?? {};
  return {
    cadreId: state.cadreId,
    asOf,
    name: profile.name,
    gender: labelOf('gender', profile.gender),
    birthDate: profile.birthDate,
    age: ageOn(profile.birthDate, asOf),
    ethnicity: profile.ethnicity,
    nativePlace: profile.nativePlace ?? '',
    birthplace: profile.birthplace ?? '',
    politicalStatus: labelOf('politicalStatus', profile.politicalStatus),
    partyJoinDate: profile.partyJoinDate ?? '',
    workStartDate: profile.workStartDate ?? '',
    health: profile.health ?? '',
    professionalTitle: profile.professionalTitle ?? '',
    speciality: profile.speciality ?? '',
    fullTimeEducation: education(profile.fullTimeEducation),
    onTheJobEducation: education(profile.onTheJobEducation),
    idNumber: profile.idNumber,
    photoSha256: photoHashOf(profile.photoUrl) ?? null,
    currentPost: entries.currentPost ?? currentPostText(state, villageOf),
    proposedPost: entries.proposedPost ?? '',
    postToLeave: entries.postToLeave ?? '',
    resume: (profile.resume ?? []).map((line) => ({
      from: line.from,
      to: line.to ?? '',
      description: line.description,
    })),
    rewardsAndPenalties: rewardsText(state),
    annualAssessments: assessmentsText(state),
    familyMembers: (profile.familyMembers ?? []).map((m) => ({
      relation: m.relation,
      name: m.name,
      birthDate: m.birthDate ?? '',
      politicalStatus: labelOf('politicalStatus', m.politicalStatus),
      employerAndPost: m.employerAndPost ?? '',
    })),
    appointmentReason: entries.appointmentReason ?? '',
    reportingUnit: entries.reportingUnit ?? '',
    filledBy: entries.filledBy ?? '',
    preparedOn: entries.preparedOn ?? asOf,
  };
}
