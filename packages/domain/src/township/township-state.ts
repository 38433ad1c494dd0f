import type { Aggregate } from '../aggregate.js';
import type { TownshipEvent } from './township-events.js';
import type { TownshipSettings } from './township-settings.js';

export interface TownshipState {
  registered: boolean;
  townshipId?: string;
  name?: string;
  district?: string;
  registeredOn?: string;
  settings?: TownshipSettings;
}

export const townshipAggregate: Aggregate<TownshipState, TownshipEvent> = {
  category: 'township',
  initialState: { registered: false },
  evolve(state, event) {
    switch (event.type) {
      case 'TownshipRegistered': {
        const { townshipId, name, district, registeredOn, settings } = event.data;
        return { registered: true, townshipId, name, district, registeredOn, settings };
      }
      case 'TownshipSettingsChanged': {
        const { townshipId: _townshipId, changedOn: _changedOn, ...settings } = event.data;
        return { ...state, settings };
      }
    }
  },
};
