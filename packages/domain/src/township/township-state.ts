import type { Aggregate } from '../aggregate.js';
import { evolveElections, type GeneralElection } from '../election/general-election.js';
import type { TownshipEvent } from './township-events.js';
import type { TownshipSettings } from './township-settings.js';

export interface TownshipState {
  registered: boolean;
  townshipId?: string;
  name?: string;
  district?: string;
  registeredOn?: string;
  settings?: TownshipSettings;
  /** Its 换届 (general elections), oldest first; at most one is open. */
  elections: GeneralElection[];
}

export const townshipAggregate: Aggregate<TownshipState, TownshipEvent> = {
  category: 'township',
  initialState: { registered: false, elections: [] },
  evolve(state, event) {
    switch (event.type) {
      case 'TownshipRegistered': {
        const { townshipId, name, district, registeredOn, settings } = event.data;
        return { ...state, registered: true, townshipId, name, district, registeredOn, settings };
      }
      case 'TownshipSettingsChanged': {
        const { townshipId: _townshipId, changedOn: _changedOn, ...settings } = event.data;
        return { ...state, settings };
      }
      default:
        return { ...state, elections: evolveElections(state.elections, event) };
    }
  },
};
