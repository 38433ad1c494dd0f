import type { CadreState } from '@cadre/domain';
import { sql } from '../define-projection.js';
import type { ProjectedEvent } from '../projection.js';
import type { ReadModelDatabase } from '../read-model-database.js';
import { isRegistered, type RegisteredCadre } from './cadre-dossier.js';

/**
 * The roster's filters as rows: one per registered cadre and facet (every cadre, a village, a role, a
 * character of the name), with the sort keys, so that a page of any filter and sort is a range of one index
 * and its total a kept count, not a scan of the region's cadres. Derived from the same state as the `cadres`
 * row and the posts, in the same transaction, so a facet holds exactly the cadres the row conditions would find.
 * `stamp` is the position of the event that last changed what a roster summary is made of (the `cadres` row's
 * columns, the current posts): it keys the kept summaries, so a page reads no other table to know which are
 * still good. The sort indexes hold `cadre_id` and `stamp` too: a page by name or birth date reads its index alone.
 */
export const CADRE_FACETS_SCHEMA = `
  CREATE TABLE cadre_facets (
    facet      TEXT NOT NULL,
    seq        INTEGER NOT NULL,
    cadre_id   TEXT NOT NULL,
    name       TEXT NOT NULL,
    birth_date TEXT NOT NULL,
    stamp      INTEGER NOT NULL,
    PRIMARY KEY (facet, seq)
  ) WITHOUT ROWID;
  CREATE INDEX cadre_facets_by_name ON cadre_facets (facet, name, seq, cadre_id, stamp);
  CREATE INDEX cadre_facets_by_birth_date ON cadre_facets (facet, birth_date, seq, cadre_id, stamp);
  CREATE TABLE cadre_facet_counts (
    facet  TEXT PRIMARY KEY,
    cadres INTEGER NOT NULL
  ) WITHOUT ROWID`;

export const CADRE_FACET_TABLES = ['cadre_facets', 'cadre_facet_counts'];

export const EVERY_CADRE = 'all';
export const villageFacet = (villageId: string) => `village:${villageId}`;
export const roleFacet = (role: string) => `role:${role}`;
export const nameFacet = (character: string) => `name:${character}`;

/**
 * The characters of a text as SQLite's LIKE compares them: code points, ASCII letters folded to lower case
 * (LIKE ignores their case, and only theirs). A name contains a text only if it has each of these.
 */
export const likeCharacters = (text: string): string[] => [
  ...new Set(Array.from(text.replace(/[A-Z]/g, (letter) => letter.toLowerCase()))),
];

/** The facets of a registered cadre, as the roster's conditions on its `cadres` row and posts read them. */
function facetsOf(state: RegisteredCadre): Set<string> {
  const facets = new Set([EVERY_CADRE]);
  const reserveVillage = state.reserve?.villageId;
  if (state.villageId != null) facets.add(villageFacet(state.villageId));
  if (reserveVillage != null) {
    facets.add(villageFacet(reserveVillage));
    facets.add(roleFacet('RESERVE'));
  }
  if (state.currentPosts.length > 0) facets.add(roleFacet('COMMITTEE_MEMBER'));
  if (state.currentPosts.some((post) => post.position === 'PARTY_SECRETARY'))
    facets.add(roleFacet('PARTY_SECRETARY'));
  for (const character of likeCharacters(state.profile.name)) facets.add(nameFacet(character));
  return facets;
}

const INSERT =
  'INSERT INTO cadre_facets (facet, seq, cadre_id, name, birth_date, stamp) VALUES (?, ?, ?, ?, ?, ?)';
const RESTAMP = 'UPDATE cadre_facets SET stamp = ? WHERE facet = ? AND seq = ?';
const DELETE = 'DELETE FROM cadre_facets WHERE facet = ? AND seq = ?';
const COUNT = `INSERT INTO cadre_facet_counts (facet, cadres) VALUES (?, ?)
  ON CONFLICT (facet) DO UPDATE SET cadres = cadres + excluded.cadres`;

const sortKeysChanged = (before: RegisteredCadre, after: RegisteredCadre) =>
  before.profile.name !== after.profile.name || before.profile.birthDate !== after.profile.birthDate;

/** Brings the cadre's facet rows, their stamp and the counts in line with the state the event led to (a registered one). */
export function followFacets(
  db: ReadModelDatabase,
  cadreId: string,
  before: CadreState,
  after: RegisteredCadre,
  event: ProjectedEvent,
): void {
  const wasRegistered = isRegistered(before);
  if (
    wasRegistered &&
    before.profile === after.profile &&
    before.reserve === after.reserve &&
    before.villageId === after.villageId &&
    before.currentPosts === after.currentPosts
  )
    return;
  const old = wasRegistered ? facetsOf(before) : new Set<string>();
  const now = facetsOf(after);
  const rewrite = wasRegistered && sortKeysChanged(before, after);
  const removed = rewrite ? [...old] : [...old].filter((facet) => !now.has(facet));
  const added = rewrite ? [...now] : [...now].filter((facet) => !old.has(facet));
  const kept = rewrite ? [] : [...now].filter((facet) => old.has(facet));
  const stamp = Number(event.position);
  const seq = wasRegistered
    ? (sql(db, 'SELECT seq FROM cadres WHERE cadre_id = ?').pluck().get(cadreId) as number)
    : Number(event.position);
  const count = sql(db, COUNT);
  for (const facet of removed) {
    sql(db, DELETE).run(facet, seq);
    count.run(facet, -1);
  }
  const { name, birthDate } = after.profile;
  for (const facet of added) {
    sql(db, INSERT).run(facet, seq, cadreId, name, birthDate, stamp);
    count.run(facet, 1);
  }
  for (const facet of kept) sql(db, RESTAMP).run(stamp, facet, seq);
}
