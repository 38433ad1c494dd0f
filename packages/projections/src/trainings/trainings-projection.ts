import type { CadreEventOf, TrainingHeld, TrainingScheduled } from '@cadre/domain';
import { defineProjection, json, sql } from '../define-projection.js';

/** Training sessions with their attendance, and every cadre's training record (sessions and individual). */
export const trainingsProjection = defineProjection({
  name: 'trainings',
  version: 1,
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
    CREATE TABLE cadre_trainings (
      id          INTEGER PRIMARY KEY,
      cadre_id    TEXT NOT NULL,
      training_id TEXT,
      topic       TEXT NOT NULL,
      kind        TEXT NOT NULL,
      trained_on  TEXT NOT NULL
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
    TrainingHeld(db, d: TrainingHeld['data']) {
      sql(db, 'UPDATE trainings SET held_on = ?, attendees = ? WHERE training_id = ?').run(
        d.heldOn,
        json(d.attendees),
        d.trainingId,
      );
      const training = sql(db, 'SELECT topic, kind FROM trainings WHERE training_id = ?').get(
        d.trainingId,
      ) as {
        topic: string;
        kind: string;
      };
      const attend = sql(
        db,
        'INSERT INTO cadre_trainings (cadre_id, training_id, topic, kind, trained_on) VALUES (?, ?, ?, ?, ?)',
      );
      for (const cadreId of d.attendees)
        attend.run(cadreId, d.trainingId, training.topic, training.kind, d.heldOn);
    },
    CadreTrained(db, d: CadreEventOf<'CadreTrained'>['data']) {
      sql(
        db,
        'INSERT INTO cadre_trainings (cadre_id, training_id, topic, kind, trained_on) VALUES (?, ?, ?, ?, ?)',
      ).run(d.cadreId, d.trainingId ?? null, d.topic, d.kind, d.trainedOn);
    },
  },
});
