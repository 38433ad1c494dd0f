import type { Aggregate } from '../aggregate.js';
import type { ReminderAcknowledged, ReminderEvent, ReminderIssued } from './reminder-events.js';

export interface ReminderState {
  issued?: ReminderIssued['data'];
  acknowledged?: ReminderAcknowledged['data'];
}

export const reminderAggregate: Aggregate<ReminderState, ReminderEvent> = {
  category: 'reminder',
  initialState: {},
  evolve(state, event) {
    switch (event.type) {
      case 'ReminderIssued':
        return { issued: event.data };
      case 'ReminderAcknowledged':
        return { ...state, acknowledged: event.data };
    }
  },
};
