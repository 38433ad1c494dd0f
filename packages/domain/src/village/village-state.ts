import type { z } from 'zod';
import type { Aggregate } from '../aggregate.js';
import type { CommitteeTerm, CurrentTerm } from './committee-term.js';
import { isSameSeatRef } from './seat.js';
import type {
  CommitteeReviewRecorded,
  CommitteeTermStarted,
  EarlyWarningResolved,
  earlyWarning,
  SeatHolding,
  VillageEvent,
  villageKind,
} from './village-events.js';

type CommitteeReviewData = CommitteeReviewRecorded['data'];

export interface CommitteeReview extends Omit<CommitteeReviewData, 'villageId' | 'earlyWarnings'> {
  issueIds: string[];
}

/** A flagged issue, raised by a committee review; open until a corrective action resolves it. */
export type EarlyWarning = z.infer<typeof earlyWarning> & {
  period: string;
  raisedOn: string;
  resolution?: Omit<EarlyWarningResolved['data'], 'villageId' | 'issueId'>;
};

export interface VillageState {
  registered: boolean;
  villageId?: string;
  townshipId?: string;
  name?: string;
  kind?: z.infer<typeof villageKind>;
  /** The seats currently held, one entry per holder. */
  seats: SeatHolding[];
  committeeReviews: CommitteeReview[];
  earlyWarnings: EarlyWarning[];
  /** The term begun last (start and planned end); null until one is recorded. */
  term: CurrentTerm | null;
  /** Every term recorded, oldest first. */
  terms: CommitteeTerm[];
}

function startTerm(state: VillageState, data: CommitteeTermStarted['data']): VillageState {
  const { villageId: _villageId, ...term } = data;
  const terms = state.terms.map((t, index) =>
    index === state.terms.length - 1 &&
    t.endedOn === undefined &&
    t.startedOn < data.startedOn &&
    data.startedOn < t.plannedEndOn
      ? { ...t, endedOn: data.startedOn }
      : t,
  );
  const ordered = [...terms, term].sort((a, b) => a.startedOn.localeCompare(b.startedOn));
  const latest = ordered.at(-1)!;
  return {
    ...state,
    terms: ordered,
    term: { startedOn: latest.startedOn, plannedEndOn: latest.plannedEndOn },
  };
}

function recordReview(state: VillageState, data: CommitteeReviewData): VillageState {
  const { villageId: _villageId, earlyWarnings, ...review } = data;
  const raised = earlyWarnings.map((w) => ({ ...w, period: data.period, raisedOn: data.reviewedOn }));
  return {
    ...state,
    committeeReviews: [
      ...state.committeeReviews,
      { ...review, issueIds: earlyWarnings.map((w) => w.issueId) },
    ],
    earlyWarnings: [...state.earlyWarnings, ...raised],
  };
}

export const villageAggregate: Aggregate<VillageState, VillageEvent> = {
  category: 'village',
  initialState: {
    registered: false,
    seats: [],
    committeeReviews: [],
    earlyWarnings: [],
    term: null,
    terms: [],
  },
  evolve(state, event) {
    switch (event.type) {
      case 'VillageRegistered':
        return { ...state, registered: true, ...event.data };
      case 'CommitteeReviewRecorded':
        return recordReview(state, event.data);
      case 'EarlyWarningResolved': {
        const { issueId, correctiveAction, resolvedOn } = event.data;
        const earlyWarnings = state.earlyWarnings.map((w) =>
          w.issueId === issueId ? { ...w, resolution: { correctiveAction, resolvedOn } } : w,
        );
        return { ...state, earlyWarnings };
      }
      case 'SeatFilled': {
        const { villageId: _villageId, ...holding } = event.data;
        return { ...state, seats: [...state.seats, holding] };
      }
      case 'SeatVacated': {
        const { cadreId } = event.data;
        const seats = state.seats.filter((s) => !(s.cadreId === cadreId && isSameSeatRef(s, event.data)));
        return { ...state, seats };
      }
      case 'CommitteeTermStarted':
        return startTerm(state, event.data);
    }
  },
};
