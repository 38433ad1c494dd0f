import { LedgerRules, type LedgerRuleViolation, upcast } from '@cadre/domain';
import { type EventStore, pagesOf } from '@cadre/event-store';

/** Reads the whole history in order and answers every ledger rule it shows broken (none: all held). */
export async function verifyLedgerRules(
  store: EventStore,
  onProgress?: (checked: number, position: bigint) => void,
): Promise<LedgerRuleViolation[]> {
  const rules = new LedgerRules();
  let checked = 0;
  for await (const page of pagesOf(store)) {
    for (const event of page) {
      rules.see({
        streamId: event.streamId,
        position: event.position,
        type: event.type,
        data: upcast(event.type, event.metadata.schemaVersion, event.data, event.metadata.occurredAt),
        ...(event.metadata.commandId ? { commandId: event.metadata.commandId } : {}),
      });
    }
    checked += page.length;
    onProgress?.(checked, page[page.length - 1]!.position);
  }
  return rules.violations();
}
