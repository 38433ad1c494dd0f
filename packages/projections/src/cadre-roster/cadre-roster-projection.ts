import type { CadreAppointed, CadreRegistered } from '@cadre/domain';
import type { Projection } from '../projection.js';

/** The live roster (动态管理台账): one row per cadre with their profile and current posts. */
export const cadreRosterProjection: Projection = {
  name: 'cadre-roster',
  version: 1,
  tables: ['cadre_roster'],
  schema: `
    CREATE TABLE cadre_roster (
      cadre_id         TEXT PRIMARY KEY,
      seq              INTEGER NOT NULL UNIQUE,
      name             TEXT NOT NULL,
      gender           TEXT NOT NULL,
      ethnicity        TEXT NOT NULL,
      birth_date       TEXT NOT NULL,
      id_number        TEXT NOT NULL,
      phone            TEXT,
      political_status TEXT NOT NULL,
      education_level  TEXT NOT NULL,
      village_id       TEXT,
      posts            TEXT NOT NULL DEFAULT '[]',
      registered_at    TEXT NOT NULL
    );
    CREATE INDEX cadre_roster_by_village ON cadre_roster (village_id, seq);
  `,
  apply(db, event) {
    switch (event.type) {
      case 'CadreRegistered': {
        const { cadreId, profile } = (event as CadreRegistered & typeof event).data;
        db.prepare(
          `INSERT INTO cadre_roster (cadre_id, seq, name, gender, ethnicity, birth_date, id_number, phone,
             political_status, education_level, registered_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(
          cadreId,
          Number(event.position),
          profile.name,
          profile.gender,
          profile.ethnicity,
          profile.birthDate,
          profile.idNumber,
          profile.phone ?? null,
          profile.politicalStatus,
          profile.educationLevel,
          event.metadata.occurredAt,
        );
        return;
      }
      case 'CadreAppointed': {
        const { cadreId, ...post } = (event as CadreAppointed & typeof event).data;
        const row = db
          .prepare<[string], { posts: string }>('SELECT posts FROM cadre_roster WHERE cadre_id = ?')
          .get(cadreId);
        const posts = [...JSON.parse(row?.posts ?? '[]'), post];
        db.prepare('UPDATE cadre_roster SET posts = ?, village_id = ? WHERE cadre_id = ?').run(
          JSON.stringify(posts),
          post.villageId,
          cadreId,
        );
        return;
      }
    }
  },
};
