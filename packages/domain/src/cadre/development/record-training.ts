import { defineCommand, domainEvent } from '../../aggregate.js';
import { cadreEvents } from '../cadre-events.js';
import { cadreRules, ensureCadreRegistered } from '../cadre-rules.js';
import { cadreAggregate } from '../cadre-state.js';

export const recordTrainingInput = cadreEvents.CadreTrained;

/** Training on one cadre's file: a township session (by its id) or a course taken alone. */
export const recordTraining = defineCommand({
  name: 'RecordTraining',
  occurredOn: 'trainedOn',
  input: recordTrainingInput,
  needs: { cadre: cadreAggregate },
  streamIds: (input) => ({ cadre: input.cadreId }),
  decide(input, { cadre }) {
    ensureCadreRegistered(cadre);
    cadreRules.ensure(
      input.trainingId === undefined || !cadre.trainings.some((t) => t.trainingId === input.trainingId),
      'TRAINING_ALREADY_RECORDED',
      'trainingId',
    );
    return { cadre: [domainEvent('CadreTrained', input)] };
  },
});
