import type { CadreProfile, Post } from '@cadre/domain';
import type Database from 'better-sqlite3';
import { decodeCursor, encodeCursor, type Page, type PageRequest, pageSize } from '../pagination.js';

export interface RosterEntry {
  cadreId: string;
  profile: CadreProfile;
  villageId: string | null;
  posts: Post[];
  registeredAt: string;
}

interface RosterRow {
  cadre_id: string;
  seq: number;
  name: string;
  gender: CadreProfile['gender'];
  ethnicity: string;
  birth_date: string;
  id_number: string;
  phone: string | null;
  political_status: CadreProfile['politicalStatus'];
  education_level: CadreProfile['educationLevel'];
  village_id: string | null;
  posts: string;
  registered_at: string;
}

function toEntry(row: RosterRow): RosterEntry {
  return {
    cadreId: row.cadre_id,
    profile: {
      name: row.name,
      gender: row.gender,
      ethnicity: row.ethnicity,
      birthDate: row.birth_date,
      idNumber: row.id_number,
      ...(row.phone ? { phone: row.phone } : {}),
      politicalStatus: row.political_status,
      educationLevel: row.education_level,
    },
    villageId: row.village_id,
    posts: JSON.parse(row.posts),
    registeredAt: row.registered_at,
  };
}

export interface RosterFilter {
  villageId?: string;
}

export function listRoster(
  db: Database.Database,
  filter: RosterFilter,
  request: PageRequest,
): Page<RosterEntry> {
  const size = pageSize(request);
  const after = Number(decodeCursor(request.after) ?? 0);
  const where = filter.villageId ? 'AND village_id = @villageId' : '';
  const params = { after, villageId: filter.villageId, limit: size + 1 };
  const rows = db
    .prepare<typeof params, RosterRow>(
      `SELECT * FROM cadre_roster WHERE seq > @after ${where} ORDER BY seq LIMIT @limit`,
    )
    .all(params);
  const { total } = db
    .prepare<typeof params, { total: number }>(
      `SELECT COUNT(*) AS total FROM cadre_roster WHERE 1 = 1 ${where}`,
    )
    .get(params)!;
  const page = rows.slice(0, size);
  return {
    nodes: page.map(toEntry),
    cursors: page.map((row) => encodeCursor(row.seq)),
    hasNextPage: rows.length > size,
    totalCount: total,
  };
}

export function findRosterEntry(db: Database.Database, cadreId: string): RosterEntry | undefined {
  const row = db.prepare<[string], RosterRow>('SELECT * FROM cadre_roster WHERE cadre_id = ?').get(cadreId);
  return row && toEntry(row);
}
