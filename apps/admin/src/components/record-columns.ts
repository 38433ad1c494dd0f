import { computed } from 'vue';
import type { Dossier, Interview } from '../api/dossier.js';
import type { EarlyWarning } from '../api/villages.js';
import { useLabels } from '../composables/useLabels.js';
import { formatAmount } from '../utils/format.js';
import type { Column } from './DataTable.vue';

type Training = Dossier['trainings'][number];
type Programme = Dossier['education'][number];
type Honor = Dossier['honors'][number];
type Assessment = Dossier['assessments'][number];
type Benefit = NonNullable<Dossier['benefits']>[number];

/** The columns of the plain record lists (dossier and village): trainings, talks, education, honors, assessments, benefits, warnings. */
export function useRecordColumns() {
  const { t, label } = useLabels();
  const c = (section: string, key: string) => t(`dossier.${section}.${key}`);

  const trainings = computed<Column<Training>[]>(() => [
    { key: 'trainedOn', label: c('trainings', 'trainedOn'), width: 120, value: (r) => r.trainedOn },
    { key: 'topic', label: c('trainings', 'topic'), minWidth: 220, value: (r) => r.topic },
    { key: 'kind', label: c('trainings', 'kind'), width: 130, value: (r) => label('trainingKind', r.kind) },
  ]);

  const votes = (r: Interview) => (r.votes ? t('dossier.interviews.votesValue', { ...r.votes }) : '');
  const interviews = computed<Column<Interview>[]>(() => [
    { key: 'heldOn', label: c('interviews', 'heldOn'), width: 120, value: (r) => r.heldOn },
    { key: 'kind', label: c('interviews', 'kind'), width: 110, value: (r) => label('interviewKind', r.kind) },
    { key: 'interviewer', label: c('interviews', 'interviewer'), width: 140, value: (r) => r.interviewer },
    { key: 'findings', label: c('interviews', 'findings'), minWidth: 200, value: (r) => r.findings },
    { key: 'votes', label: c('interviews', 'votes'), minWidth: 220, value: votes },
  ]);

  const education = computed<Column<Programme>[]>(() => [
    { key: 'programme', label: c('education', 'programme'), minWidth: 180, value: (r) => r.programme },
    { key: 'school', label: c('education', 'school'), minWidth: 140, value: (r) => r.school },
    {
      key: 'level',
      label: c('education', 'level'),
      width: 110,
      value: (r) => label('educationLevel', r.level),
    },
    { key: 'enrolledOn', label: c('education', 'enrolledOn'), width: 120, value: (r) => r.enrolledOn ?? '—' },
    {
      key: 'completedOn',
      label: c('education', 'completedOn'),
      width: 120,
      value: (r) => r.completedOn ?? c('education', 'studying'),
    },
    { key: 'degree', label: c('education', 'degree'), width: 100, value: (r) => r.degree ?? '—' },
  ]);

  const honors = computed<Column<Honor>[]>(() => [
    { key: 'awardedOn', label: c('honors', 'awardedOn'), width: 120, value: (r) => r.awardedOn },
    { key: 'title', label: c('honors', 'title'), minWidth: 180, value: (r) => r.title },
    { key: 'level', label: c('honors', 'level'), width: 100, value: (r) => label('honorLevel', r.level) },
    { key: 'awardingBody', label: c('honors', 'awardingBody'), minWidth: 160, value: (r) => r.awardingBody },
  ]);

  const assessments = computed<Column<Assessment>[]>(() => [
    { key: 'year', label: c('assessments', 'year'), width: 100, value: (r) => r.year },
    { key: 'score', label: c('assessments', 'score'), width: 100, value: (r) => r.score },
    {
      key: 'grade',
      label: c('assessments', 'grade'),
      width: 120,
      value: (r) => label('evaluationGrade', r.grade),
    },
    { key: 'bonus', label: c('assessments', 'bonus'), minWidth: 140, value: (r) => formatAmount(r.bonus) },
  ]);

  const benefits = computed<Column<Benefit>[]>(() => [
    { key: 'year', label: c('benefits', 'year'), width: 100, value: (r) => r.year },
    { key: 'kind', label: c('benefits', 'kind'), minWidth: 160, value: (r) => label('benefitKind', r.kind) },
    { key: 'amount', label: c('benefits', 'amount'), minWidth: 140, value: (r) => formatAmount(r.amount) },
  ]);

  const warnings = computed<Column<EarlyWarning>[]>(() => [
    { key: 'raisedOn', label: c('warnings', 'raisedOn'), width: 120, value: (r) => r.raisedOn },
    {
      key: 'source',
      label: c('warnings', 'source'),
      width: 130,
      value: (r) => label('warningSource', r.source),
    },
    { key: 'description', label: c('warnings', 'description'), minWidth: 260, value: (r) => r.description },
  ]);

  return { trainings, interviews, education, honors, assessments, benefits, warnings };
}
