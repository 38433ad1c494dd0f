import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SESSION_SECRET_FILE } from '../access/session-tokens.js';
import type { GatewayConfig } from '../config.js';
import { PERSONAL_KEYS_FILE } from '../personal-keys-file.js';
import { privateDataFolder } from '../private-files.js';
import { PHOTO_FILE, PHOTOS_FOLDER } from './backup-command.js';
import { copyPrivateFile, isEmptyFolder, readCheckedManifest } from './backup-manifest.js';
import { describeSummary, type HistorySummary, summarizeEventsFile } from './backup-sqlite.js';
import { rebuildCommand } from './rebuild-command.js';
import { verifyCommand } from './verify-command.js';

/** What a backup may hold: the two databases it must hold, the persons' keys and the session secret it may. */
const REQUIRED_FILES = ['events.sqlite', 'accounts.sqlite'];
const OPTIONAL_FILES = [PERSONAL_KEYS_FILE, SESSION_SECRET_FILE];

function filesToRestore(files: Record<string, unknown>): string[] {
  const names = Object.keys(files);
  const missing = REQUIRED_FILES.filter((name) => !names.includes(name));
  const unknown = names.filter(
    (name) => !REQUIRED_FILES.includes(name) && !OPTIONAL_FILES.includes(name) && !PHOTO_FILE.test(name),
  );
  if (missing.length > 0 || unknown.length > 0)
    throw new Error(
      `备份清单的文件不对 The backup's manifest lists the wrong files: missing ${missing.join(', ') || 'none'}, unknown ${unknown.join(', ') || 'none'}`,
    );
  return names;
}

const sameHistory = (a: HistorySummary, b: HistorySummary) =>
  a.events === b.events && a.headPosition === b.headPosition && a.headHash === b.headHash;

function refuseUnlessRestorePossible(config: GatewayConfig): void {
  if (config.eventStoreConnectionString)
    throw new Error(
      '恢复只写入内置事件库；EventStoreDB 请用 cadre import / restore writes the embedded store only: for EventStoreDB use `cadre import`',
    );
  if (!isEmptyFolder(config.dataDir))
    throw new Error(
      `数据目录 ${config.dataDir} 不是空的：恢复只写入空目录，未做任何改动 / The data folder ${config.dataDir} is not empty: restore writes only into an empty folder (nothing was changed)`,
    );
}

/** Copies the backup's files in, checks the history against the manifest, verifies it, rebuilds the read models. */
async function restoreInto(config: GatewayConfig, folder: string, files: string[], history: HistorySummary) {
  if (files.some((name) => PHOTO_FILE.test(name)))
    mkdirSync(join(config.dataDir, PHOTOS_FOLDER), { mode: 0o700 });
  for (const name of files) copyPrivateFile(join(folder, name), join(config.dataDir, name));
  const restored = summarizeEventsFile(join(config.dataDir, 'events.sqlite'));
  if (!sameHistory(restored, history))
    throw new Error(
      `恢复的事件与备份清单不符 The restored events do not match the manifest: ${describeSummary(restored)}, expected ${describeSummary(history)}`,
    );
  if ((await verifyCommand(config)) !== 0)
    throw new Error('恢复的事件未通过校验 The restored events failed verification (see above)');
  await rebuildCommand(config);
  // The rebuilt file is as private as the others (it holds the same ID numbers and phones).
  privateDataFolder(config.dataDir, ['read-models.sqlite']);
}

/**
 * `restore <folder>`: a backup into an empty data folder. The backup's files must be whole (their
 * SHA-256 as the manifest has them); the history restored is verified (hash chains, ledger rules) and
 * the read models rebuilt. On any failure the data folder is emptied again: nothing half-restored stays.
 */
export async function restoreCommand(config: GatewayConfig, folder: string | undefined): Promise<number> {
  if (!folder) throw new Error('用法 Usage: restore <backup-folder>');
  const source = resolve(folder);
  refuseUnlessRestorePossible(config);
  const manifest = readCheckedManifest(source);
  const files = filesToRestore(manifest.files);
  privateDataFolder(config.dataDir, []);
  try {
    await restoreInto(config, source, files, manifest.history);
  } catch (error) {
    // The folder was empty before: everything in it now is what this restore wrote.
    for (const entry of readdirSync(config.dataDir))
      rmSync(join(config.dataDir, entry), { recursive: true, force: true });
    throw error;
  }
  if (!manifest.files[SESSION_SECRET_FILE])
    console.error(
      '备份中没有会话密钥：请设置原来的 CADRE_SESSION_SECRET，否则所有人需重新登录 / The backup has no session secret: set the CADRE_SESSION_SECRET it was taken with, or everyone signs in again',
    );
  console.log(
    `恢复完成 Restore complete: ${describeSummary(manifest.history)}, verified, read models rebuilt → ${config.dataDir}`,
  );
  return 0;
}
