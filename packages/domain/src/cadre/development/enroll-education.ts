import { defineCommand, domainEvent } from '../../aggregate.js';
import { cadreEvents } from '../cadre-events.js';
import { cadreRules, ensureCadreRegistered } from '../cadre-rules.js';
import { cadreAggregate } from '../cadre-state.js';

export const enrollEducationInput = cadreEvents.EducationEnrolled;

/** 学历提升计划: a cadre studies for one degree programme at a time (e.g. at 安徽农业大学). */
export const enrollEducation = defineCommand({
  name: 'EnrollEducation',
  occurredOn: 'enrolledOn',
  input: enrollEducationInput,
  needs: { cadre: cadreAggregate },
  streamIds: (input) => ({ cadre: input.cadreId }),
  decide(input, { cadre }) {
    ensureCadreRegistered(cadre);
    cadreRules.ensure(!cadre.enrolment, 'ALREADY_ENROLLED', 'cadreId');
    return { cadre: [domainEvent('EducationEnrolled', input)] };
  },
});
