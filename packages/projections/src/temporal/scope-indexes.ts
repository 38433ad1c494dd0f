/**
 * What a township's or a village's figures as of a day find their rows by, so they read the scope's rows
 * only at any size (see temporal-statistics-rows.ts): the villages by township and by id, a village's
 * terms, the cadres' versions by village and by reserve village, the sessions by the township that held
 * them, and each session's attendees by cadre (a scope's cadres may attend another township's sessions).
 */
export const SCOPE_SCHEMA = `
  CREATE INDEX temporal_villages_by_township ON temporal_villages (township_id, village_id);
  CREATE INDEX temporal_villages_by_village ON temporal_villages (village_id);
  CREATE INDEX temporal_village_terms_by_village ON temporal_village_terms (village_id, started_on);
  CREATE INDEX temporal_cadres_by_village ON temporal_cadres (village_id, basis, valid_from);
  CREATE INDEX temporal_cadres_by_reserve_village ON temporal_cadres (reserve_village_id, basis, valid_from);
  CREATE INDEX temporal_training_sessions_by_township ON temporal_training_sessions (township_id, year);
  CREATE TABLE temporal_session_attendees (
    cadre_key INTEGER NOT NULL,
    year      INTEGER NOT NULL,
    position  INTEGER NOT NULL,
    PRIMARY KEY (cadre_key, year, position)
  ) WITHOUT ROWID`;

export const SCOPE_TABLES = ['temporal_session_attendees'];
