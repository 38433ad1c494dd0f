import { sql } from '../define-projection.js';
import { keysetPage, type Page, type PageRequest } from '../pagination.js';
import type { ReadModelDatabase } from '../read-model-database.js';
import type { CadreSummary } from './cadre-dossier.js';
import type { PostRecord } from './cadre-records.js';
import { keptByPosition } from './kept-by-position.js';
import { facetPlan } from './roster-facet-plan.js';

export type CadreRole = 'COMMITTEE_MEMBER' | 'PARTY_SECRETARY' | 'RESERVE';
export type CadreSort = 'REGISTERED' | 'NAME' | 'BIRTH_DATE';

export interface CadreFilter {
  villageId?: string;
  role?: CadreRole;
  /** Part of the name. */
  search?: string;
}

interface CadreRow {
  cadre_id: string;
  profile: string;
  village_id: string | null;
  registered_at: string;
  reserve_village_id: string | null;
  reserve_source: string | null;
  reserve_tier: number | null;
  reserve_enlisted_on: string | null;
  mentors: string | null;
  [column: string]: unknown;
}

interface PostRow {
  cadre_id: string;
  village_id: string;
  committee: string;
  position: string;
  method: string;
  appointed_on: string;
  review_id: string | null;
  left_on: string | null;
  leaving_reason: string | null;
}

/** What a summary is made of: the profile's own columns (name, ID number…) are in `profile` too. */
const SUMMARY_COLUMNS =
  'cadre_id, profile, village_id, registered_at, reserve_village_id, reserve_source, reserve_tier, reserve_enlisted_on, mentors';

const SORT_COLUMNS: Record<CadreSort, string> = {
  REGISTERED: 'f.seq',
  NAME: 'f.name',
  BIRTH_DATE: 'f.birth_date',
};

function toPostRecord(row: PostRow): PostRecord {
  return {
    villageId: row.village_id,
    committee: row.committee,
    position: row.position,
    method: row.method,
    appointedOn: row.appointed_on,
    reviewId: row.review_id,
    leftOn: row.left_on,
    leavingReason: row.leaving_reason,
  };
}

/** The posts each cadre holds, as the posts table (derived from their state) lists them. */
function currentPostsOf(db: ReadModelDatabase, cadreIds: string[]): Map<string, PostRecord[]> {
  const byCadre = new Map<string, PostRecord[]>(cadreIds.map((id) => [id, []]));
  const rows = sql(
    db,
    `SELECT * FROM posts WHERE cadre_id IN (SELECT value FROM json_each(?)) AND left_on IS NULL
       ORDER BY appointed_on, id`,
  ).all(JSON.stringify(cadreIds)) as PostRow[];
  for (const row of rows) byCadre.get(row.cadre_id)!.push(toPostRecord(row));
  return byCadre;
}

function toSummary(row: CadreRow, currentPosts: PostRecord[]): CadreSummary {
  return {
    cadreId: row.cadre_id,
    profile: JSON.parse(row.profile),
    villageId: row.village_id ?? row.reserve_village_id,
    currentPosts,
    reserve: row.reserve_village_id
      ? {
          villageId: row.reserve_village_id,
          source: row.reserve_source!,
          tier: row.reserve_tier!,
          enlistedOn: row.reserve_enlisted_on!,
          mentors: row.mentors ? JSON.parse(row.mentors) : null,
        }
      : null,
    registeredAt: row.registered_at,
  };
}

/** A page's rows: which cadres, and the stamp of each one's summary (see cadre-facets.ts). */
interface PageRow {
  cadre_id: string;
  position: number;
  [column: string]: unknown;
}

// The stamp keys the kept summaries, which are made of the `cadres` and `posts` rows alone (SUMMARY_TABLES).
const PAGE_COLUMNS = 'f.cadre_id, f.stamp AS position';
const SUMMARY_TABLES = ['cadres', 'posts'];

/**
 * The summaries of a page's cadres: those built at their current stamp are kept (parsing every
 * row's profile and posts again was most of an executed roster page), the others read and built now.
 */
function summariesOf(db: ReadModelDatabase, rows: PageRow[]): CadreSummary[] {
  const kept = keptByPosition<CadreSummary>(db, 'summaries', SUMMARY_TABLES);
  const missing = rows.filter((row) => kept.get(row.cadre_id, row.position) === undefined);
  const built = new Map<string, CadreSummary>();
  if (missing.length > 0) {
    const ids = missing.map((row) => row.cadre_id);
    const read = sql(
      db,
      `SELECT ${SUMMARY_COLUMNS} FROM cadres WHERE cadre_id IN (SELECT value FROM json_each(?))`,
    ).all(JSON.stringify(ids)) as CadreRow[];
    const posts = currentPostsOf(db, ids);
    const positions = new Map(missing.map((row) => [row.cadre_id, row.position]));
    for (const row of read) {
      const summary = toSummary(row, posts.get(row.cadre_id)!);
      built.set(row.cadre_id, kept.keep(row.cadre_id, positions.get(row.cadre_id)!, summary));
    }
  }
  return rows.map((row) => built.get(row.cadre_id) ?? kept.get(row.cadre_id, row.position)!);
}

export function listCadres(
  db: ReadModelDatabase,
  filter: CadreFilter,
  request: PageRequest & { sort?: CadreSort; descending?: boolean },
): Page<CadreSummary> {
  const plan = facetPlan(db, filter);
  const page = keysetPage<PageRow>(
    db,
    {
      from: 'cadre_facets f',
      select: PAGE_COLUMNS,
      where: plan.where,
      params: plan.params,
      sort: SORT_COLUMNS[request.sort ?? 'REGISTERED'],
      tiebreak: 'f.seq',
      descending: request.descending ?? false,
      ...(plan.keptCount === undefined ? {} : { totalCount: plan.keptCount }),
    },
    request,
  );
  return { ...page, nodes: summariesOf(db, page.nodes) };
}
