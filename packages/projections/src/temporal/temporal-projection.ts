import {
  type CadreEventOf,
  cadreAggregate,
  type RequestEvent,
  type TrainingEvent,
  type VillageEvent,
} from '@cadre/domain';
import { streamName } from '@cadre/event-store';
import { json, sql } from '../define-projection.js';
import type { ProjectedEvent, Projection } from '../projection.js';
import type { ReadModelDatabase } from '../read-model-database.js';
import type { TimeBasis } from '../time-travel/as-of.js';
import {
  type CadreCore,
  CORE_EVENT_TYPES,
  INITIAL_CADRE_VERSION,
  serializeCore,
  stepCore,
} from './cadre-core.js';
import { CADRE_KEY_TABLES, CADRE_KEYS_SCHEMA, cadreKeyOf } from './cadre-keys.js';
import { CADRE_VERSION_TABLES, CADRE_VERSIONS_SCHEMA, cadreVersions } from './cadre-versions.js';
import { dayOf } from './event-days.js';
import { type CadreItem, gradeCodeOf, itemCodeOf } from './fact-codes.js';
import { SCOPE_SCHEMA, SCOPE_TABLES } from './scope-indexes.js';
import { foldAt } from './versions.js';

const CADRE_STREAM = streamName(cadreAggregate.category, '');
const BASES: readonly TimeBasis[] = ['OCCURRED', 'RECORDED'];

type Data<E extends { type: string; data: unknown }, T extends E['type']> = Extract<E, { type: T }>['data'];

/**
 * Rows that never change once written, each with the day of the event that wrote it on both clocks: a
 * fact is there as of day D on a clock when its day is D or earlier. Admonishments, honors, benefits and
 * courses are items `evolve` only appends (coded, see fact-codes.ts, with the year the figures count them in);
 * villages, terms, trainings and their sessions are written once by their events. Pledges and requests have
 * an index per clock that holds every column a day reads of them (requests in village order, so counting them
 * by village sorts nothing); a cadre's items, pledges and evaluations are indexed by cadre, for a scope's cadres.
 */
const ITEMS_SCHEMA = `
  CREATE TABLE temporal_cadre_items (
    id           INTEGER PRIMARY KEY,
    cadre_key    INTEGER NOT NULL,
    code         INTEGER NOT NULL,
    year         INTEGER NOT NULL,
    occurred_day TEXT,
    recorded_day TEXT
  );
  CREATE INDEX temporal_cadre_items_by_year ON temporal_cadre_items (year);
  CREATE INDEX temporal_cadre_items_by_cadre ON temporal_cadre_items (cadre_key, year);
  CREATE TABLE temporal_pledges (
    position     INTEGER PRIMARY KEY,
    cadre_key    INTEGER NOT NULL,
    year         INTEGER NOT NULL,
    item_count   INTEGER NOT NULL,
    occurred_day TEXT,
    recorded_day TEXT
  );
  CREATE INDEX temporal_pledges_by_occurred_day ON temporal_pledges (year, occurred_day, position, cadre_key, item_count);
  CREATE INDEX temporal_pledges_by_recorded_day ON temporal_pledges (year, recorded_day, position, cadre_key, item_count);
  CREATE INDEX temporal_pledges_by_cadre ON temporal_pledges (cadre_key, year);
  CREATE TABLE temporal_pledge_evaluations (
    position            INTEGER PRIMARY KEY,
    cadre_key           INTEGER NOT NULL,
    year                INTEGER NOT NULL,
    residents_grade     INTEGER NOT NULL,
    organization_grade  INTEGER NOT NULL,
    occurred_day        TEXT,
    recorded_day        TEXT
  );
  CREATE INDEX temporal_pledge_evaluations_by_year ON temporal_pledge_evaluations (year);
  CREATE INDEX temporal_pledge_evaluations_by_cadre ON temporal_pledge_evaluations (cadre_key, year);
  CREATE TABLE temporal_requests (
    request_id           TEXT PRIMARY KEY,
    village_id           TEXT NOT NULL,
    occurred_day         TEXT,
    recorded_day         TEXT,
    resolved_occurred_day TEXT,
    resolved_recorded_day TEXT
  );
  CREATE INDEX temporal_requests_by_occurred_day ON temporal_requests (village_id, occurred_day, resolved_occurred_day);
  CREATE INDEX temporal_requests_by_recorded_day ON temporal_requests (village_id, recorded_day, resolved_recorded_day);
  CREATE TABLE temporal_villages (
    village_id   TEXT NOT NULL,
    township_id  TEXT NOT NULL,
    kind         TEXT NOT NULL,
    occurred_day TEXT,
    recorded_day TEXT
  );
  CREATE TABLE temporal_village_terms (
    village_id     TEXT NOT NULL,
    started_on     TEXT NOT NULL,
    planned_end_on TEXT NOT NULL,
    occurred_day   TEXT,
    recorded_day   TEXT
  );
  CREATE TABLE temporal_trainings (
    training_id  TEXT PRIMARY KEY,
    township_id  TEXT NOT NULL,
    kind         TEXT NOT NULL,
    occurred_day TEXT,
    recorded_day TEXT
  );
  CREATE TABLE temporal_training_sessions (
    position               INTEGER PRIMARY KEY,
    training_id            TEXT NOT NULL,
    township_id            TEXT NOT NULL,
    kind                   TEXT NOT NULL,
    held_on                TEXT NOT NULL,
    year                   INTEGER NOT NULL,
    attendees              TEXT NOT NULL,
    occurred_day           TEXT,
    recorded_day           TEXT,
    scheduled_occurred_day TEXT,
    scheduled_recorded_day TEXT
  );
  CREATE INDEX temporal_training_sessions_by_year ON temporal_training_sessions (year)`;

