import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Localized } from '@cadre/domain';
import type { ReadModelDatabase } from '@cadre/projections';
import { privateDataFolder } from './private-files.js';
import { isBusy } from './shared-sqlite-file.js';

/** A SQLite file whose exclusive lock is the right to the folder: the kernel drops it when its process dies. */
export const LOCK_FILE = 'gateway.lock';
/** Who holds the lock, for the message a refused process prints (the lock itself cannot be read). */
export const HOLDER_FILE = 'gateway.lock.holder';

interface Holder {
  pid: number;
  since: string;
}

/** Another process (a gateway, a rebuild) holds the data folder: this one must not touch its files. */
export class DataFolderInUseError extends Error {
  override readonly name = 'DataFolderInUseError';
  constructor(
    readonly dataDir: string,
    readonly holder: Holder | undefined,
    readonly messages: Localized,
  ) {
    super(`${messages.zh} / ${messages.en}`);
  }
}

export interface DataFolderLock {
  /** Gives the folder up (a stopping gateway); a killed process gives it up without calling this. */
  release(): void;
}

type DatabaseConstructor = new (path: string, options?: { timeout?: number }) => ReadModelDatabase;
const Database = createRequire(import.meta.resolve('@cadre/projections'))(
  'better-sqlite3',
) as DatabaseConstructor;

function holderOf(dataDir: string): Holder | undefined {
  try {
    const holder = JSON.parse(readFileSync(join(dataDir, HOLDER_FILE), 'utf8')) as Holder;
    return typeof holder.pid === 'number' ? holder : undefined;
  } catch {
    return undefined;
  }
}

function inUse(dataDir: string): DataFolderInUseError {
  const holder = holderOf(dataDir);
  const who = holder ? `（pid ${holder.pid}，${holder.since} 起）` : '';
  const whoEn = holder ? ` (pid ${holder.pid}, since ${holder.since})` : '';
  return new DataFolderInUseError(dataDir, holder, {
    zh: `数据目录 ${dataDir} 正由另一个网关或重建进程使用${who}；同一数据目录只能由一个进程使用，请先停止它`,
    en: `The data folder ${dataDir} is in use by another gateway or rebuild${whoEn}; one process per data folder: stop that one first`,
  });
}

/**
 * Takes the data folder for this process, or throws DataFolderInUseError at once: two gateways on one
 * folder would both feed and swap the same read models. The lock is SQLite's (`locking_mode=EXCLUSIVE`,
 * kept after the first write), not a pid file: a SIGKILLed or crashed holder leaves no stale lock behind,
 * and a reused pid cannot lock the folder out.
 */
export function lockDataFolder(dataDir: string, now: () => Date = () => new Date()): DataFolderLock {
  privateDataFolder(dataDir, [LOCK_FILE]);
  const holder: Holder = { pid: process.pid, since: now().toISOString() };
  const db = new Database(join(dataDir, LOCK_FILE), { timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    // In exclusive locking mode the lock taken for a write is kept until the connection closes.
    db.exec(`BEGIN EXCLUSIVE;
      CREATE TABLE IF NOT EXISTS holder (pid INTEGER NOT NULL, since TEXT NOT NULL);
      DELETE FROM holder;`);
    db.prepare('INSERT INTO holder (pid, since) VALUES (?, ?)').run(holder.pid, holder.since);
    db.exec('COMMIT');
  } catch (error) {
    db.close();
    throw isBusy(error) ? inUse(dataDir) : error;
  }
  writeFileSync(join(dataDir, HOLDER_FILE), JSON.stringify(holder), { mode: 0o600 });
  return {
    release() {
      if (!db.open) return;
      if (holderOf(dataDir)?.pid === process.pid) rmSync(join(dataDir, HOLDER_FILE), { force: true });
      db.close();
    },
  };
}
