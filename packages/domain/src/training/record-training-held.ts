import { defineCommand, domainEvent } from '../aggregate.js';
import { cadreRules } from '../cadre/cadre-rules.js';
import { cadreAggregate } from '../cadre/cadre-state.js';
import { distinctIds } from '../shared/schemas.js';
import { trainingEvents } from './training-events.js';
import { trainingRules } from './training-rules.js';
import { trainingAggregate } from './training-state.js';

export const recordTrainingHeldInput = trainingEvents.TrainingHeld.extend({ attendees: distinctIds });

/** A scheduled session took place, once, with the cadres who attended. */
export const recordTrainingHeld = defineCommand({
  name: 'RecordTrainingHeld',
  occurredOn: 'heldOn',
  input: recordTrainingHeldInput,
  needs: { training: trainingAggregate },
  streamIds: (input) => ({ training: input.trainingId }),
  references: (input) => ({ [cadreAggregate.category]: input.attendees }),
  decide(input, { training }, { exists }) {
    trainingRules.ensure(training.status !== 'NONE', 'TRAINING_NOT_FOUND', 'trainingId');
    trainingRules.ensure(training.status !== 'HELD', 'TRAINING_ALREADY_HELD', 'trainingId');
    for (const [index, cadreId] of input.attendees.entries())
      cadreRules.ensure(exists(cadreAggregate.category, cadreId), 'CADRE_NOT_FOUND', `attendees.${index}`);
    return { training: [domainEvent('TrainingHeld', input)] };
  },
});
