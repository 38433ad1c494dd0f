import { type ReadModelDatabase, sql } from '@cadre/projections';

/** Input fields that name cadres: the one a command is about, and those it involves (mentors, a dispatch). */
const CADRE_FIELDS = ['cadreId', 'secretaryCadreId', 'memberCadreIds', 'attendees'] as const;

const idsIn = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.filter((v) => typeof v === 'string')
      : [];

/** Where a cadre's file is kept: the village of their posts, else of their reserve place; null if unknown. */
function villageOfCadre(db: ReadModelDatabase, cadreId: string): string | null {
  const row = sql(db, 'SELECT village_id, reserve_village_id FROM cadres WHERE cadre_id = ?').get(cadreId) as
    | { village_id: string | null; reserve_village_id: string | null }
    | undefined;
  return row?.village_id ?? row?.reserve_village_id ?? null;
}

function villageOfRequest(db: ReadModelDatabase, requestId: string): string | null {
  const row = sql(db, 'SELECT village_id FROM service_requests WHERE request_id = ?').get(requestId) as
    | { village_id: string }
    | undefined;
  return row?.village_id ?? null;
}

/**
 * The one village a command touches, for own-village access: every village it names and the stored village
 * of every cadre and request it names must be that one. A cadre's village is read from the ledger, never
 * taken from the input; null when they differ or one is unknown (then it is outside every village).
 */
export function targetVillageOf(input: Record<string, unknown>, db: ReadModelDatabase): string | null {
  const villages = [
    ...idsIn(input.villageId),
    ...CADRE_FIELDS.flatMap((field) => idsIn(input[field])).map((id) => villageOfCadre(db, id)),
    ...idsIn(input.requestId).map((id) => villageOfRequest(db, id)),
  ];
  const [first] = villages;
  return first !== undefined && first !== null && villages.every((v) => v === first) ? first : null;
}
