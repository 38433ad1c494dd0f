import { type ReadModelDatabase, sql } from '@cadre/projections';

/**
 * The village a command touches, for own-village access: the one it names, else the village of the
 * cadre it is about (posts, then reserve place), else the village of the service request.
 */
export function targetVillageOf(input: Record<string, unknown>, db: ReadModelDatabase): string | null {
  if (typeof input.villageId === 'string') return input.villageId;
  if (typeof input.cadreId === 'string') {
    const row = sql(db, 'SELECT village_id, reserve_village_id FROM cadres WHERE cadre_id = ?').get(
      input.cadreId,
    ) as { village_id: string | null; reserve_village_id: string | null } | undefined;
    return row?.village_id ?? row?.reserve_village_id ?? null;
  }
  if (typeof input.requestId === 'string') {
    const row = sql(db, 'SELECT village_id FROM service_requests WHERE request_id = ?').get(
      input.requestId,
    ) as { village_id: string } | undefined;
    return row?.village_id ?? null;
  }
  return null;
}
