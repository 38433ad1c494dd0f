import type { CadreState } from '@cadre/domain';
import { sql } from '../define-projection.js';
import type { ReadModelDatabase } from '../read-model-database.js';
import { type AsOf, asOfInstant } from '../time-travel/as-of.js';
import { type CadreDossier, type CadreTrainingRecord, cadreDossier, isRegistered } from './cadre-dossier.js';

interface SessionRow extends CadreTrainingRecord {
  occurredAt: string;
  recordedAt: string;
}

/** The sessions the cadre attended, oldest first; with `asOf`, those the ledger held by then. */
function sessionsAttended(db: ReadModelDatabase, cadreId: string, asOf?: AsOf): CadreTrainingRecord[] {
  const rows = sql(
    db,
    `SELECT training_id AS trainingId, topic, kind, trained_on AS trainedOn, occurred_at AS occurredAt,
       recorded_at AS recordedAt FROM cadre_trainings WHERE cadre_id = ? AND from_session = 1 ORDER BY trained_on, id`,
  ).all(cadreId) as SessionRow[];
  const by = asOf && asOfInstant(asOf.at);
  return rows
    .filter(
      (row) =>
        by === undefined || Date.parse(asOf?.basis === 'RECORDED' ? row.recordedAt : row.occurredAt) <= by,
    )
    .map(({ trainingId, topic, kind, trainedOn }) => ({ trainingId, topic, kind, trainedOn }));
}

function registeredAt(db: ReadModelDatabase, cadreId: string): string | undefined {
  return sql(db, 'SELECT registered_at FROM cadres WHERE cadre_id = ?').pluck().get(cadreId) as
    | string
    | undefined;
}

/** 一人一档 as it stands: the cadre's document, as the cadres projection folded it. */
export function findCadre(db: ReadModelDatabase, cadreId: string): CadreDossier | undefined {
  const document = sql(db, 'SELECT state FROM cadre_documents WHERE cadre_id = ?').pluck().get(cadreId) as
    | string
    | undefined;
  const at = registeredAt(db, cadreId);
  if (document === undefined || at === undefined) return undefined;
  const state = JSON.parse(document) as CadreState;
  if (!isRegistered(state)) return undefined;
  return cadreDossier(state, { registeredAt: at, sessionsAttended: sessionsAttended(db, cadreId) });
}

/**
 * 一人一档 as it stood at a moment, from the cadre's state folded up to then (see `stateAsOf`); null
 * when they were not registered by then.
 */
export function cadreDossierAsOf(db: ReadModelDatabase, state: CadreState, asOf: AsOf): CadreDossier | null {
  if (!isRegistered(state)) return null;
  const at = registeredAt(db, state.cadreId);
  if (at === undefined) return null;
  return cadreDossier(state, {
    registeredAt: at,
    sessionsAttended: sessionsAttended(db, state.cadreId, asOf),
  });
}
