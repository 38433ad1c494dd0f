import type { CadreEventOf, TrainingHeld, TrainingScheduled } from '@cadre/domain';
import { defineProjection, json, sql } from '../define-projection.js';
import type { ProjectedEvent } from '../projection.js';
import type { ReadModelDatabase } from '../read-model-database.js';

function addTraining(
  db: ReadModelDatabase,
  record: CadreEventOf<'CadreTrained'>['data'],
  fromSession: boolean,
  event: ProjectedEvent,
) {
  sql(
    db,
    `INSERT INTO cadre_trainings (cadre_id, training_id, topic, kind, trained_on, from_session, occurred_at, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    record.cadreId,
    record.trainingId ?? null,
    record.topic,
    record.kind,
    record.trainedOn,
    Number(fromSession),
    event.metadata.occurredAt,
    event.recordedAt,
  );
}

/**
 * Training sessions with their attendance, and every cadre's training record: the sessions they attended
 * (`from_session`, with the times of the `TrainingHeld` that says so, for time travel) and the courses
 * their own stream records.
 */
export const trainingsProjection = defineProjection({
  name: 'trainings',
  version: 3,
  tables: ['trainings', 'cadre_trainings'],
  schema: `
    CREATE TABLE trainings (
      training_id TEXT PRIMARY KEY,
      township_id TEXT NOT NULL,
      topic       TEXT NOT NULL,
      kind        TEXT NOT NULL,
      date        TEXT NOT NULL,
      place       TEXT NOT NULL,
      held_on     TEXT,
      attendees   TEXT NOT NULL DEFAULT '[]'
    );
    CREATE INDEX trainings_by_date ON trainings (date);
    CREATE INDEX trainings_by_township ON trainings (township_id, held_on);
    CREATE TABLE cadre_trainings (
      id           INTEGER PRIMARY KEY,
      cadre_id     TEXT NOT NULL,
      training_id  TEXT,
      topic        TEXT NOT NULL,
      kind         TEXT NOT NULL,
      trained_on   TEXT NOT NULL,
      from_session INTEGER NOT NULL,
      occurred_at  TEXT NOT NULL,
      recorded_at  TEXT NOT NULL
    );
    CREATE INDEX cadre_trainings_by_cadre ON cadre_trainings (cadre_id, trained_on);
  `,
  handlers: {
    TrainingScheduled(db, d: TrainingScheduled['data']) {
      sql(
        db,
        'INSERT INTO trainings (training_id, township_id, topic, kind, date, place) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(d.trainingId, d.townshipId, d.topic, d.kind, d.date, d.place);
    },
    TrainingHeld(db, d: TrainingHeld['data'], event) {
      sql(db, 'UPDATE trainings SET held_on = ?, attendees = ? WHERE training_id = ?').run(
        d.heldOn,
        json(d.attendees),
        d.trainingId,
      );
      const training = sql(db, 'SELECT topic, kind FROM trainings WHERE training_id = ?').get(
        d.trainingId,
      ) as Pick<TrainingScheduled['data'], 'topic' | 'kind'>;
      for (const cadreId of d.attendees)
        addTraining(db, { cadreId, ...training, trainingId: d.trainingId, trainedOn: d.heldOn }, true, event);
    },
    CadreTrained(db, d: CadreEventOf<'CadreTrained'>['data'], event) {
      addTraining(db, d, false, event);
    },
  },
});
