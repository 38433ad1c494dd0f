import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SESSION_SECRET_FILE } from '../access/session-tokens.js';
import type { GatewayConfig } from '../config.js';
import { PERSONAL_KEYS_FILE } from '../personal-keys-file.js';
import { privateDataFolder } from '../private-files.js';
import { copyPrivateFile, describeFile, isEmptyFolder, writeManifest } from './backup-manifest.js';
import { describeSummary, onlineCopy, summarizeEventsFile } from './backup-sqlite.js';

/**
 * The SQLite files a backup copies online, in this order: the events first, then the persons' keys (a
 * later snapshot holds a key for every event sealed before it), then the accounts. A file marked
 * `ifPresent` is copied when the data folder has it (a folder from before sealing has no keys).
 */
export const BACKED_UP_DATABASES = [
  { file: 'events.sqlite', label: '备份事件库 Backing up the events (events.sqlite)' },
  {
    file: PERSONAL_KEYS_FILE,
    label: `备份个人信息密钥 Backing up the persons' keys (${PERSONAL_KEYS_FILE})`,
    ifPresent: true,
  },
  {
    file: 'accounts.sqlite',
    label: '备份账号库 Backing up users, sessions, API keys and the read and sign-in logs (accounts.sqlite)',
  },
] as const;

/** Cadres' photos, kept by the SHA-256 of their bytes (documents/photos/photo-store.ts). */
export const PHOTOS_FOLDER = 'photos';
export const PHOTO_FILE = /^photos\/[0-9a-f]{64}$/;

/**
 * The photos beside the events, copied after them: an event can name only a photo that was stored before
 * it (PHOTO_NOT_FOUND), so every photo the copied events name is there by now. Photos never change.
 */
function copyPhotos(config: GatewayConfig, target: string): string[] {
  const source = join(config.dataDir, PHOTOS_FOLDER);
  if (!existsSync(source)) return [];
  const names = readdirSync(source)
    .map((file) => `${PHOTOS_FOLDER}/${file}`)
    .filter((name) => PHOTO_FILE.test(name));
  mkdirSync(join(target, PHOTOS_FOLDER), { mode: 0o700 });
  for (const name of names) copyPrivateFile(join(config.dataDir, name), join(target, name));
  console.error(`备份照片 Backing up the photos (${names.length}) ✓`);
  return names;
}

/** Disposable: rebuilt from the events on restore, so never copied. */
export const REBUILT_ON_RESTORE = ['read-models.sqlite'];

function refuseUnlessBackupPossible(config: GatewayConfig, target: string): void {
  if (config.eventStoreConnectionString)
    throw new Error(
      '事件存于 EventStoreDB：请用其自身的备份或 cadre export / The events are in EventStoreDB: back them up with its own tools or `cadre export`',
    );
  if (!isEmptyFolder(target))
    throw new Error(`备份目录 ${target} 不是空的 / The backup folder ${target} is not empty`);
  for (const database of BACKED_UP_DATABASES)
    if (!('ifPresent' in database) && !existsSync(join(config.dataDir, database.file)))
      throw new Error(
        `数据目录中没有 ${database.file} / No ${database.file} in the data folder ${config.dataDir}`,
      );
}

/** The session secret file beside the databases, unless the secret comes from the environment. */
function copySessionSecret(config: GatewayConfig, target: string, env: NodeJS.ProcessEnv): boolean {
  if (env.CADRE_SESSION_SECRET) {
    console.error(
      '会话密钥来自 CADRE_SESSION_SECRET，未写入备份，请另行保管 / The session secret comes from CADRE_SESSION_SECRET and is not in the backup: keep it with the backup',
    );
    return false;
  }
  const source = join(config.dataDir, SESSION_SECRET_FILE);
  if (!existsSync(source)) {
    console.error(
      `数据目录中没有 ${SESSION_SECRET_FILE}：恢复后需重新登录 / No ${SESSION_SECRET_FILE} in the data folder: everyone signs in again after a restore`,
    );
    return false;
  }
  copyPrivateFile(source, join(target, SESSION_SECRET_FILE));
  console.error(`备份会话密钥 Backing up the session secret (${SESSION_SECRET_FILE}) ✓`);
  return true;
}

/**
 * `backup <folder>`: an online, consistent backup while the gateway runs and writes. Each database is
 * read through SQLite's online backup API on a read-only connection (one snapshot each, nothing written
 * to the live files, no lock taken); the session secret is copied so that sessions and API keys still
 * work after a restore. The read models are not copied: restore rebuilds them.
 */
export async function backupCommand(
  config: GatewayConfig,
  folder: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  now: () => Date = () => new Date(),
): Promise<number> {
  if (!folder) throw new Error('用法 Usage: backup <folder>');
  const target = resolve(folder);
  refuseUnlessBackupPossible(config, target);
  privateDataFolder(target, []);
  const copied: string[] = [];
  for (const database of BACKED_UP_DATABASES) {
    const source = join(config.dataDir, database.file);
    if ('ifPresent' in database && !existsSync(source)) continue;
    await onlineCopy(source, join(target, database.file), database.label);
    copied.push(database.file);
  }
  copied.push(...copyPhotos(config, target));
  const secret = copySessionSecret(config, target, env);
  console.error(
    `读模型不备份，恢复时从事件重建 / The read models (${REBUILT_ON_RESTORE.join(', ')}) are not backed up: restore rebuilds them`,
  );
  const history = summarizeEventsFile(join(target, 'events.sqlite'));
  const names = [...copied, ...(secret ? [SESSION_SECRET_FILE] : [])];
  writeManifest(target, {
    createdAt: now().toISOString(),
    history,
    files: Object.fromEntries(names.map((name) => [name, describeFile(join(target, name))])),
    notBackedUp: REBUILT_ON_RESTORE,
  });
  console.log(`备份完成 Backup complete: ${describeSummary(history)} → ${target}`);
  return 0;
}
