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
import { type CadreCore, INITIAL_CADRE_VERSION, serializeCore, stepCore } from './cadre-core.js';
import { CADRE_VERSION_TABLES, CADRE_VERSIONS_SCHEMA, cadreVersions } from './cadre-versions.js';
import { dayOf } from './event-days.js';
import { foldAt } from './versions.js';

const CADRE_STREAM = streamName(cadreAggregate.category, '');
const BASES: readonly TimeBasis[] = ['OCCURRED', 'RECORDED'];

type Data<E extends { type: string; data: unknown }, T extends E['type']> = Extract<E, { type: T }>['data'];

/**
 * Rows that never change once written, each with the day of the event that wrote it on both clocks: a
 * fact is there as of day D on a clock when its day is D or earlier. Talks, honors, benefits and courses
 * are items `evolve` only appends; villages, terms, trainings and requests are the events their read
 * models fold, kept with their positions so that the fold as of a day is done when it is read.
 */
const ITEMS_SCHEMA = `
  CREATE TABLE temporal_cadre_items (
    id           INTEGER PRIMARY KEY,
    cadre_id     TEXT NOT NULL,
    item         TEXT NOT NULL,
    kind         TEXT NOT NULL,
    on_day       TEXT NOT NULL,
    year         INTEGER NOT NULL,
    occurred_day TEXT,
    recorded_day TEXT
  );
  CREATE INDEX temporal_cadre_items_by_year ON temporal_cadre_items (year);
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
  CREATE TABLE temporal_training_events (
    position     INTEGER PRIMARY KEY,
    training_id  TEXT NOT NULL,
    kind         TEXT,
    held_on      TEXT,
    attendees    TEXT,
    occurred_day TEXT,
    recorded_day TEXT
  );
  CREATE TABLE temporal_request_events (
    position     INTEGER PRIMARY KEY,
    request_id   TEXT NOT NULL,
    village_id   TEXT,
    status       TEXT NOT NULL,
    resolved_on  TEXT,
    occurred_day TEXT,
    recorded_day TEXT
  )`;

const days = (event: ProjectedEvent) => [dayOf(event, 'OCCURRED'), dayOf(event, 'RECORDED')];

function addItem(
  db: ReadModelDatabase,
  event: ProjectedEvent,
  cadreId: string,
  item: string,
  kind: string,
  onDay: string,
  year: number,
) {
  sql(
    db,
    `INSERT INTO temporal_cadre_items (cadre_id, item, kind, on_day, year, occurred_day, recorded_day)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(cadreId, item, kind, onDay, year, ...days(event));
}

const yearOf = (day: string) => Number(day.slice(0, 4));

/** The dated items of a cadre's event, as the activity tables and `cadre_trainings` would hold them. */
function addCadreItems(db: ReadModelDatabase, cadreId: string, event: ProjectedEvent) {
  switch (event.type) {
    case 'CadreInterviewed': {
      const { kind, heldOn } = event.data as CadreEventOf<'CadreInterviewed'>['data'];
      return addItem(db, event, cadreId, 'INTERVIEW', kind, heldOn, yearOf(heldOn));
    }
    case 'CadreHonored': {
      const { level, awardedOn } = event.data as CadreEventOf<'CadreHonored'>['data'];
      return addItem(db, event, cadreId, 'HONOR', level, awardedOn, yearOf(awardedOn));
    }
    case 'BenefitGranted': {
      const { kind, year, grantedOn } = event.data as CadreEventOf<'BenefitGranted'>['data'];
      return addItem(db, event, cadreId, 'BENEFIT', kind, grantedOn, year);
    }
    case 'CadreTrained': {
      const d = event.data as CadreEventOf<'CadreTrained'>['data'];
      return addItem(db, event, d.cadreId, 'TRAINING', d.kind, d.trainedOn, yearOf(d.trainedOn));
    }
  }
}

function applyCadreEvent(db: ReadModelDatabase, event: ProjectedEvent) {
  const cadreId = event.streamId.slice(CADRE_STREAM.length);
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
  addCadreItems(db, cadreId, event);
}

const REQUEST_STATUS: Record<RequestEvent['type'], string> = {
  ServiceRequestRaised: 'RAISED',
  ServiceRequestDispatched: 'DISPATCHED',
  ServiceRequestAccepted: 'ACCEPTED',
  ServiceRequestResolved: 'RESOLVED',
  ServiceRequestRated: 'RATED',
};

function applyRequestEvent(db: ReadModelDatabase, event: ProjectedEvent) {
  const data = event.data as { requestId: string; villageId?: string; resolvedOn?: string };
  sql(
    db,
    `INSERT INTO temporal_request_events (position, request_id, village_id, status, resolved_on, occurred_day, recorded_day)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    Number(event.position),
    data.requestId,
    event.type === 'ServiceRequestRaised' ? data.villageId : null,
    REQUEST_STATUS[event.type as RequestEvent['type']],
    event.type === 'ServiceRequestResolved' ? data.resolvedOn : null,
    ...days(event),
  );
}

function applyTrainingEvent(db: ReadModelDatabase, event: ProjectedEvent) {
  const insert = sql(
    db,
    `INSERT INTO temporal_training_events (position, training_id, kind, held_on, attendees, occurred_day, recorded_day)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  if (event.type === 'TrainingScheduled') {
    const d = event.data as Data<TrainingEvent, 'TrainingScheduled'>;
    insert.run(Number(event.position), d.trainingId, d.kind, null, null, ...days(event));
  } else {
    const d = event.data as Data<TrainingEvent, 'TrainingHeld'>;
    insert.run(Number(event.position), d.trainingId, null, d.heldOn, json(d.attendees), ...days(event));
  }
}

/**
 * The read models as of any day, on business time and on recorded time: statistics as of a day read them
 * with a `WHERE` on the day instead of replaying the events up to it (see temporal-statistics.ts).
 */
export const temporalProjection: Projection = {
  name: 'temporal',
  version: 1,
  tables: [
    ...CADRE_VERSION_TABLES,
    'temporal_cadre_items',
    'temporal_villages',
    'temporal_village_terms',
    'temporal_training_events',
    'temporal_request_events',
  ],
  schema: `${CADRE_VERSIONS_SCHEMA}; ${ITEMS_SCHEMA}`,
  apply(db, event) {
    if (event.streamId.startsWith(CADRE_STREAM)) return applyCadreEvent(db, event);
    switch (event.type) {
      case 'VillageRegistered': {
        const d = event.data as Data<VillageEvent, 'VillageRegistered'>;
        sql(
          db,
          'INSERT INTO temporal_villages (village_id, township_id, kind, occurred_day, recorded_day) VALUES (?, ?, ?, ?, ?)',
        ).run(d.villageId, d.townshipId, d.kind, ...days(event));
        return;
      }
      case 'CommitteeTermStarted': {
        const d = event.data as Data<VillageEvent, 'CommitteeTermStarted'>;
        sql(
          db,
          `INSERT INTO temporal_village_terms (village_id, started_on, planned_end_on, occurred_day, recorded_day)
           VALUES (?, ?, ?, ?, ?)`,
        ).run(d.villageId, d.startedOn, d.plannedEndOn, ...days(event));
        return;
      }
      case 'TrainingScheduled':
      case 'TrainingHeld':
        return applyTrainingEvent(db, event);
    }
    if (Object.hasOwn(REQUEST_STATUS, event.type)) applyRequestEvent(db, event);
  },
  endBatch: (db) => cadreVersions(db).flush(),
  forget: (db) => cadreVersions(db).forget(),
};
