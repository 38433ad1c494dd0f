import { defineCommand, domainEvent } from '../aggregate.js';
import { ensureTownshipRegistered } from '../township/township-rules.js';
import { townshipAggregate } from '../township/township-state.js';
import { trainingEvents } from './training-events.js';
import { trainingRules } from './training-rules.js';
import { trainingAggregate } from './training-state.js';

export const scheduleTrainingInput = trainingEvents.TrainingScheduled;

/** 定制课程 or 外出实训; the one business date allowed in the future. */
export const scheduleTraining = defineCommand({
  name: 'ScheduleTraining',
  occurredOn: 'scheduledOn',
  input: scheduleTrainingInput,
  needs: { training: trainingAggregate, township: townshipAggregate },
  streamIds: (input) => ({ training: input.trainingId, township: input.townshipId }),
  decide(input, { training, township }) {
    trainingRules.ensure(training.status === 'NONE', 'TRAINING_ALREADY_SCHEDULED', 'trainingId');
    ensureTownshipRegistered(township);
    return { training: [domainEvent('TrainingScheduled', input)] };
  },
});
