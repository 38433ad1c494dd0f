import { defineCommand, domainEvent } from '../aggregate.js';
import { ensureNotInFuture } from '../shared/business-date.js';
import { distinctIds } from '../shared/schemas.js';
import { trainingEvents } from './training-events.js';
import { trainingRules } from './training-rules.js';
import { trainingAggregate } from './training-state.js';

export const recordTrainingHeldInput = trainingEvents.TrainingHeld.extend({ attendees: distinctIds });

/** A scheduled session took place, once, with the cadres who attended. */
export const recordTrainingHeld = defineCommand({
  name: 'RecordTrainingHeld',
  input: recordTrainingHeldInput,
  needs: { training: trainingAggregate },
  streamIds: (input) => ({ training: input.trainingId }),
  decide(input, { training }, { now }) {
    trainingRules.ensure(training.status !== 'NONE', 'TRAINING_NOT_FOUND', 'trainingId');
    trainingRules.ensure(training.status !== 'HELD', 'TRAINING_ALREADY_HELD', 'trainingId');
    ensureNotInFuture(input.heldOn, 'heldOn', now);
    return { training: [domainEvent('TrainingHeld', input)] };
  },
});
