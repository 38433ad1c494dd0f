import { verifyLedgerRules } from '@cadre/application';
import { type EventStore, verifyIntegrity } from '@cadre/event-store';
import type { GatewayConfig } from '../config.js';
import { openConfiguredStore, openLedgerStore } from '../system.js';
import { progressBar } from './progress-bar.js';

/** The share of the history read so far, for a progress bar. */
const shareOf = (position: bigint, head: bigint) => (head === 0n ? 1 : Number(position) / Number(head));

async function chainsIntact(store: EventStore, head: bigint): Promise<boolean> {
  const bar = progressBar('校验哈希链 Verifying hash chains');
  const report = await verifyIntegrity(store, (checked, position) =>
    bar.update(shareOf(position, head), `${checked} events`),
  );
  if (report.ok) {
    bar.done(`${report.events} events in ${report.streams} streams, head ${head}: verified`);
    return true;
  }
  const b = report.firstBroken!;
  console.error(
    `完整性校验失败 Integrity check failed: ${b.fault} at ${b.streamId} revision ${b.revision} (event ${b.eventId}, position ${b.position})`,
  );
  return false;
}

async function rulesHeld(store: EventStore, head: bigint): Promise<boolean> {
  const bar = progressBar('校验台账规则 Checking the ledger rules');
  const violations = await verifyLedgerRules(store, (checked, position) =>
    bar.update(shareOf(position, head), `${checked} events`),
  );
  if (violations.length === 0) {
    bar.done(
      'one holder per seat, seat and cadre events paired, reviews before appointments, one file per ID number: held',
    );
    return true;
  }
  for (const v of violations)
    console.error(
      `台账规则被破坏 Ledger rule broken: ${v.rule} at ${v.streamId} position ${v.position}: ${v.messages.zh} / ${v.messages.en}`,
    );
  return false;
}

/**
 * `verify`: recompute every stream's hash chain (naming the first broken link) and check the ledger's rules
 * across streams (naming every violation); exit 1 when either fails.
 */
export async function verifyCommand(config: GatewayConfig): Promise<number> {
  // the chains are over the events as stored; the rules read them as the ledger does (ID numbers opened)
  const stored = await openConfiguredStore(config);
  const ledger = await openLedgerStore(config);
  try {
    const head = await stored.headPosition();
    const chains = await chainsIntact(stored, head);
    const rules = await rulesHeld(ledger, head);
    return chains && rules ? 0 : 1;
  } finally {
    await ledger.close();
    await stored.close();
  }
}
