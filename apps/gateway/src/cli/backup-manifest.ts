import { createHash } from 'node:crypto';
import {
  chmodSync,
  constants,
  copyFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import type { HistorySummary } from './backup-sqlite.js';

/** Written last: a folder without it is an interrupted backup, not a backup. */
export const MANIFEST_FILE = 'backup.json';
const FORMAT = 'cadre-ledger-backup/1';

export interface BackedUpFile {
  bytes: number;
  sha256: string;
}

export interface BackupManifest {
  format: typeof FORMAT;
  createdAt: string;
  /** The history the events file holds: restore checks the restored file against it. */
  history: HistorySummary;
  /** By name in the backup folder (and in a data folder): the event store, the accounts, the session secret. */
  files: Record<string, BackedUpFile>;
  /** Not backed up: disposable, rebuilt from the events by `restore`. */
  notBackedUp: string[];
}

export function describeFile(path: string): BackedUpFile {
  return {
    bytes: statSync(path).size,
    sha256: createHash('sha256').update(readFileSync(path)).digest('hex'),
  };
}

export function writeManifest(folder: string, manifest: Omit<BackupManifest, 'format'>): void {
  writeFileSync(
    join(folder, MANIFEST_FILE),
    `${JSON.stringify({ format: FORMAT, ...manifest }, null, 2)}\n`,
    {
      mode: 0o600,
      flag: 'wx',
    },
  );
}

/**
 * The manifest of a complete backup whose files are all there and unchanged since the backup wrote
 * them; throws naming what is wrong.
 */
export function readCheckedManifest(folder: string): BackupManifest {
  const path = join(folder, MANIFEST_FILE);
  if (!existsSync(path))
    throw new Error(
      `${folder} 中没有 ${MANIFEST_FILE}：不是完整的备份 / No ${MANIFEST_FILE} in ${folder}: not a complete backup`,
    );
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as BackupManifest;
  if (manifest.format !== FORMAT)
    throw new Error(`不认识的备份格式 Unknown backup format: ${String(manifest.format)}`);
  for (const [name, expected] of Object.entries(manifest.files)) {
    const file = join(folder, name);
    const actual = existsSync(file) ? describeFile(file) : undefined;
    if (actual?.sha256 !== expected.sha256)
      throw new Error(
        `备份文件 ${name} ${actual ? '与备份时不同' : '缺失'} / The backup's ${name} is ${actual ? 'not what was backed up (SHA-256 differs)' : 'missing'}`,
      );
  }
  return manifest;
}

/** A folder that does not exist yet or holds nothing. */
export const isEmptyFolder = (folder: string) => !existsSync(folder) || readdirSync(folder).length === 0;

/** Copies a file that must not exist at the target yet, readable by the owner alone (0600). */
export function copyPrivateFile(source: string, target: string): void {
  copyFileSync(source, target, constants.COPYFILE_EXCL);
  chmodSync(target, 0o600);
}
