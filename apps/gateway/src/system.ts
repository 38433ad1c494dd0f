import { join } from 'node:path';
import { CommandBus, type PersonalKeyVault, sealingPersonalData } from '@cadre/application';
import { type EventStore, openEventStore } from '@cadre/event-store';
import {
  ALL_PROJECTIONS,
  openReadModelDatabase,
  ProjectionRunner,
  type ReadModelDatabase,
  StreamSnapshots,
  StreamSnapshotter,
} from '@cadre/projections';
import { Accounts } from './access/accounts.js';
import { openAccountsDatabase } from './access/accounts-database.js';
import { PersonalDataLog } from './access/personal-data-log.js';
import { loadSessionSecret } from './access/session-tokens.js';
import { ReminderScheduler } from './calendar/reminder-scheduler.js';
import { openReadModelsReadOnly, readerBus, readerRunner } from './cluster/reader-wiring.js';
import type { WriterChannel } from './cluster/writer-channel.js';
import { openPhotoStore, type PhotoStore } from './documents/photos/photo-store.js';
import { openPersonalKeys, PERSONAL_KEYS_FILE } from './personal-keys-file.js';
import { privateDataFolder } from './private-files.js';
import { TornCommandCompleter } from './torn-command-completer.js';

/** The files of a data folder: the event store's when it is the embedded one, the read models, the accounts. */
const dataFilesOf = (options: SystemOptions) => [
  ...(options.store || options.eventStoreConnectionString ? [] : ['events.sqlite']),
  'read-models.sqlite',
  ...(options.sharedDir ? [] : SHARED_FILES),
];
/** What every gateway of one ledger shares (`sharedDir`), beside the session secret and the photos. */
const SHARED_FILES = ['accounts.sqlite', PERSONAL_KEYS_FILE];

/** Everything the gateway wires together: the store, the read models fed from it, and the command bus. */
export interface System {
  /** The event store as the ledger reads it: persons' identifying fields opened with their keys. */
  store: EventStore;
  /** The store underneath, as stored (identifying fields sealed): for the hash chains and exports. */
  rawStore: EventStore;
  /** Persons' keys (the data folder's personal-keys.sqlite): they travel with a backup, never in an export. */
  personalKeys: PersonalKeyVault;
  readModels: ReadModelDatabase;
  runner: ProjectionRunner;
  bus: CommandBus;
  /** Folded states of aggregate streams in the read-model file, for time travel (written by the runner). */
  snapshots: StreamSnapshots;
  /** Users, API keys and the personal-data read log, in their own file beside the events. */
  accounts: Accounts;
  personalDataLog: PersonalDataLog;
  /** Cadres' photos by their SHA-256, in the data folder's `photos/` (events name them by hash). */
  photos: PhotoStore;
  /** The system's clock: "today" for defaults, the bus's decisions and the embedded store's recorded time. */
  now: () => Date;
  /** Issues the reminders of what falls due (calendar/): started by the start command, or by a test. */
  reminders: ReminderScheduler;
  close(): Promise<void>;
}

export interface SystemOptions {
  /** A folder for the files, or `:memory:` for a throw-away system (tests). */
  dataDir: string;
  /**
   * The folder of what several gateways of one ledger share (accounts, session secret, persons' keys,
   * photos); by default `dataDir`. Each gateway keeps its read models (and an embedded store) in its own.
   */
  sharedDir?: string;
  /** `esdb://…` selects EventStoreDB; without it, the embedded SQLite file in `dataDir`. */
  eventStoreConnectionString?: string;
  /** An already open store (tests); overrides the connection string. */
  store?: EventStore;
  /** Persons' keys to use instead of the data folder's (tests moving a ledger between two systems). */
  personalKeys?: PersonalKeyVault;
  now?: () => Date;
  /** How often the reminder scheduler looks for what fell due, once started (ms). */
  reminderIntervalMs?: number;
  /**
   * A reader process of a cluster (cluster/): no runner, no bus, no torn-command completer; the read models
   * opened read-only, commands carried out by the writer at the other end of this channel.
   */
  reader?: WriterChannel;
}

