import { sql } from '../define-projection.js';
import { postHistory } from './cadre-records.js';
import { replacedRows } from './state-rows.js';

/** Every post each cadre has held, for the roster's role filters, the villages' seats and statistics. */
export const POSTS_SCHEMA = `
  CREATE TABLE posts (
    id             INTEGER PRIMARY KEY,
    cadre_id       TEXT NOT NULL,
    village_id     TEXT NOT NULL,
    committee      TEXT NOT NULL,
    position       TEXT NOT NULL,
    method         TEXT NOT NULL,
    appointed_on   TEXT NOT NULL,
    review_id      TEXT,
    left_on        TEXT,
    leaving_reason TEXT
  );
  CREATE INDEX posts_by_cadre ON posts (cadre_id, appointed_on);
  CREATE INDEX posts_current ON posts (village_id, left_on);
`;

/** A post changes when the cadre leaves it: the cadre's rows are written again from their state. */
export const POST_ROWS = replacedRows({
  table: 'posts',
  changed: (before, after) =>
    before.currentPosts !== after.currentPosts || before.formerPosts !== after.formerPosts,
  insertAll(db, cadreId, state) {
    const insert = sql(
      db,
      `INSERT INTO posts (cadre_id, village_id, committee, position, method, appointed_on, review_id, left_on, leaving_reason)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const post of postHistory(state)) {
      insert.run(
        cadreId,
        post.villageId,
        post.committee,
        post.position,
        post.method,
        post.appointedOn,
        post.reviewId,
        post.leftOn,
        post.leavingReason,
      );
    }
  },
});
