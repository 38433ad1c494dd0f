import { chmodSync } from 'node:fs';
import { type AccountsDatabase, loadDatabaseConstructor } from '../access/accounts-database.js';
import { progressBar } from './progress-bar.js';

/**
 * A live file opened for reading only: no schema, no pragma that writes, no lock a running gateway
 * would notice. In WAL mode a reader never blocks the gateway's writers, nor they it.
 */
export function openReadOnly(path: string): AccountsDatabase {
  const Database = loadDatabaseConstructor();
  const db = new Database(path, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  return db;
}

/** Every page in the next step: one step reads one snapshot, which writers cannot make restart. */
const ALL_REMAINING_PAGES = 0x7fffffff;

/**
 * Copies a live SQLite file with SQLite's online backup API, as one consistent snapshot taken while the
 * gateway goes on writing; the copy is a single self-contained file (no -wal), private (0600), checked.
 */
export async function onlineCopy(source: string, target: string, label: string): Promise<void> {
  const bar = progressBar(label);
  const db = openReadOnly(source);
  try {
    const { totalPages } = await db.backup(target, {
      progress: ({ totalPages: total, remainingPages }) => {
        bar.update((total - remainingPages) / Math.max(total, 1), `${total} pages`);
        return ALL_REMAINING_PAGES;
      },
    });
    chmodSync(target, 0o600);
    selfContained(target);
    bar.done(`${totalPages} pages`);
  } finally {
    db.close();
  }
}

/** The copy in rollback-journal mode, checked page by page: one file to keep, nothing beside it. */
function selfContained(path: string): void {
  const Database = loadDatabaseConstructor();
  const db = new Database(path, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`备份副本损坏 The copy ${path} is damaged: ${check}`);
  } finally {
    db.close();
  }
}

/** What a history is: how many events, the head position, and the hash of the last event. */
export interface HistorySummary {
  events: number;
  headPosition: string;
  /** The hash chaining the last event (at the head) to its stream; empty for an empty store. */
  headHash: string;
}

/** Reads the summary straight from an events file, without opening it as a store (nothing written). */
export function summarizeEventsFile(path: string): HistorySummary {
  const db = openReadOnly(path);
  try {
    const { events, head } = db
      .prepare('SELECT COUNT(*) AS events, MAX(position) AS head FROM events')
      .get() as { events: number; head: number | null };
    const last = head
      ? (db.prepare('SELECT metadata FROM events WHERE position = ?').get(head) as { metadata: string })
      : undefined;
    return {
      events,
      headPosition: String(head ?? 0),
      headHash: last ? String(JSON.parse(last.metadata).hash ?? '') : '',
    };
  } finally {
    db.close();
  }
}

export const describeSummary = ({ events, headPosition, headHash }: HistorySummary) =>
  `${events} events, head position ${headPosition}, chain head ${headHash || '(empty)'}`;