const days = (event: ProjectedEvent) => [dayOf(event, 'OCCURRED'), dayOf(event, 'RECORDED')];

function addItem(
  db: ReadModelDatabase,
  event: ProjectedEvent,
  cadreId: string,
  item: CadreItem,
  kind: string,
  year: number,
) {
  const code = itemCodeOf(item, kind);
  if (code === undefined) return;
  sql(
    db,
    `INSERT INTO temporal_cadre_items (cadre_key, code, year, occurred_day, recorded_day)
     VALUES (?, ?, ?, ?, ?)`,
  ).run(cadreKeyOf(db, cadreId), code, year, ...days(event));
}

const yearOf = (day: string) => Number(day.slice(0, 4));

type CadreItemWriter = (db: ReadModelDatabase, cadreId: string, event: ProjectedEvent) => void;

/** The dated items of a cadre's events, as the activity tables and `cadre_trainings` would hold them, by type. */
const CADRE_ITEMS: Record<string, CadreItemWriter> = {
  CadreInterviewed(db, cadreId, event) {
    const { kind, heldOn } = event.data as CadreEventOf<'CadreInterviewed'>['data'];
    addItem(db, event, cadreId, 'INTERVIEW', kind, yearOf(heldOn));
  },
  CadreHonored(db, cadreId, event) {
    const { level, awardedOn } = event.data as CadreEventOf<'CadreHonored'>['data'];
    addItem(db, event, cadreId, 'HONOR', level, yearOf(awardedOn));
  },
  BenefitGranted(db, cadreId, event) {
    const { kind, year } = event.data as CadreEventOf<'BenefitGranted'>['data'];
    addItem(db, event, cadreId, 'BENEFIT', kind, year);
  },
  CadreTrained(db, _cadreId, event) {
    const d = event.data as CadreEventOf<'CadreTrained'>['data'];
    addItem(db, event, d.cadreId, 'TRAINING', d.kind, yearOf(d.trainedOn));
  },
  PledgeMade(db, cadreId, event) {
    const { year, items } = event.data as CadreEventOf<'PledgeMade'>['data'];
    sql(
      db,
      `INSERT INTO temporal_pledges (position, cadre_key, year, item_count, occurred_day, recorded_day)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ).run(Number(event.position), cadreKeyOf(db, cadreId), year, items.length, ...days(event));
  },
  PledgeEvaluated(db, cadreId, event) {
    const d = event.data as CadreEventOf<'PledgeEvaluated'>['data'];
    sql(
      db,
      `INSERT INTO temporal_pledge_evaluations (position, cadre_key, year, residents_grade, organization_grade,
         occurred_day, recorded_day) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      Number(event.position),
      cadreKeyOf(db, cadreId),
      d.year,
      gradeCodeOf(d.residentsRating),
      gradeCodeOf(d.organizationRating),
      ...days(event),
    );
  },
};

