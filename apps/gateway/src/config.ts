import { fileURLToPath } from 'node:url';

export interface GatewayConfig {
  port: number;
  host: string;
  /** Folder of the embedded store and the read-model file; `data/` at the repository root by default. */
  dataDir: string;
  /** `esdb://…` selects EventStoreDB; unset means the embedded SQLite store. */
  eventStoreConnectionString?: string;
  /** The built admin client, served at `/`. */
  adminDist: string;
  /** Load the Zhouwang Town demo data when the store is empty. */
  loadDemo: boolean;
  /** Issue reminders of what falls due (the calendar's scheduler); `CADRE_REMINDERS=off` turns it off. */
  reminders: boolean;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  return {
    port: Number(env.PORT ?? 4000),
    host: env.HOST ?? '0.0.0.0',
    dataDir: env.CADRE_DATA_DIR ?? fileURLToPath(new URL('../../../data/', import.meta.url)),
    eventStoreConnectionString: env.EVENTSTORE_CONNECTION_STRING || undefined,
    adminDist: env.ADMIN_DIST ?? fileURLToPath(new URL('../../admin/dist/', import.meta.url)),
    loadDemo: env.CADRE_DEMO !== 'off',
    reminders: env.CADRE_REMINDERS !== 'off',
  };
}
