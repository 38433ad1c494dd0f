import type { Aggregate } from '../aggregate.js';
import type { TownshipEvent } from './township-events.js';
import type { TownshipSettings } from './township-settings.js';

export interface TownshipState {
  registered: boolean;
  townshipId?: string;
  name?: string;
  district?: string;
  settings?: TownshipSettings;
}

export const townshipAggregate: Aggregate<TownshipState, TownshipEvent> = {
  category: 'township',
  initialState: { registered: false },
  evolve(state, event) {
    switch (event.type) {
      case 'TownshipRegistered': {
        const { townshipId, name, district, settings } = event.data;
        return { registered: true, townshipId, name, district, settings };
      }
      case 'TownshipSettingsChanged': {
        const { townshipId: _townshipId, ...settings } = event.data;
        return { ...state, settings };
      }
    }
  },
};