export async function openSystem(options: SystemOptions): Promise<System> {
  const inMemory = options.dataDir === ':memory:';
  if (!inMemory) privateDataFolder(options.dataDir, dataFilesOf(options));
  if (!inMemory && options.sharedDir) privateDataFolder(options.sharedDir, SHARED_FILES);
  const sharedDir = options.sharedDir ?? options.dataDir;
  const now = options.now ?? (() => new Date());
  const rawStore = options.store ?? (await openConfiguredStore({ ...options, now }));
  const ownKeys = options.personalKeys
    ? undefined
    : openPersonalKeys(inMemory ? ':memory:' : join(sharedDir, PERSONAL_KEYS_FILE), now);
  const keys = options.personalKeys ?? ownKeys!;
  const store = sealingPersonalData(rawStore, keys);
  const { reader } = options;
  const readModelsPath = inMemory ? ':memory:' : join(options.dataDir, 'read-models.sqlite');
  const readModels = reader ? openReadModelsReadOnly(readModelsPath) : openReadModelDatabase(readModelsPath);
  const snapshots = new StreamSnapshots(readModels);
  // Without multi-stream transactions a crash can cut a command off between its writes: finish those first.
  const completer =
    reader || store.appendToStreams ? undefined : new TornCommandCompleter(store, readModels, now);
  await completer?.completeOnce();
  completer?.start();
  const runner = reader
    ? readerRunner(readModels, reader)
    : new ProjectionRunner(store, readModels, ALL_PROJECTIONS, {
        snapshotter: new StreamSnapshotter(store, snapshots),
      });
  if (!reader) runner.start();
  await runner.catchUp();
  const bus = reader ? readerBus(reader) : new CommandBus({ store, now });
  const accounts = new Accounts({
    db: openAccountsDatabase(inMemory ? ':memory:' : join(sharedDir, 'accounts.sqlite')),
    sessionSecret: loadSessionSecret({ dataDir: sharedDir }),
  });
  const reminders = new ReminderScheduler(
    { bus, runner, readModels, accounts, now },
    options.reminderIntervalMs ? { intervalMs: options.reminderIntervalMs } : {},
  );
  return {
    store,
    rawStore,
    personalKeys: keys,
    readModels,
    runner,
    bus,
    snapshots,
    accounts,
    personalDataLog: new PersonalDataLog(accounts.db, now),
    photos: openPhotoStore(sharedDir),
    now,
    reminders,
    async close() {
      await reminders.stop();
      await completer?.stop();
      await runner.stop();
      await store.close();
      ownKeys?.close();
      readModels.close();
      accounts.db.close();
    },
  };
}

/** The store the options name: EventStoreDB for a connection string, else the embedded SQLite file. */
export function openConfiguredStore(
  options: Pick<SystemOptions, 'dataDir' | 'eventStoreConnectionString' | 'now'>,
) {
  return openEventStore({
    ...(options.now ? { now: options.now } : {}),
    ...(options.eventStoreConnectionString ? { connectionString: options.eventStoreConnectionString } : {}),
    sqlitePath: options.dataDir === ':memory:' ? ':memory:' : join(options.dataDir, 'events.sqlite'),
  });
}

/**
 * The store as the ledger reads it, for the commands that read events as the gateway does (rebuild):
 * persons' identifying fields opened with the keys kept in the data folder.
 */
export async function openLedgerStore(
  options: Pick<SystemOptions, 'dataDir' | 'eventStoreConnectionString' | 'now'>,
): Promise<EventStore> {
  const raw = await openConfiguredStore(options);
  const keys = openPersonalKeys(
    options.dataDir === ':memory:' ? ':memory:' : join(options.dataDir, PERSONAL_KEYS_FILE),
  );
  const sealed = sealingPersonalData(raw, keys);
  return {
    ...sealed,
    async close() {
      await sealed.close();
      keys.close();
    },
  };
}
