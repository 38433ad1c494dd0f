import { defineCommand, domainEvent } from '../../aggregate.js';
import { ensureNotBefore } from '../../shared/business-date.js';
import { cadreEvents } from '../cadre-events.js';
import { cadreRules, ensureCadreRegistered } from '../cadre-rules.js';
import { cadreAggregate } from '../cadre-state.js';

export const completeEducationInput = cadreEvents.EducationCompleted.pick({
  cadreId: true,
  degree: true,
  completedOn: true,
});

/** Graduation from the programme studied; the file's highest education rises when this one is higher. */
export const completeEducation = defineCommand({
  name: 'CompleteEducation',
  occurredOn: 'completedOn',
  input: completeEducationInput,
  needs: { cadre: cadreAggregate },
  streamIds: (input) => ({ cadre: input.cadreId }),
  decide(input, { cadre }) {
    ensureCadreRegistered(cadre);
    const { enrolment } = cadre;
    cadreRules.ensure(enrolment, 'NOT_ENROLLED', 'cadreId');
    ensureNotBefore(input.completedOn, enrolment.enrolledOn, 'completedOn');
    const { enrolledOn: _enrolledOn, ...programme } = enrolment;
    return { cadre: [domainEvent('EducationCompleted', { ...input, ...programme })] };
  },
});
