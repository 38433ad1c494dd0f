import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ReadModelDatabase } from '@cadre/projections';
import { PERSONAL_KEYS_FILE } from '../src/personal-keys-file.js';

type DatabaseConstructor = new (path: string, options?: { readonly?: boolean }) => ReadModelDatabase;
const Database = createRequire(import.meta.resolve('@cadre/projections'))(
  'better-sqlite3',
) as DatabaseConstructor;

/** Copies one SQLite file (WAL, then the database) while its writer goes on; see copyEventStoreMidWrite. */
function copyMidWrite(source: string, target: string): void {
  if (!existsSync(source)) return;
  const reader = new Database(source, { readonly: true });
  try {
    reader.exec('BEGIN');
    reader.prepare('SELECT count(*) FROM sqlite_master').get();
    if (existsSync(`${source}-wal`)) copyFileSync(`${source}-wal`, `${target}-wal`);
    copyFileSync(source, target);
    reader.exec('COMMIT');
  } finally {
    reader.close();
  }
}

/**
 * Copies the event store's files while the gateway writes to them: what a power cut leaves on disk,
 * short of what the disk's own cache does. A read transaction held meanwhile keeps SQLite from
 * restarting the WAL or checkpointing past it, so the database file copied after the WAL holds nothing
 * the WAL copy lacks; the WAL's tail may be torn mid-frame, as in a power cut, and SQLite's checksums
 * must drop it on opening. Every command acknowledged before the copy began must be in the copy. The
 * persons' keys are copied after the events: a key is stored before the event sealed with it.
 */
export function copyEventStoreMidWrite(dataDir: string, copyDir: string): void {
  mkdirSync(copyDir, { recursive: true });
  for (const file of ['events.sqlite', PERSONAL_KEYS_FILE])
    copyMidWrite(join(dataDir, file), join(copyDir, file));
}
