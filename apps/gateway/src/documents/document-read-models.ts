import {
  endCursorOf,
  listTownships,
  listVillages,
  PAST_READ_MODELS,
  type Page,
  type ReadModelDatabase,
  readModelsAsOf,
} from '@cadre/projections';
import type { Principal } from '../access/roles.js';
import type { System } from '../system.js';
import type { DocumentRequest, DocumentStamp } from './document-kind.js';

/**
 * Reads the ledger as a document stands: as of its day, and only up to the position it was made at, so
 * that a later (even back-dated) entry does not change a regenerated document. Always a replay, also for
 * today's documents: a live read model would not give the same bytes once the ledger has moved on.
 */
export async function withReadModelsAt<T>(
  system: System,
  { request, provenance }: DocumentStamp,
  read: (db: ReadModelDatabase) => T | Promise<T>,
): Promise<T> {
  const db = await readModelsAsOf(system.store, PAST_READ_MODELS, {
    at: request.asOf,
    basis: request.basis ?? 'OCCURRED',
    upToPosition: provenance.position,
  });
  try {
    return await read(db);
  } finally {
    db.close();
  }
}

/** Whose view a document shows: its audience's role, and for a village secretary their village. */
export function audienceOf(request: DocumentRequest): Principal {
  const villageId = request.params.audienceVillageId;
  return {
    kind: 'user',
    id: 'document-audience',
    name: '',
    role: request.audience,
    ...(typeof villageId === 'string' ? { villageId } : {}),
  };
}

/** Every row of a paginated list, page after page of the largest size. */
export function allRows<T>(list: (request: { first: number; after?: string }) => Page<T>): T[] {
  const rows: T[] = [];
  let after: string | undefined;
  for (;;) {
    const page = list({ first: 200, ...(after ? { after } : {}) });
    rows.push(...page.nodes);
    after = endCursorOf(page);
    if (!page.hasNextPage || after === undefined) return rows;
  }
}

/** The name a document's title starts with: its township's, or the first township's. */
export function townshipNameOf(db: ReadModelDatabase, townshipId?: unknown): string {
  const townships = listTownships(db);
  const township = townships.find((t) => t.townshipId === townshipId) ?? townships[0];
  return (township?.name as string | undefined) ?? '';
}

/** Village names by id, for the rows that name a cadre's village. */
export function villageNames(db: ReadModelDatabase): Map<string, string> {
  const villages = allRows((page) => listVillages(db, {}, page));
  return new Map(villages.map((v) => [v.villageId as string, v.name as string]));
}
