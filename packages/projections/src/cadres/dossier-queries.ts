import type { CadreState } from '@cadre/domain';
import { sql } from '../define-projection.js';
import type { ReadModelDatabase } from '../read-model-database.js';
import { type AsOf, asOfInstant } from '../time-travel/as-of.js';
import {
  type CadreDossier,
  type CadreTrainingRecord,
  cadreDossier,
  isRegistered,
  type RegisteredCadre,
  trainingsOf,
} from './cadre-dossier.js';
import { type KeptByPosition, keptByPosition } from './kept-by-position.js';

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

/** A dossier as the cadre's own stream makes it: what `findCadre` keeps while the document is unchanged. */
interface StreamDossier {
  state: RegisteredCadre;
  dossier: CadreDossier;
}

/**
 * 一人一档 as it stands: the cadre's document, as the cadres projection folded it. The document is parsed and
 * its lists sorted once per change of the document (see KeptByPosition), so a long history costs nothing per
 * read; the sessions attended come from the trainings' rows each time.
 */
export function findCadre(db: ReadModelDatabase, cadreId: string): CadreDossier | undefined {
  const row = sql(
    db,
    `SELECT d.position, c.registered_at AS registeredAt FROM cadre_documents d
       JOIN cadres c ON c.cadre_id = d.cadre_id WHERE d.cadre_id = ?`,
  ).get(cadreId) as { position: number; registeredAt: string } | undefined;
  if (row === undefined) return undefined;
  const kept = keptByPosition<StreamDossier>(db, 'dossiers');
  const fromStream = kept.get(cadreId, row.position) ?? readDossier(db, cadreId, row, kept);
  if (fromStream === null) return undefined;
  const sessions = sessionsAttended(db, cadreId);
  return sessions.length === 0
    ? fromStream.dossier
    : { ...fromStream.dossier, trainings: trainingsOf(fromStream.state, sessions) };
}

function readDossier(
  db: ReadModelDatabase,
  cadreId: string,
  { position, registeredAt }: { position: number; registeredAt: string },
  kept: KeptByPosition<StreamDossier>,
): StreamDossier | null {
  const document = sql(db, 'SELECT state FROM cadre_states WHERE cadre_id = ?')
    .pluck()
    .get(cadreId) as string;
  const state = JSON.parse(document) as CadreState;
  if (!isRegistered(state)) return null;
  const dossier = cadreDossier(state, { registeredAt, sessionsAttended: [] });
  return kept.keep(cadreId, position, { state, dossier });
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
