import { verifyIntegrity } from '@cadre/event-store';
import type { GatewayConfig } from '../config.js';
import { openConfiguredStore } from '../system.js';
import { progressBar } from './progress-bar.js';

/** `verify`: recompute every stream's hash chain; exit 1 and name the first broken link if there is one. */
export async function verifyCommand(config: GatewayConfig): Promise<number> {
  const store = await openConfiguredStore(config);
  const head = await store.headPosition();
  const bar = progressBar('校验哈希链 Verifying hash chains');
  try {
    const report = await verifyIntegrity(store, (checked, position) =>
      bar.update(head === 0n ? 1 : Number(position) / Number(head), `${checked} events`),
    );
    if (report.ok) {
      bar.done(`${report.events} events in ${report.streams} streams, head ${head}: verified`);
      return 0;
    }
    const b = report.firstBroken!;
    console.error(
      `完整性校验失败 Integrity check failed: ${b.fault} at ${b.streamId} revision ${b.revision} (event ${b.eventId}, position ${b.position})`,
    );
    return 1;
  } finally {
    await store.close();
  }
}
