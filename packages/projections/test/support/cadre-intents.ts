import { deterministicUuid } from '@cadre/application';
import {
  type CadreState,
  type CommandName,
  concludedReviews,
  EDUCATION_ORDER,
  openReview,
  pendingDepartments,
} from '@cadre/domain';
import fc from 'fast-check';
import type { CadreTrainingRecord } from '../../src/index.js';
import { PLACES } from './dossier-world.js';

/**
 * Something to do to the subject's file. Each is turned into a command only when the file allows it
 * (see `commandFor`), so every sequence is a valid one whatever was drawn.
 */
export type Intent = { days: number } & (
  | { kind: 'correct'; field: 'phone' | 'professionalTitle' | 'educationLevel' | 'onTheJobEducation' }
  | { kind: 'enlist'; village: 'villageA' | 'villageB'; source: string; tier: number }
  | { kind: 'changeTier'; tier: number }
  | { kind: 'assignMentors' }
  | { kind: 'openReview'; seat: number }
  | { kind: 'verdict'; approve: boolean }
  | { kind: 'conclude' }
  | { kind: 'appoint'; method: string }
  | { kind: 'leavePost'; which: number; reason: string }
  | { kind: 'train'; trainingKind: string }
  | { kind: 'attendSession'; trainingKind: string }
  | { kind: 'enrol'; level: string }
  | { kind: 'complete'; degree: boolean }
  | { kind: 'interview'; interviewKind: string; incompetent: number }
  | { kind: 'portrait' }
  | { kind: 'pledge'; items: number }
  | { kind: 'pledgeProgress' }
  | { kind: 'evaluatePledge'; residents: string; organization: string }
  | { kind: 'honor'; level: string }
  | { kind: 'assess'; score: number; grade: string }
  | { kind: 'benefit'; benefitKind: string; amount: number }
);

/** The seats a review may be for: all but village A's secretary, whom the mentor is. */
const SEATS = [
  { village: 'villageA', committee: 'PARTY_COMMITTEE', position: 'MEMBER' },
  { village: 'villageA', committee: 'RESIDENTS_COMMITTEE', position: 'CHAIR' },
  { village: 'villageA', committee: 'PARTY_COMMITTEE', position: 'DEPUTY_SECRETARY' },
  { village: 'villageB', committee: 'PARTY_COMMITTEE', position: 'PARTY_SECRETARY' },
  { village: 'villageB', committee: 'RESIDENTS_COMMITTEE', position: 'VICE_CHAIR' },
] as const;

const grade = fc.constantFrom('EXCELLENT', 'COMPETENT', 'BASICALLY_COMPETENT', 'INCOMPETENT');
type WhatToDo = Intent extends infer I ? (I extends Intent ? Omit<I, 'days'> : never) : never;

/** An intent some days after the one before. */
const withDays = (arbitrary: fc.Arbitrary<WhatToDo>): fc.Arbitrary<Intent> =>
  fc.tuple(fc.integer({ min: 0, max: 20 }), arbitrary).map(([days, rest]) => ({ days, ...rest }) as Intent);

export const intent: fc.Arbitrary<Intent> = fc.oneof(
  withDays(
    fc.record({
      kind: fc.constant('correct' as const),
      field: fc.constantFrom('phone', 'professionalTitle', 'educationLevel', 'onTheJobEducation'),
    }),
  ),
  withDays(
    fc.record({
      kind: fc.constant('enlist' as const),
      village: fc.constantFrom('villageA', 'villageB'),
      source: fc.constantFrom('ENTREPRENEUR', 'RETURNING_GRADUATE', 'VETERAN', 'OTHER'),
      tier: fc.integer({ min: 1, max: 3 }),
    }),
  ),
  withDays(fc.record({ kind: fc.constant('changeTier' as const), tier: fc.integer({ min: 1, max: 3 }) })),
  withDays(fc.record({ kind: fc.constant('assignMentors' as const) })),
  {
    weight: 2,
    arbitrary: withDays(fc.record({ kind: fc.constant('openReview' as const), seat: fc.nat(4) })),
  },
  {
    weight: 8,
    arbitrary: withDays(
      fc.record({
        kind: fc.constant('verdict' as const),
        approve: fc.oneof({ weight: 12, arbitrary: fc.constant(true) }, fc.constant(false)),
      }),
    ),
  },
  { weight: 4, arbitrary: withDays(fc.record({ kind: fc.constant('conclude' as const) })) },
  {
    weight: 4,
    arbitrary: withDays(
      fc.record({
        kind: fc.constant('appoint' as const),
        method: fc.constantFrom('ELECTION', 'BY_ELECTION', 'APPOINTMENT'),
      }),
    ),
  },
  withDays(
    fc.record({
      kind: fc.constant('leavePost' as const),
      which: fc.nat(3),
      reason: fc.constantFrom('RESIGNED', 'TERM_ENDED', 'REMOVED', 'TRANSFERRED'),
    }),
  ),
  withDays(
    fc.record({ kind: fc.constant('train' as const), trainingKind: fc.constantFrom('INTERNAL', 'EXTERNAL') }),
  ),
  withDays(
    fc.record({
      kind: fc.constant('attendSession' as const),
      trainingKind: fc.constantFrom('INTERNAL', 'EXTERNAL'),
    }),
  ),
  withDays(fc.record({ kind: fc.constant('enrol' as const), level: fc.constantFrom(...EDUCATION_ORDER) })),
  withDays(fc.record({ kind: fc.constant('complete' as const), degree: fc.boolean() })),
  {
    weight: 2,
    arbitrary: withDays(
      fc.record({
        kind: fc.constant('interview' as const),
        interviewKind: fc.constantFrom(
          'HEART_TO_HEART',
          'FIELD_VISIT',
          'DEMOCRATIC_APPRAISAL',
          'ADMONISHMENT',
        ),
        incompetent: fc.nat(6),
      }),
    ),
  },
  withDays(fc.record({ kind: fc.constant('portrait' as const) })),
  withDays(fc.record({ kind: fc.constant('pledge' as const), items: fc.integer({ min: 1, max: 4 }) })),
  withDays(fc.record({ kind: fc.constant('pledgeProgress' as const) })),
  withDays(
    fc.record({ kind: fc.constant('evaluatePledge' as const), residents: grade, organization: grade }),
  ),
  withDays(
    fc.record({
      kind: fc.constant('honor' as const),
      level: fc.constantFrom('TOWNSHIP', 'DISTRICT', 'CITY'),
    }),
  ),
  withDays(
    fc.record({ kind: fc.constant('assess' as const), score: fc.integer({ min: 40, max: 100 }), grade }),
  ),
  withDays(
    fc.record({
      kind: fc.constant('benefit' as const),
      benefitKind: fc.constantFrom('HEALTH_CHECKUP', 'PENSION_SUBSIDY', 'ACCIDENT_INSURANCE'),
      amount: fc.integer({ min: 100, max: 5000 }),
    }),
  ),
);