function applyCadreEvent(db: ReadModelDatabase, event: ProjectedEvent) {
  const cadreId = event.streamId.slice(CADRE_STREAM.length);
  // an event that changes no core key changes no version (foldAt would give the same versions back)
  if (CORE_EVENT_TYPES.has(event.type)) foldVersions(db, cadreId, event);
  CADRE_ITEMS[event.type]?.(db, cadreId, event);
}

function foldVersions(db: ReadModelDatabase, cadreId: string, event: ProjectedEvent) {
  // a new cadre's key is given at its first event, in the events' order, though the versions are written when
  // the batch ends: the keys are then the same however the events were batched
  if (event.revision === 0) cadreKeyOf(db, cadreId);
  const store = cadreVersions(db);
  // Both clocks usually fold the event onto the very same state object: fold it once.
  const stepped = new Map<CadreCore, CadreCore>();
  const step = (core: CadreCore) => {
    let next = stepped.get(core);
    if (!next) {
      next = stepCore(core, event);
      stepped.set(core, next);
    }
    return next;
  };
  for (const basis of BASES) {
    const day = dayOf(event, basis);
    if (day === null) continue;
    const versions = store.read(basis, cadreId, event.revision === 0);
    const next = foldAt(versions, day, INITIAL_CADRE_VERSION, step, serializeCore);
    if (next !== versions) store.write(basis, cadreId, next);
  }
}

/**
 * A training's kind, and each session with the days of its scheduling: the session's row counts as of a
 * day when both happened by then (the `trainings` projection updates the scheduled row; without one it has
 * nothing to update). A training is held once (TRAINING_ALREADY_HELD), so its session is its `held_on`.
 */
