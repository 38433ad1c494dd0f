import type { EventStore } from '@cadre/event-store';
import type { GatewayConfig } from '../config.js';
import { openLedgerStore } from '../system.js';

export type RebuildStoreOptions = Pick<GatewayConfig, 'dataDir' | 'eventStoreConnectionString'>;

/** The store as each of `cadre rebuild`'s threads reads it (rebuildReadModelsInThreads): as the ledger does. */
export function openRebuildStore(options: RebuildStoreOptions): Promise<EventStore> {
  return openLedgerStore(options);
}