/** What the subject's commands need besides their file: the day, and a counter for fresh names and ids. */
export interface Turn {
  day: string;
  serial: number;
}

export interface Command {
  name: CommandName;
  input: Record<string, unknown>;
  /** A session the subject attended: a training's stream records it, not the subject's. */
  session?: CadreTrainingRecord;
}

const yearOf = (day: string) => Number(day.slice(0, 4));
const fresh = (...parts: string[]) => deterministicUuid('cadre-intents', ...parts);

/** The commands that carry out an intent on the subject's file as it stands, or none when it does not apply. */
export function commandsFor(intent: Intent, state: CadreState, { day, serial }: Turn): Command[] {
  const cadreId = PLACES.subjectId;
  const { profile, reserve } = state;
  const one = (name: CommandName, input: Record<string, unknown>): Command[] => [
    { name, input: { cadreId, ...input } },
  ];
  switch (intent.kind) {
    case 'correct': {
      const reason = '档案核对';
      if (intent.field === 'phone')
        return one('CorrectCadreProfile', {
          changes: { phone: `1390000${String(serial).padStart(4, '0')}` },
          reason,
          correctedOn: day,
        });
      if (intent.field === 'professionalTitle')
        return one('CorrectCadreProfile', {
          changes: { professionalTitle: `助理农艺师${serial}` },
          reason,
          correctedOn: day,
        });
      if (intent.field === 'educationLevel') {
        const higher = EDUCATION_ORDER[EDUCATION_ORDER.indexOf(profile!.educationLevel) + 1];
        if (!higher) return [];
        return one('CorrectCadreProfile', { changes: { educationLevel: higher }, reason, correctedOn: day });
      }
      return one('CorrectCadreProfile', {
        changes: { onTheJobEducation: { level: profile!.educationLevel, school: `县委党校${serial}` } },
        reason,
        correctedOn: day,
      });
    }
    case 'enlist':
      if (reserve) return [];
      return one('EnlistReserveCadre', {
        villageId: PLACES[intent.village],
        source: intent.source,
        tier: intent.tier,
        enlistedOn: day,
      });
    case 'changeTier':
      if (!reserve || reserve.tier === intent.tier) return [];
      return one('ChangeReserveTier', { tier: intent.tier, changedOn: day, reason: '表现突出' });
    case 'assignMentors':
      if (reserve?.villageId !== PLACES.villageA) return [];
      return one('AssignMentors', {
        townshipLeader: '包村领导',
        secretaryCadreId: PLACES.mentorId,
        memberCadreIds: [PLACES.memberId],
        assignedOn: day,
      });
    case 'openReview': {
      if (openReview(state)) return [];
      const { village, ...seat } = SEATS[intent.seat]!;
      return one('OpenQualificationReview', {
        townshipId: PLACES.townshipId,
        reviewId: fresh('review', String(serial)),
        villageId: PLACES[village],
        ...seat,
        openedOn: day,
      });
    }
    case 'verdict': {
      const review = openReview(state);
      const department = review && pendingDepartments(review)[0];
      if (!review || !department) return [];
      return one('RecordDepartmentVerdict', {
        reviewId: review.reviewId,
        department,
        verdict: intent.approve ? 'APPROVED' : 'REJECTED',
        ...(intent.approve ? {} : { note: '有信访记录' }),
        decidedOn: day,
      });
    }
    case 'conclude': {
      const review = openReview(state);
      if (!review || pendingDepartments(review).length > 0) return [];
      return one('ConcludeQualificationReview', { reviewId: review.reviewId, concludedOn: day });
    }
    case 'appoint': {
      const review = concludedReviews(state).at(-1);
      if (review?.conclusion.outcome !== 'APPROVED') return [];
      const seat = { villageId: review.villageId, committee: review.committee, position: review.position };
      const held = state.currentPosts;
      if (held.some((p) => p.villageId !== seat.villageId)) return [];
      if (held.some((p) => p.committee === seat.committee && p.position === seat.position)) return [];
      return one('AppointCadre', { ...seat, method: intent.method, appointedOn: day });
    }
    case 'leavePost': {
      const post = state.currentPosts[intent.which % Math.max(1, state.currentPosts.length)];
      if (!post) return [];
      const { villageId, committee, position } = post;
      return one('LeavePost', { villageId, committee, position, reason: intent.reason, leftOn: day });
    }
    case 'train':
      return one('RecordTraining', { topic: `基层治理${serial}`, kind: intent.trainingKind, trainedOn: day });
    case 'attendSession': {
      const trainingId = fresh('training', String(serial));
      const topic = `村级资产管理${serial}`;
      const scheduled = { trainingId, townshipId: PLACES.townshipId, topic, kind: intent.trainingKind };
      return [
        { name: 'ScheduleTraining', input: { ...scheduled, date: day, place: '镇党校', scheduledOn: day } },
        {
          name: 'RecordTrainingHeld',
          input: { trainingId, heldOn: day, attendees: [cadreId, PLACES.memberId] },
          session: { trainingId, topic, kind: intent.trainingKind, trainedOn: day },
        },
      ];
    }
    case 'enrol':
      if (state.enrolment) return [];
      return one('EnrollEducation', {
        programme: `学历提升计划${serial}`,
        school: '安徽农业大学',
        level: intent.level,
        enrolledOn: day,
      });
    case 'complete':
      if (!state.enrolment) return [];
      return one('CompleteEducation', { ...(intent.degree ? { degree: '学士' } : {}), completedOn: day });
    case 'interview': {
      const appraisal = intent.interviewKind === 'DEMOCRATIC_APPRAISAL';
      return one('RecordInterview', {
        townshipId: PLACES.townshipId,
        kind: intent.interviewKind,
        interviewer: '组织委员',
        heldOn: day,
        findings: '履职情况良好',
        ...(appraisal
          ? { votes: { excellent: 3, competent: 3, basicallyCompetent: 1, incompetent: intent.incompetent } }
          : {}),
      });
    }
    case 'portrait': {
      if (!state.currentPosts.some((p) => p.position === 'PARTY_SECRETARY')) return [];
      const basedOn = [...new Set(state.interviews.map((i) => i.kind))].filter((k) => k !== 'ADMONISHMENT');
      if (basedOn.length === 0) return [];
      return one('UpdatePoliticalPortrait', { text: `政治立场坚定${serial}`, basedOn, updatedOn: day });
    }
    case 'pledge': {
      const year = yearOf(day);
      if (state.pledges.some((p) => p.year === year)) return [];
      const items = Array.from({ length: intent.items }, (_, i) => `为民办实事${serial}-${i}`);
      return one('MakePledge', { year, items, madeOn: day });
    }
    case 'pledgeProgress': {
      const pledge = state.pledges.filter((p) => !p.evaluation).at(-1);
      if (!pledge) return [];
      return one('ReportPledgeProgress', {
        year: pledge.year,
        progress: `已完成${serial}项`,
        reportedOn: day,
      });
    }
    case 'evaluatePledge': {
      const pledge = state.pledges.filter((p) => !p.evaluation).at(-1);
      if (!pledge) return [];
      return one('EvaluatePledge', {
        year: pledge.year,
        residentsRating: intent.residents,
        organizationRating: intent.organization,
        evaluatedOn: day,
      });
    }
    case 'honor':
      return one('HonorCadre', {
        title: `先进个人${serial}`,
        level: intent.level,
        awardingBody: '镇党委',
        awardedOn: day,
      });
    case 'assess': {
      const year = yearOf(day);
      if (state.assessments.some((a) => a.year === year)) return [];
      return one('RecordAnnualAssessment', {
        year,
        score: intent.score,
        grade: intent.grade,
        bonus: intent.score * 50,
        assessedOn: day,
      });
    }
    case 'benefit': {
      const year = yearOf(day);
      if (state.currentPosts.length === 0) return [];
      if (state.benefits.some((b) => b.kind === intent.benefitKind && b.year === year)) return [];
      return one('GrantBenefit', { kind: intent.benefitKind, year, amount: intent.amount, grantedOn: day });
    }
  }
}