function applyTrainingEvent(db: ReadModelDatabase, event: ProjectedEvent) {
  if (event.type === 'TrainingScheduled') {
    const d = event.data as Data<TrainingEvent, 'TrainingScheduled'>;
    sql(
      db,
      'INSERT INTO temporal_trainings (training_id, township_id, kind, occurred_day, recorded_day) VALUES (?, ?, ?, ?, ?)',
    ).run(d.trainingId, d.townshipId, d.kind, ...days(event));
    return;
  }
  const d = event.data as Data<TrainingEvent, 'TrainingHeld'>;
  const scheduled = sql(
    db,
    'SELECT township_id, kind, occurred_day, recorded_day FROM temporal_trainings WHERE training_id = ?',
  ).get(d.trainingId) as
    | { township_id: string; kind: string; occurred_day: string | null; recorded_day: string | null }
    | undefined;
  if (!scheduled) return;
  const attendees = d.attendees.map((cadreId) => cadreKeyOf(db, cadreId));
  sql(
    db,
    `INSERT INTO temporal_training_sessions (position, training_id, township_id, kind, held_on, year, attendees,
       occurred_day, recorded_day, scheduled_occurred_day, scheduled_recorded_day) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    Number(event.position),
    d.trainingId,
    scheduled.township_id,
    scheduled.kind,
    d.heldOn,
    yearOf(d.heldOn),
    json(attendees),
    ...days(event),
    scheduled.occurred_day,
    scheduled.recorded_day,
  );
  const attended = sql(
    db,
    'INSERT OR IGNORE INTO temporal_session_attendees (cadre_key, year, position) VALUES (?, ?, ?)',
  );
  for (const cadreKey of attendees) attended.run(cadreKey, yearOf(d.heldOn), Number(event.position));
}

/** The rows of villages, their terms, trainings and service requests, by the type of the event that writes them. */
const VILLAGE_TRAINING_REQUEST_ROWS: Record<string, (db: ReadModelDatabase, event: ProjectedEvent) => void> =
  {
    VillageRegistered(db, event) {
      const d = event.data as Data<VillageEvent, 'VillageRegistered'>;
      sql(
        db,
        'INSERT INTO temporal_villages (village_id, township_id, kind, occurred_day, recorded_day) VALUES (?, ?, ?, ?, ?)',
      ).run(d.villageId, d.townshipId, d.kind, ...days(event));
    },
    CommitteeTermStarted(db, event) {
      const d = event.data as Data<VillageEvent, 'CommitteeTermStarted'>;
      sql(
        db,
        `INSERT INTO temporal_village_terms (village_id, started_on, planned_end_on, occurred_day, recorded_day)
       VALUES (?, ?, ?, ?, ?)`,
      ).run(d.villageId, d.startedOn, d.plannedEndOn, ...days(event));
    },
    TrainingScheduled: applyTrainingEvent,
    TrainingHeld: applyTrainingEvent,
    ServiceRequestRaised(db, event) {
      const d = event.data as Data<RequestEvent, 'ServiceRequestRaised'>;
      sql(
        db,
        'INSERT INTO temporal_requests (request_id, village_id, occurred_day, recorded_day) VALUES (?, ?, ?, ?)',
      ).run(d.requestId, d.villageId, ...days(event));
    },
    ServiceRequestResolved: resolveRequest,
    ServiceRequestRated: resolveRequest,
  };

/** Resolved from the first day either is there: the later of the two comes later in the stream. */
function resolveRequest(db: ReadModelDatabase, event: ProjectedEvent) {
  sql(
    db,
    `UPDATE temporal_requests SET
       resolved_occurred_day = MIN(COALESCE(resolved_occurred_day, @occurred), COALESCE(@occurred, resolved_occurred_day)),
       resolved_recorded_day = MIN(COALESCE(resolved_recorded_day, @recorded), COALESCE(@recorded, resolved_recorded_day))
     WHERE request_id = @requestId`,
  ).run({
    requestId: (event.data as { requestId: string }).requestId,
    occurred: dayOf(event, 'OCCURRED'),
    recorded: dayOf(event, 'RECORDED'),
  });
}

/**
 * The read models as of any day, on business time and on recorded time: statistics as of a day read them
 * with a `WHERE` on the day instead of replaying the events up to it (see temporal-statistics-rows.ts).
 */
export const temporalProjection: Projection = {
  name: 'temporal',
  // 4: sessions carry their township (a township's statistics counted every township's sessions)
  // 5: a cadre version's profile, reserve standing and posts packed in one column
  // 6: pledges and requests indexed by day on each clock, covering what a day reads of them
  // 7: a cadre version's facts packed in one column, its birth date and ids included (packed-cadre-version.ts)
  // 8: the cadres' items, pledges and evaluations indexed by cadre (a scope's found by its cadres' ids)
  // 9: indexes by scope (villages, terms, cadre versions, sessions by township) and the sessions' attendees by cadre
  // 10: the rows name a cadre by its key (cadre-keys.ts), an integer, instead of its id
  // 11: items and grades as integer codes (fact-codes.ts); of the talks only admonishments kept
  version: 11,
  tables: [
    ...CADRE_KEY_TABLES,
    ...CADRE_VERSION_TABLES,
    'temporal_cadre_items',
    'temporal_villages',
    'temporal_village_terms',
    'temporal_pledges',
    'temporal_pledge_evaluations',
    'temporal_trainings',
    'temporal_training_sessions',
    'temporal_requests',
    ...SCOPE_TABLES,
    // version 1's, replaced by the ones above
    'temporal_training_events',
    'temporal_request_events',
  ],
  schema: `${CADRE_KEYS_SCHEMA}; ${CADRE_VERSIONS_SCHEMA}; ${ITEMS_SCHEMA}; ${SCOPE_SCHEMA}`,
  eventTypes: new Set([
    ...CORE_EVENT_TYPES,
    ...Object.keys(CADRE_ITEMS),
    ...Object.keys(VILLAGE_TRAINING_REQUEST_ROWS),
  ]),
  apply(db, event) {
    if (event.streamId.startsWith(CADRE_STREAM)) return applyCadreEvent(db, event);
    VILLAGE_TRAINING_REQUEST_ROWS[event.type]?.(db, event);
  },
  endBatch: (db) => cadreVersions(db).flush(),
  forget: (db) => cadreVersions(db).forget(),
};
