import type { CadreRef, CadreTrainingFacts, TrainingFacts } from '../statistics/statistics-facts.js';
import type { TrainingRow } from '../statistics/statistics-rows.js';

/** A session's row as read: position, training, township, kind, day held, attendees' keys (JSON). */
export type SessionRow = [number, string, string, TrainingFacts['kind'], string, string];

/** A held session as the statistics read it, and the record it puts on each attendee's file. */
export interface SessionFacts {
  training: TrainingRow;
  attendance: readonly CadreTrainingFacts[];
}

interface Kept {
  attendees: string;
  facts: SessionFacts;
}

/**
 * Sessions already turned into facts, by the position of the event that held them. A session's row never
 * changes once written, but the entry is still served only while the row read equals it (the same position
 * in another store, or a rebuilt one, is another session): what it saves is parsing the attendees and one
 * record per attendee in every answer, most of what a year's sessions cost.
 */
const kept = new Map<number, Kept>();
const MOST_KEPT = 16_384;

export function sessionFacts(row: SessionRow): SessionFacts {
  const [position, trainingId, townshipId, kind, heldOn, attendees] = row;
  const known = kept.get(position);
  if (known && known.attendees === attendees) {
    const { training } = known.facts;
    if (
      training.trainingId === trainingId &&
      training.townshipId === townshipId &&
      training.kind === kind &&
      training.heldOn === heldOn
    )
      return known.facts;
  }
  const year = Number(heldOn.slice(0, 4));
  const ids = Object.freeze(JSON.parse(attendees) as CadreRef[]) as CadreRef[];
  const facts: SessionFacts = Object.freeze({
    training: Object.freeze({ trainingId, townshipId, kind, heldOn, attendees: ids }),
    attendance: Object.freeze(ids.map((cadreId) => Object.freeze({ cadreId, kind, year }))),
  });
  if (kept.size >= MOST_KEPT) kept.clear();
  kept.set(position, { attendees, facts });
  return facts;
}
