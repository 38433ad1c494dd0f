import { type CadreEvent, type CadreState, cadreAggregate } from '@cadre/domain';
import { streamName } from '@cadre/event-store';
import { ACTIVITIES_SCHEMA, ACTIVITY_ROWS, ACTIVITY_TABLES } from '../activities/activity-rows.js';
import { sql } from '../define-projection.js';
import type { ProjectedEvent, Projection } from '../projection.js';
import type { ReadModelDatabase } from '../read-model-database.js';
import { CADRE_COLUMNS, type CadreColumns, cadreColumns, columnsChanged } from './cadre-columns.js';
import { CADRE_DOCUMENT_TABLES, CADRE_DOCUMENTS_SCHEMA, cadreDocuments } from './cadre-documents.js';
import { isRegistered } from './cadre-dossier.js';
import { CADRE_FACET_TABLES, CADRE_FACETS_SCHEMA, followFacets } from './cadre-facets.js';
import { forgetKept } from './kept-by-position.js';
import { POST_ROWS, POSTS_SCHEMA } from './post-rows.js';
import { followState, type StateRows } from './state-rows.js';

const CADRE_STREAM = streamName(cadreAggregate.category, '');

const ROWS: readonly StateRows[] = [POST_ROWS, ...ACTIVITY_ROWS];

/** Version 1's tables of the dossier's parts, which the document now holds: dropped with the others. */
const RETIRED_TABLES = ['qualification_reviews', 'education_records', 'assessments'];

const columnValues = (columns: CadreColumns) => CADRE_COLUMNS.map((column) => columns[column]);

// Built once: a statement's text is its cache key, hashed on every use.
const REGISTER_ROW = `INSERT INTO cadres (cadre_id, seq, registered_at, ${CADRE_COLUMNS.join(', ')})
     VALUES (?, ?, ?, ${CADRE_COLUMNS.map(() => '?').join(', ')})`;
const UPDATE_ROW = `UPDATE cadres SET ${CADRE_COLUMNS.map((column) => `${column} = ?`).join(', ')} WHERE cadre_id = ?`;

function registerRow(db: ReadModelDatabase, cadreId: string, columns: CadreColumns, event: ProjectedEvent) {
  sql(db, REGISTER_ROW).run(
    cadreId,
    Number(event.position),
    event.metadata.occurredAt,
    ...columnValues(columns),
  );
}

function updateRow(db: ReadModelDatabase, cadreId: string, columns: CadreColumns) {
  sql(db, UPDATE_ROW).run(...columnValues(columns), cadreId);
}

/**
 * 一人一档 and 动态管理台账. Each cadre's file is one document, the `CadreState` the domain's own
 * `evolve` folds from the cadre's stream; the `cadres` row (the columns the roster filters, sorts and
 * counts by), the posts and the activity tables are derived from that state after each event.
 */
export const cadresProjection: Projection = {
  name: 'cadres',
  version: 7,
  tables: [
    'cadres',
    ...CADRE_DOCUMENT_TABLES,
    ...CADRE_FACET_TABLES,
    'posts',
    ...ACTIVITY_TABLES,
    ...RETIRED_TABLES,
  ],
  lookupIndexes: ['posts_by_cadre'],
  schema: `
    CREATE TABLE cadres (
      cadre_id            TEXT PRIMARY KEY,
      seq                 INTEGER NOT NULL UNIQUE,
      registered_at       TEXT NOT NULL,
      name                TEXT NOT NULL,
      gender              TEXT NOT NULL,
      ethnicity           TEXT NOT NULL,
      birth_date          TEXT NOT NULL,
      id_number           TEXT NOT NULL,
      phone               TEXT,
      political_status    TEXT NOT NULL,
      education_level     TEXT NOT NULL,
      profile             TEXT NOT NULL,
      village_id          TEXT,
      reserve_village_id  TEXT,
      reserve_source      TEXT,
      reserve_tier        INTEGER,
      reserve_enlisted_on TEXT,
      mentors             TEXT
    );
    CREATE INDEX cadres_by_village ON cadres (village_id, seq);
    CREATE INDEX cadres_by_reserve_village ON cadres (reserve_village_id, seq);
    CREATE INDEX cadres_by_name ON cadres (name, seq);
    ${CADRE_DOCUMENTS_SCHEMA};
    ${CADRE_FACETS_SCHEMA};
    ${POSTS_SCHEMA}
    ${ACTIVITIES_SCHEMA}
  `,
  apply(db, event) {
    if (!event.streamId.startsWith(CADRE_STREAM)) return;
    const cadreId = event.streamId.slice(CADRE_STREAM.length);
    const documents = cadreDocuments(db);
    const before: CadreState = event.revision === 0 ? cadreAggregate.initialState : documents.read(cadreId);
    const after = cadreAggregate.evolve(before, event as unknown as CadreEvent);
    if (after === before) return;
    documents.write(cadreId, after, Number(event.position));
    if (!isRegistered(after)) return;
    if (!isRegistered(before)) registerRow(db, cadreId, cadreColumns(after), event);
    else if (columnsChanged(before, after)) updateRow(db, cadreId, cadreColumns(after));
    followState(db, ROWS, cadreId, before, after, event);
    followFacets(db, cadreId, before, after, event);
  },
  endBatch: (db) => cadreDocuments(db).flush(),
  forget: (db) => {
    cadreDocuments(db).forget();
    forgetKept(db);
  },
};
