import { defineCommand, domainEvent } from '../../aggregate.js';
import { ensureNotInFuture } from '../../shared/business-date.js';
import { cadreEvents } from '../cadre-events.js';
import { cadreRules, ensureCadreRegistered } from '../cadre-rules.js';
import { cadreAggregate } from '../cadre-state.js';

export const recordTrainingInput = cadreEvents.CadreTrained;

/** Training on one cadre's file: a township session (by its id) or a course taken alone. */
export const recordTraining = defineCommand({
  name: 'RecordTraining',
  input: recordTrainingInput,
  needs: { cadre: cadreAggregate },
  streamIds: (input) => ({ cadre: input.cadreId }),
  decide(input, { cadre }, { now }) {
    ensureCadreRegistered(cadre);
    ensureNotInFuture(input.trainedOn, 'trainedOn', now);
    cadreRules.ensure(
      input.trainingId === undefined || !cadre.trainings.some((t) => t.trainingId === input.trainingId),
      'TRAINING_ALREADY_RECORDED',
      'trainingId',
    );
    return { cadre: [domainEvent('CadreTrained', input)] };
  },
});
