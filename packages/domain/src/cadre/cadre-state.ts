import type { Aggregate } from '../aggregate.js';
import type { CadreEvent } from './cadre-events.js';
import type { CadreProfile } from './cadre-profile.js';
import type { Post } from './post.js';

export interface CadreState {
  registered: boolean;
  cadreId?: string;
  profile?: CadreProfile;
  currentPosts: Post[];
}

export const cadreAggregate: Aggregate<CadreState, CadreEvent> = {
  category: 'cadre',
  initialState: { registered: false, currentPosts: [] },
  evolve(state, event) {
    switch (event.type) {
      case 'CadreRegistered':
        return { ...state, registered: true, cadreId: event.data.cadreId, profile: event.data.profile };
      case 'CadreAppointed': {
        const { cadreId: _cadreId, ...post } = event.data;
        return { ...state, currentPosts: [...state.currentPosts, post] };
      }
    }
  },
};
