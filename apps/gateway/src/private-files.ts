import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The data folder and its files are the owner's alone (0700 and 0600): they hold ID numbers and phones.
 * SQLite creates a database's -wal and -shm files with the database file's own permissions.
 */
export function privateDataFolder(dataDir: string, files: readonly string[]): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
  for (const file of files) {
    const path = join(dataDir, file);
    closeSync(openSync(path, 'a', 0o600));
    chmodSync(path, 0o600);
  }
}
