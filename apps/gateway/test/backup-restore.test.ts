import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type CommandName, idNumberCheckChar } from '@cadre/domain';
import type { EventStore } from '@cadre/event-store';
import {
  ALL_PROJECTIONS,
  dumpReadModels,
  openReadModelDatabase,
  rebuildReadModels,
} from '@cadre/projections';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadDatabaseConstructor } from '../src/access/accounts-database.js';
import { backupCommand } from '../src/cli/backup-command.js';
import { describeFile } from '../src/cli/backup-manifest.js';
import { restoreCommand } from '../src/cli/restore-command.js';
import { verifyCommand } from '../src/cli/verify-command.js';
import { configFromEnv } from '../src/config.js';
import { type FolderGateway, startFolderGateway } from './support/backup-folder-gateway.js';
import { mutationOf } from './support/command-client.js';
import { pngPhoto } from './support/form-fixture.js';
import { loadZhouwang, noonOf, ZHOUWANG_TODAY } from './support/zhouwang-day.js';

const GATEWAY_DIR = fileURLToPath(new URL('..', import.meta.url));
const now = noonOf(ZHOUWANG_TODAY);
const configOf = (dataDir: string) => ({ ...configFromEnv({}), dataDir });
let root: string;

/** A copy of the backup folder to spoil. */
function copyOfBackup(name: string): string {
  const copy = join(root, name);
  cpSync(join(root, 'backup'), copy, { recursive: true });
  return copy;
}

/** `cadre backup <folder>` in a process of its own, beside the running gateway, as an operator runs it. */
async function backupInAnotherProcess(dataDir: string, folder: string) {
  const { CADRE_SESSION_SECRET: _, ...env } = process.env;
  return promisify(execFile)(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', 'src/main.ts', 'backup', folder],
    { cwd: GATEWAY_DIR, env: { ...env, CADRE_DATA_DIR: dataDir } },
  );
}

/** Runs a command in this process, keeping what it prints (progress bars write to the streams, messages to the console). */
async function printed<T>(run: () => Promise<T>): Promise<{ result: T; stdout: string; stderr: string }> {
  const out = { stdout: '', stderr: '' };
  const keep = (name: keyof typeof out) => (chunk: unknown) => {
    out[name] += `${String(chunk)}${typeof chunk === 'string' && chunk.endsWith('\n') ? '' : '\n'}`;
    return true;
  };
  const spies = [
    vi.spyOn(process.stdout, 'write').mockImplementation(keep('stdout')),
    vi.spyOn(process.stderr, 'write').mockImplementation(keep('stderr')),
    vi.spyOn(console, 'log').mockImplementation(keep('stdout')),
    vi.spyOn(console, 'error').mockImplementation(keep('stderr')),
  ];
  try {
    return { result: await run(), ...out };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}

/** The store as it stood at a position: what a history cut there reads like. */
function storeUpTo(store: EventStore, head: bigint): EventStore {
  return {
    ...store,
    readAll: async (options) => (await store.readAll(options)).filter((e) => e.position <= head),
    readStream: async (id, options) =>
      (await store.readStream(id, options)).filter((e) => e.position <= head),
    headPosition: async () => head,
  };
}

async function rebuiltDump(store: EventStore) {
  const db = openReadModelDatabase(':memory:');
  try {
    await rebuildReadModels(store, db, ALL_PROJECTIONS);
    return dumpReadModels(db);
  } finally {
    db.close();
  }
}

/** A new person's file, with an ID number of another county than the demo's (340122): no clash with it. */
function newcomer(writer: number, i: number) {
  const birthDate = new Date(Date.UTC(1975, 0, 1 + writer * 1000 + i)).toISOString().slice(0, 10);
  const first17 = `340122${birthDate.replaceAll('-', '')}${String(writer).padStart(2, '0')}1`;
  return {
    name: '李新',
    gender: 'MALE',
    birthDate,
    idNumber: first17 + idNumberCheckChar(first17),
    educationLevel: 'SENIOR_HIGH',
  };
}

interface Town {
  townshipId: string;
  villageIds: string[];
  cadreIds: string[];
}

/** The i-th command of a writer: a resident's request, a talk with a cadre, or a new file (two streams). */
function nthCommand(town: Town, writer: number, i: number): [CommandName, object] {
  const villageId = town.villageIds[(writer + i) % town.villageIds.length]!;
  switch (i % 3) {
    case 0:
      return ['RaiseServiceRequest', { villageId, description: `修路 ${writer}-${i}`, raisedBy: '村民' }];
    case 1:
      return [
        'RecordInterview',
        {
          cadreId: town.cadreIds[(writer * 7 + i) % town.cadreIds.length],
          townshipId: town.townshipId,
          kind: 'HEART_TO_HEART',
          interviewer: '镇党委书记',
          findings: '工作扎实',
        },
      ];
    default:
      return ['RegisterCadre', { villageId, profile: newcomer(writer, i) }];
  }
}

/** Administrators writing all the time, each in their own session, until stopped. */
function startWriters(gateway: FolderGateway, town: Town, sessions: Record<string, string>[]) {
  let stopping = false;
  let written = 0;
  const failures: unknown[] = [];
  const write = async (headers: Record<string, string>, writer: number) => {
    for (let i = 0; !stopping; i++) {
      const [command, input] = nthCommand(town, writer, i);
      const { errors } = await gateway.post(mutationOf(command), { commandId: randomUUID(), input }, headers);
      if (errors) failures.push(errors);
      else written++;
    }
  };
  const running = sessions.map((headers, writer) => write(headers, writer));
  return {
    written: () => written,
    async stop() {
      stopping = true;
      await Promise.all(running);
      return failures;
    },
  };
}

const until = async (condition: () => boolean) => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20));
};

