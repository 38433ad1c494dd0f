import type { Aggregate } from '../aggregate.js';
import type { RequestEvent } from './request-events.js';

/** The steps in their only order: raised → dispatched → accepted → resolved → rated. */
export const REQUEST_STEPS = ['NONE', 'RAISED', 'DISPATCHED', 'ACCEPTED', 'RESOLVED', 'RATED'] as const;
export type RequestStatus = (typeof REQUEST_STEPS)[number];

export interface RequestState {
  status: RequestStatus;
  villageId?: string;
  description?: string;
  raisedBy?: string;
  /** The party member it was dispatched to, who accepts it. */
  cadreId?: string;
  resolution?: string;
  rating?: number;
  comment?: string;
  /** The date of the latest step; the next one cannot be earlier. */
  lastStepOn?: string;
}

export const requestAggregate: Aggregate<RequestState, RequestEvent> = {
  category: 'request',
  initialState: { status: 'NONE' },
  evolve(state, event) {
    switch (event.type) {
      case 'ServiceRequestRaised': {
        const { villageId, description, raisedBy, raisedOn } = event.data;
        return { status: 'RAISED', villageId, description, raisedBy, lastStepOn: raisedOn };
      }
      case 'ServiceRequestDispatched':
        return {
          ...state,
          status: 'DISPATCHED',
          cadreId: event.data.cadreId,
          lastStepOn: event.data.dispatchedOn,
        };
      case 'ServiceRequestAccepted':
        return { ...state, status: 'ACCEPTED', lastStepOn: event.data.acceptedOn };
      case 'ServiceRequestResolved':
        return {
          ...state,
          status: 'RESOLVED',
          resolution: event.data.resolution,
          lastStepOn: event.data.resolvedOn,
        };
      case 'ServiceRequestRated': {
        const { rating, comment, ratedOn } = event.data;
        return { ...state, status: 'RATED', rating, comment, lastStepOn: ratedOn };
      }
    }
  },
};
