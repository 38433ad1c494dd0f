import type { Component } from 'vue';
import type { Dossier } from '../../../api/dossier.js';
import AssignMentorsForm from './AssignMentorsForm.vue';
import ChangeTierForm from './ChangeTierForm.vue';
import CompleteEducationForm from './CompleteEducationForm.vue';
import CorrectProfileForm from './CorrectProfileForm.vue';
import EnlistReserveForm from './EnlistReserveForm.vue';
import EnrollEducationForm from './EnrollEducationForm.vue';
import ErasePersonalDataForm from './ErasePersonalDataForm.vue';
import EvaluatePledgeForm from './EvaluatePledgeForm.vue';
import GrantBenefitForm from './GrantBenefitForm.vue';
import HonorCadreForm from './HonorCadreForm.vue';
import LeavePostForm from './LeavePostForm.vue';
import LeaveReserveForm from './LeaveReserveForm.vue';
import MakePledgeForm from './MakePledgeForm.vue';
import { openPledges } from './open-pledges.js';
import RecordAssessmentForm from './RecordAssessmentForm.vue';
import RecordInterviewForm from './RecordInterviewForm.vue';
import RecordTrainingForm from './RecordTrainingForm.vue';
import ReportPledgeProgressForm from './ReportPledgeProgressForm.vue';
import UpdatePortraitForm from './UpdatePortraitForm.vue';

/** One thing the dossier lets a user write on the file, on the tab where its records are shown. */
export interface DossierAction {
  /** The form's name: its label is `commands.<name>.action`. */
  name: string;
  /** The dossier tab it belongs to. */
  tab: string;
  /** The mutation it sends, as the gateway's policy names it. */
  command: string;
  /** A form (a CommandDialog) taking the dossier. */
  form: Component;
  /** Whether it makes sense for this file now; the server is still the judge. */
  applies?: (dossier: Dossier) => boolean;
}

const studying = (dossier: Dossier) => dossier.education.some((programme) => !programme.completedOn);
const holdsPost = (dossier: Dossier) => dossier.posts.length > 0;

export const DOSSIER_ACTIONS: readonly DossierAction[] = [
  { name: 'correctProfile', tab: 'profile', command: 'correctCadreProfile', form: CorrectProfileForm },
  {
    name: 'erasePersonalData',
    tab: 'profile',
    command: 'erasePersonalData',
    form: ErasePersonalDataForm,
    applies: (d) => d.idNumber !== '',
  },
  { name: 'leavePost', tab: 'posts', command: 'leavePost', form: LeavePostForm, applies: holdsPost },
  {
    name: 'enlistReserve',
    tab: 'reserve',
    command: 'enlistReserveCadre',
    form: EnlistReserveForm,
    applies: (d) => !d.reserve,
  },
  {
    name: 'changeTier',
    tab: 'reserve',
    command: 'changeReserveTier',
    form: ChangeTierForm,
    applies: (d) => Boolean(d.reserve),
  },
  {
    name: 'leaveReserve',
    tab: 'reserve',
    command: 'leaveReservePool',
    form: LeaveReserveForm,
    applies: (d) => Boolean(d.reserve),
  },
  {
    name: 'assignMentors',
    tab: 'reserve',
    command: 'assignMentors',
    form: AssignMentorsForm,
    applies: (d) => Boolean(d.reserve),
  },
  { name: 'recordTraining', tab: 'trainings', command: 'recordTraining', form: RecordTrainingForm },
  { name: 'recordInterview', tab: 'interviews', command: 'recordInterview', form: RecordInterviewForm },
  {
    name: 'updatePortrait',
    tab: 'portrait',
    command: 'updatePoliticalPortrait',
    form: UpdatePortraitForm,
    applies: (d) => d.posts.some((post) => post.position === 'PARTY_SECRETARY'),
  },
  {
    name: 'enrollEducation',
    tab: 'education',
    command: 'enrollEducation',
    form: EnrollEducationForm,
    applies: (d) => !studying(d),
  },
  {
    name: 'completeEducation',
    tab: 'education',
    command: 'completeEducation',
    form: CompleteEducationForm,
    applies: studying,
  },
  { name: 'makePledge', tab: 'pledges', command: 'makePledge', form: MakePledgeForm },
  {
    name: 'reportPledgeProgress',
    tab: 'pledges',
    command: 'reportPledgeProgress',
    form: ReportPledgeProgressForm,
    applies: (d) => openPledges(d).length > 0,
  },
  {
    name: 'evaluatePledge',
    tab: 'pledges',
    command: 'evaluatePledge',
    form: EvaluatePledgeForm,
    applies: (d) => openPledges(d).length > 0,
  },
  { name: 'honorCadre', tab: 'honors', command: 'honorCadre', form: HonorCadreForm },
  {
    name: 'recordAssessment',
    tab: 'assessments',
    command: 'recordAnnualAssessment',
    form: RecordAssessmentForm,
  },
  {
    name: 'grantBenefit',
    tab: 'benefits',
    command: 'grantBenefit',
    form: GrantBenefitForm,
    applies: holdsPost,
  },
];
