import type { ReminderEvent } from '@cadre/domain';
import { defineProjection, json, sql } from '../define-projection.js';

type Data<T extends ReminderEvent['type']> = Extract<ReminderEvent, { type: T }>['data'];

/** Every reminder issued, whom it went to, and who acknowledged it when: what auditors list. */
export const remindersProjection = defineProjection({
  name: 'reminders',
  version: 1,
  tables: ['reminders'],
  schema: `
    CREATE TABLE reminders (
      reminder_id     TEXT PRIMARY KEY,
      seq             INTEGER NOT NULL UNIQUE,
      rule            TEXT NOT NULL,
      subject_id      TEXT NOT NULL,
      village_id      TEXT,
      cadre_id        TEXT,
      due_on          TEXT NOT NULL,
      issued_on       TEXT NOT NULL,
      issued_at       TEXT NOT NULL,
      audience        TEXT NOT NULL,
      recipients      TEXT NOT NULL,
      acknowledged_by TEXT,
      acknowledged_on TEXT,
      acknowledged_at TEXT
    );
    CREATE INDEX reminders_by_village ON reminders (village_id, seq);
    CREATE INDEX reminders_by_rule ON reminders (rule, seq);
  `,
  handlers: {
    ReminderIssued(db, d: Data<'ReminderIssued'>, event) {
      sql(
        db,
        `INSERT INTO reminders (reminder_id, seq, rule, subject_id, village_id, cadre_id, due_on, issued_on,
           issued_at, audience, recipients) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        d.reminderId,
        Number(event.position),
        d.rule,
        d.subjectId,
        d.villageId,
        d.cadreId,
        d.dueOn,
        d.issuedOn,
        event.recordedAt,
        json(d.audience),
        json(d.recipients),
      );
    },
    ReminderAcknowledged(db, d: Data<'ReminderAcknowledged'>, event) {
      sql(
        db,
        `UPDATE reminders SET acknowledged_by = ?, acknowledged_on = ?, acknowledged_at = ? WHERE reminder_id = ?`,
      ).run(d.acknowledgedBy, d.acknowledgedOn, event.recordedAt, d.reminderId);
    },
  },
});
