import {
  type Aggregate,
  type TownshipState,
  townshipAggregate,
  townshipEvents,
  type VillageState,
  villageAggregate,
  villageEvents,
} from '@cadre/domain';
import { json, sql } from '../define-projection.js';
import type { Projection } from '../projection.js';
import type { ReadModelDatabase } from '../read-model-database.js';

// biome-ignore lint/suspicious/noExplicitAny: aggregates of different states in one table of folds
const FOLDS: Record<string, Aggregate<any, any>> = {
  village: villageAggregate,
  township: townshipAggregate,
};

/** The events of the streams folded here (no other stream's events are appended to them). */
const FOLDED_TYPES = new Set([...Object.keys(villageEvents), ...Object.keys(townshipEvents)]);

const pending = new WeakMap<ReadModelDatabase, Map<string, { category: string; state: unknown }>>();

function pendingOf(db: ReadModelDatabase) {
  let states = pending.get(db);
  if (!states) {
    states = new Map();
    pending.set(db, states);
  }
  return states;
}

function read(db: ReadModelDatabase, streamId: string, aggregate: Aggregate<unknown>): unknown {
  const kept = pendingOf(db).get(streamId);
  if (kept) return kept.state;
  const row = sql(db, 'SELECT state FROM due_states WHERE stream_id = ?').pluck().get(streamId) as
    | string
    | undefined;
  return row ? JSON.parse(row) : aggregate.initialState;
}

/**
 * Each village's and township's state as the domain's own `evolve` folds it (the committee's term, early
 * warnings, the calendar settings, the 换届 and their candidates): what the due list reads besides the
 * cadres' documents. A batch's changes are written once, at its end.
 */
export const dueStatesProjection: Projection = {
  name: 'due-states',
  version: 1,
  tables: ['due_states'],
  eventTypes: FOLDED_TYPES,
  schema: `
    CREATE TABLE due_states (
      stream_id TEXT PRIMARY KEY,
      category  TEXT NOT NULL,
      state     TEXT NOT NULL
    );
    CREATE INDEX due_states_by_category ON due_states (category);
  `,
  apply(db, event) {
    const category = event.streamId.slice(0, event.streamId.indexOf('-'));
    const aggregate = FOLDS[category];
    if (!aggregate) return;
    const before = read(db, event.streamId, aggregate);
    // an event type this fold does not know leaves the state as it was
    const after = aggregate.evolve(before, event) ?? before;
    pendingOf(db).set(event.streamId, { category, state: after });
  },
  endBatch(db) {
    const save = sql(
      db,
      `INSERT INTO due_states (stream_id, category, state) VALUES (?, ?, ?)
       ON CONFLICT (stream_id) DO UPDATE SET state = excluded.state`,
    );
    const states = pendingOf(db);
    for (const [streamId, { category, state }] of states) save.run(streamId, category, json(state));
    states.clear();
  },
  forget(db) {
    pendingOf(db).clear();
  },
};

function statesOf<State>(db: ReadModelDatabase, category: string): State[] {
  const rows = sql(db, 'SELECT state FROM due_states WHERE category = ?').pluck().all(category) as string[];
  return rows.map((row) => JSON.parse(row) as State);
}

export const readVillageStates = (db: ReadModelDatabase) => statesOf<VillageState>(db, 'village');
export const readTownshipStates = (db: ReadModelDatabase) => statesOf<TownshipState>(db, 'township');
