import { fileURLToPath } from 'node:url';

export interface GatewayConfig {
  port: number;
  host: string;
  /** Folder of the embedded store and the read-model file; `data/` at the repository root by default. */
  dataDir: string;
  /**
   * What every gateway of one ledger shares (accounts, session secret, persons' keys, photos):
   * `CADRE_SHARED_DIR`; unset, the data folder itself. Read models stay in each gateway's `dataDir`.
   */
  sharedDir?: string;
  /** `esdb://…` selects EventStoreDB; unset means the embedded SQLite store. */
  eventStoreConnectionString?: string;
  /** The built admin client, served at `/`. */
  adminDist: string;
  /** Load the Zhouwang Town demo data when the store is empty. */
  loadDemo: boolean;
  /** Issue reminders of what falls due (the calendar's scheduler); `CADRE_REMINDERS=off` turns it off. */
  reminders: boolean;
  /**
   * Reader processes beside the writer (`CADRE_READERS`, cluster/): 0, the default, runs everything in one
   * process; N > 0 answers requests from N readers while this process keeps the bus and the projections.
   */
  readers: number;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const dataDir = env.CADRE_DATA_DIR ?? fileURLToPath(new URL('../../../data/', import.meta.url));
  return {
    port: Number(env.PORT ?? 4000),
    host: env.HOST ?? '0.0.0.0',
    dataDir,
    ...(env.CADRE_SHARED_DIR ? { sharedDir: env.CADRE_SHARED_DIR } : {}),
    eventStoreConnectionString: env.EVENTSTORE_CONNECTION_STRING || undefined,
    adminDist: env.ADMIN_DIST ?? fileURLToPath(new URL('../../admin/dist/', import.meta.url)),
    loadDemo: env.CADRE_DEMO !== 'off',
    reminders: env.CADRE_REMINDERS !== 'off',
    readers: readersFrom(env.CADRE_READERS),
  };
}

function readersFrom(value: string | undefined): number {
  if (!value) return 0;
  const readers = Number(value);
  if (!Number.isInteger(readers) || readers < 0 || readers > 64) {
    throw new Error(
      `CADRE_READERS 应为 0 到 64 之间的整数，而不是 "${value}" / CADRE_READERS must be a whole number from 0 to 64, not "${value}"`,
    );
  }
  return readers;
}