const SUMMARY = /(\d+) events, head position (\d+), chain head ([0-9a-f]{64})/;

describe('backup while the gateway runs and writes, restore into a new folder', () => {
  let live: FolderGateway;
  let restored: FolderGateway;
  let backupFolder: string;
  let backup: { stdout: string; stderr: string };
  let heads: { beforeWrites: bigint; atBackupStart: bigint; atBackupEnd: bigint; final: bigint };
  let restore: { result: number; stdout: string; stderr: string };
  let writerFailures: unknown[];
  let photo: { sha256: string; bytes: Buffer };
  const credentials: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'cadre-backup-'));
    live = await startFolderGateway(join(root, 'live'), now);
    await loadZhouwang(live.system);
    photo = live.system.photos.put(pngPhoto());
    const admin = await live.session('ADMIN');
    const town = (
      await live.post(
        '{ villages(first: 100) { edges { node { id townshipId } } } cadres(first: 30) { edges { node { id } } } }',
        {},
        admin,
      )
    ).data;
    credentials.auditor = await live.session('AUDITOR');
    credentials.apiKey = { 'x-api-key': live.system.accounts.issueApiKey('区级平台').key };

    const sessions = await Promise.all([1, 2, 3].map(() => live.session('ADMIN')));
    const villages = town.villages.edges.map((e: any) => e.node);
    const writers = startWriters(
      live,
      {
        townshipId: villages[0].townshipId,
        villageIds: villages.map((v: any) => v.id),
        cadreIds: town.cadres.edges.map((e: any) => e.node.id),
      },
      sessions,
    );
    const beforeWrites = await live.system.store.headPosition();
    await until(() => writers.written() >= 15);
    backupFolder = join(root, 'backup');
    const atBackupStart = await live.system.store.headPosition();
    backup = await backupInAnotherProcess(join(root, 'live'), backupFolder);
    const atBackupEnd = await live.system.store.headPosition();
    const afterBackup = writers.written();
    await until(() => writers.written() >= afterBackup + 10);
    writerFailures = await writers.stop();
    heads = { beforeWrites, atBackupStart, atBackupEnd, final: await live.system.store.headPosition() };
    credentials.afterBackup = await live.session('AUDITOR');

    restore = await printed(() => restoreCommand(configOf(join(root, 'restored')), backupFolder));
    restored = await startFolderGateway(join(root, 'restored'), now);
  });
  afterAll(async () => {
    await restored?.stop();
    await live?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('backs up while writers write, reporting progress on stderr and what it holds in one line', async () => {
    expect(writerFailures).toEqual([]);
    expect(heads.atBackupEnd).toBeGreaterThan(heads.atBackupStart);
    expect(heads.final).toBeGreaterThan(heads.atBackupEnd);
    const [, events, head, hash] = backup.stdout.match(SUMMARY)!;
    const position = BigInt(head!);
    expect(position).toBeGreaterThanOrEqual(heads.atBackupStart);
    expect(position).toBeLessThanOrEqual(heads.atBackupEnd);
    expect(position).toBeGreaterThan(heads.beforeWrites);
    const [atHead] = await live.system.store.readAll({ after: position - 1n, maxCount: 1 });
    expect(atHead!.metadata.hash).toBe(hash);
    expect(Number(events)).toBe(
      (await live.system.store.readAll({ maxCount: 1_000_000 })).filter((e) => e.position <= position).length,
    );
    for (const file of ['events.sqlite', 'accounts.sqlite', 'session secret', 'read models'])
      expect(backup.stderr).toContain(file);
  });

  it('keeps the events, the accounts, the session secret and a manifest, private; never the read models', () => {
    // The persons' keys are backed up where the data folder has them (sealed personal fields).
    const keys = existsSync(join(root, 'live', 'personal-keys.sqlite')) ? ['personal-keys.sqlite'] : [];
    expect(readdirSync(backupFolder).sort()).toEqual(
      ['accounts.sqlite', 'backup.json', 'events.sqlite', ...keys, 'photos', 'session-secret'].sort(),
    );
    expect(statSync(backupFolder).mode & 0o777).toBe(0o700);
    for (const file of readdirSync(backupFolder, { recursive: true }) as string[]) {
      const mode = statSync(join(backupFolder, file));
      expect(mode.mode & 0o777, file).toBe(mode.isDirectory() ? 0o700 : 0o600);
    }
    expect(readdirSync(join(backupFolder, 'photos'))).toEqual([photo.sha256]);
    expect(readFileSync(join(backupFolder, 'session-secret'), 'utf8')).toBe(
      readFileSync(join(root, 'live', 'session-secret'), 'utf8'),
    );
  });

  it("restores the original's history up to the backup's head, verified clean", async () => {
    expect(restore.result).toBe(0);
    const [, , head] = backup.stdout.match(SUMMARY)!;
    expect(restore.stdout).toContain(backup.stdout.match(SUMMARY)![0]);
    const position = BigInt(head!);
    const original = (await live.system.store.readAll({ maxCount: 1_000_000 })).filter(
      (e) => e.position <= position,
    );
    const back = await restored.system.store.readAll({ maxCount: 1_000_000 });
    expect(back.map((e) => [e.position, e.id, e.metadata.hash])).toEqual(
      original.map((e) => [e.position, e.id, e.metadata.hash]),
    );
    expect(readdirSync(join(root, 'restored'))).toEqual(
      expect.arrayContaining(['events.sqlite', 'accounts.sqlite', 'session-secret', 'read-models.sqlite']),
    );
    for (const file of readdirSync(join(root, 'restored'), { recursive: true }) as string[]) {
      const mode = statSync(join(root, 'restored', file));
      expect(mode.mode & 0o777, file).toBe(mode.isDirectory() ? 0o700 : 0o600);
    }
    expect(restored.system.photos.get(photo.sha256)?.bytes.equals(photo.bytes)).toBe(true);
    const verify = await printed(() => verifyCommand(configOf(join(root, 'restored'))));
    expect(verify.result).toBe(0);
    expect(verify.stderr).toContain(`${original.length} events`);
  });

  it("serves read models equal to a rebuild and to the original's at the backup's head", async () => {
    const position = await restored.system.store.headPosition();
    const served = dumpReadModels(restored.system.readModels);
    expect(Object.values(served).flat().length).toBeGreaterThan(0);
    expect(served).toEqual(await rebuiltDump(restored.system.store));
    expect(served).toEqual(await rebuiltDump(storeUpTo(live.system.store, position)));
    expect(served).not.toEqual(await rebuiltDump(live.system.store));
  });

  it('honours a session and an API key issued before the backup; not a session opened after it', async () => {
    const me = await restored.post('{ me { role } }', {}, credentials.auditor);
    expect(me).toEqual({ data: { me: { role: 'AUDITOR' } } });
    const key = await restored.post('{ villages(first: 1) { totalCount } }', {}, credentials.apiKey);
    expect(key.errors).toBeUndefined();
    expect(key.data.villages.totalCount).toBeGreaterThan(0);
    const late = await restored.post('{ villages(first: 1) { totalCount } }', {}, credentials.afterBackup);
    expect(late.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await live.post('{ me { role } }', {}, credentials.afterBackup)).data.me.role).toBe('AUDITOR');
  });

  it('refuses a data folder that is not empty, and a damaged backup, leaving both as they were', async () => {
    const occupied = join(root, 'occupied');
    mkdirSync(occupied);
    writeFileSync(join(occupied, 'notes.txt'), 'keep me');
    await expect(restoreCommand(configOf(occupied), backupFolder)).rejects.toThrow(
      /不是空的.*is not empty: restore writes only into an empty folder/,
    );
    expect(readdirSync(occupied)).toEqual(['notes.txt']);

    const damaged = copyOfBackup('damaged');
    const events = readFileSync(join(damaged, 'events.sqlite'));
    events[events.length - 100] = events[events.length - 100]! ^ 0xff;
    writeFileSync(join(damaged, 'events.sqlite'), events);
    const target = join(root, 'from-damaged');
    await expect(restoreCommand(configOf(target), damaged)).rejects.toThrow(
      /events\.sqlite is not what was backed up \(SHA-256 differs\)/,
    );
    expect(existsSync(target)).toBe(false);
  });

  it('empties the data folder again when the restored history fails verification', async () => {
    const forged = copyOfBackup('forged');
    const db = new (loadDatabaseConstructor())(join(forged, 'events.sqlite'));
    db.exec(`DROP TRIGGER events_are_never_updated;
      UPDATE events SET data = json_set(data, '$.profile.name', '王伪') WHERE position = 1 + (SELECT MIN(position) FROM events WHERE type = 'CadreRegistered')`);
    db.close();
    const manifest = JSON.parse(readFileSync(join(forged, 'backup.json'), 'utf8'));
    manifest.files['events.sqlite'] = describeFile(join(forged, 'events.sqlite'));
    writeFileSync(join(forged, 'backup.json'), JSON.stringify(manifest));
    const target = join(root, 'from-forged');
    const attempt = await printed(() =>
      restoreCommand(configOf(target), forged).catch((error: Error) => error),
    );
    expect(String(attempt.result)).toMatch(/failed verification/);
    expect(attempt.stderr).toMatch(/HASH_MISMATCH|BROKEN_LINK/);
    expect(readdirSync(target)).toEqual([]);
  });

  it('refuses to back up into a folder that is not empty', async () => {
    await expect(backupCommand(configOf(join(root, 'live')), backupFolder)).rejects.toThrow(
      /backup folder .* is not empty/,
    );
  });
});
