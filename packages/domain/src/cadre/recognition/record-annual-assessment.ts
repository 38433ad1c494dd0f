import { defineCommand, domainEvent } from '../../aggregate.js';
import { ensureYearNotInFuture } from '../../shared/business-date.js';
import { cadreEvents } from '../cadre-events.js';
import { cadreRules, ensureCadreRegistered } from '../cadre-rules.js';
import { cadreAggregate } from '../cadre-state.js';

export const recordAnnualAssessmentInput = cadreEvents.AnnualAssessmentRecorded;

/** 综合考评 and its 绩效奖励: the bonus follows the result, so it is recorded per cadre, once a year. */
export const recordAnnualAssessment = defineCommand({
  name: 'RecordAnnualAssessment',
  occurredOn: 'assessedOn',
  input: recordAnnualAssessmentInput,
  needs: { cadre: cadreAggregate },
  streamIds: (input) => ({ cadre: input.cadreId }),
  decide(input, { cadre }, { now }) {
    ensureCadreRegistered(cadre);
    ensureYearNotInFuture(input.year, 'year', now);
    cadreRules.ensure(
      !cadre.assessments.some((a) => a.year === input.year),
      'ASSESSMENT_ALREADY_RECORDED',
      'year',
    );
    return { cadre: [domainEvent('AnnualAssessmentRecorded', input)] };
  },
});
