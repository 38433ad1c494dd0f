import type { z } from 'zod';
import type { EventsOf } from '../aggregate.js';
import { isSameSeatRef, type SeatRef } from '../village/seat.js';
import type { electionEvents } from './election-events.js';

export type ElectionEvent = EventsOf<typeof electionEvents>;
type Data<Type extends ElectionEvent['type']> = z.output<(typeof electionEvents)[Type]>;

export interface ElectionCandidate extends SeatRef {
  villageId: string;
  cadreId: string;
  /** The joint qualification review opened for this seat with the candidacy. */
  reviewId: string;
  registeredOn: string;
  result?: { elected: boolean; votedOn: string };
}

/** A 换届: the villages in it, the candidates per seat and their results, the villages done. */
export interface GeneralElection {
  electionId: string;
  startedOn: string;
  villageIds: string[];
  candidates: ElectionCandidate[];
  concludedVillages: { villageId: string; closedOn: string }[];
  closedOn?: string;
}

export const openElection = (elections: readonly GeneralElection[]): GeneralElection | undefined =>
  elections.find((e) => e.closedOn === undefined);

export const isCandidacy = (
  candidate: ElectionCandidate,
  wanted: SeatRef & { villageId: string; cadreId: string },
): boolean =>
  candidate.villageId === wanted.villageId &&
  candidate.cadreId === wanted.cadreId &&
  isSameSeatRef(candidate, wanted);

export const hasConcluded = (election: GeneralElection, villageId: string): boolean =>
  election.concludedVillages.some((v) => v.villageId === villageId);

function changing(
  elections: GeneralElection[],
  electionId: string,
  change: (election: GeneralElection) => GeneralElection,
): GeneralElection[] {
  return elections.map((e) => (e.electionId === electionId ? change(e) : e));
}

/** The township's 换届 after one of their events. */
export function evolveElections(elections: GeneralElection[], event: ElectionEvent): GeneralElection[] {
  switch (event.type) {
    case 'GeneralElectionStarted': {
      const { electionId, startedOn, villageIds } = event.data;
      return [...elections, { electionId, startedOn, villageIds, candidates: [], concludedVillages: [] }];
    }
    case 'ElectionCandidateRegistered': {
      const { townshipId: _t, electionId, ...candidate } = event.data as Data<'ElectionCandidateRegistered'>;
      return changing(elections, electionId, (e) => ({ ...e, candidates: [...e.candidates, candidate] }));
    }
    case 'ElectionResultRecorded': {
      const { elected, votedOn, electionId } = event.data;
      return changing(elections, electionId, (e) => ({
        ...e,
        candidates: e.candidates.map((c) =>
          isCandidacy(c, event.data) ? { ...c, result: { elected, votedOn } } : c,
        ),
      }));
    }
    case 'VillageElectionConcluded': {
      const { villageId, closedOn, electionId } = event.data;
      return changing(elections, electionId, (e) => ({
        ...e,
        concludedVillages: [...e.concludedVillages, { villageId, closedOn }],
      }));
    }
    case 'GeneralElectionConcluded': {
      const { electionId, closedOn } = event.data;
      return changing(elections, electionId, (e) => ({ ...e, closedOn }));
    }
  }
}
