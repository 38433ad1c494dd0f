import type { Aggregate } from '../aggregate.js';
import type { TrainingEvent, TrainingHeld, TrainingScheduled } from './training-events.js';

export type TrainingStatus = 'NONE' | 'SCHEDULED' | 'HELD';

export interface TrainingState {
  status: TrainingStatus;
  session?: TrainingScheduled['data'];
  held?: Omit<TrainingHeld['data'], 'trainingId'>;
}

export const trainingAggregate: Aggregate<TrainingState, TrainingEvent> = {
  category: 'training',
  initialState: { status: 'NONE' },
  evolve(state, event) {
    switch (event.type) {
      case 'TrainingScheduled':
        return { status: 'SCHEDULED', session: event.data };
      case 'TrainingHeld': {
        const { trainingId: _trainingId, ...held } = event.data;
        return { ...state, status: 'HELD', held };
      }
    }
  },
};
