import { verifyLedgerRules } from '@cadre/application';
import type { CommandName } from '@cadre/domain';
import { type EventStore, pagesOf, type RecordedEvent, verifyIntegrity } from '@cadre/event-store';
import type { Journal, JournalEntry } from './journal.js';

/** What each writer's command stores, stream by stream: all of it, once, or nothing. */
const SHAPE_OF: Partial<Record<CommandName, string>> = {
  RecordTraining: 'cadre×1',
  MakePledge: 'cadre×1',
  AppointCadre: 'cadre×1 village×1',
  LeavePost: 'cadre×1 village×1',
  RegisterCadre: 'cadre×1 id-number×1',
};

/** A stream's kind: its id without the trailing UUID (`id-number-<uuid>` → `id-number`). */
const kindOf = (streamId: string) => streamId.replace(/-[0-9a-f]{8}-[0-9a-f-]{27}$/, '');

/** The streams a command's events are on, and how many on each: `cadre×1 village×1`. */
function shapeOf(events: readonly RecordedEvent[]): string {
  const counts = new Map<string, number>();
  for (const e of events) counts.set(kindOf(e.streamId), (counts.get(kindOf(e.streamId)) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kind, count]) => `${kind}×${count}`)
    .join(' ');
}

/** Each command's events in one run of revisions on each of its streams: not two appends of it. */
function inOneAppendPerStream(events: readonly RecordedEvent[]): boolean {
  const revisions = new Map<string, number[]>();
  for (const e of events) revisions.set(e.streamId, [...(revisions.get(e.streamId) ?? []), e.revision]);
  return [...revisions.values()].every((r) =>
    r.every((revision, i) => i === 0 || revision === r[i - 1]! + 1),
  );
}

export interface LedgerCheck {
  violations: string[];
  events: number;
}

/** A data folder's events as stored (identifying fields sealed) and as the ledger reads them (opened). */
export interface Stores {
  stored: EventStore;
  ledger: EventStore;
}

/** A registered person's identifying fields read back as sent: their key survived with their file. */
function identityKept(entry: JournalEntry, stored: readonly RecordedEvent[]): boolean {
  const sent = (entry.input as { profile: { name: string; idNumber: string } }).profile;
  const registered = stored.find((e) => e.type === 'CadreRegistered')?.data as
    | { profile?: { name?: string; idNumber?: string } }
    | undefined;
  return registered?.profile?.name === sent.name && registered.profile.idNumber === sent.idNumber;
}

/**
 * What the store must show of the journals: every command in `mustBeStored` complete, exactly once;
 * every refused one absent; every other (unanswered, or answered after a copy was taken) complete or
 * absent, never half; no event of a command nobody sent. Then the hash chains and the ledger's rules.
 * A registration must read back with the name and ID number sent (the person's key kept with the file).
 * `shapes` remembers what commands without a known shape (the setup's) stored, to see it never changes.
 */
export async function checkLedger(
  { stored: storedEvents, ledger }: Stores,
  journals: readonly Journal[],
  mustBeStored: ReadonlySet<string>,
  shapes: Map<string, string>,
): Promise<LedgerCheck> {
  const violations: string[] = [];
  const byCommand = new Map<string, RecordedEvent[]>();
  let events = 0;
  for await (const page of pagesOf(ledger)) {
    for (const event of page) {
      events++;
      const id = String(event.metadata.commandId);
      byCommand.set(id, [...(byCommand.get(id) ?? []), event]);
    }
  }
  const sent = new Map<string, JournalEntry>();
  for (const journal of journals) for (const entry of journal.entries) sent.set(entry.commandId, entry);

  for (const entry of sent.values()) {
    const stored = byCommand.get(entry.commandId) ?? [];
    const what = `${entry.writer} ${entry.command} ${entry.commandId}`;
    const shape = shapeOf(stored);
    const full = SHAPE_OF[entry.command] ?? shapes.get(entry.commandId);
    if (stored.length === 0) {
      if (mustBeStored.has(entry.commandId)) violations.push(`acknowledged command lost: ${what}`);
      continue;
    }
    if (entry.state === 'refused') violations.push(`refused (${entry.refusedBy}) yet stored: ${what}`);
    if (full === undefined && entry.state === 'acked') shapes.set(entry.commandId, shape);
    else if (full !== undefined && shape !== full)
      violations.push(`stored as ${shape} instead of ${full} (half, or twice): ${what}`);
    if (!inOneAppendPerStream(stored)) violations.push(`stored by more than one append: ${what}`);
    if (entry.command === 'RegisterCadre' && !identityKept(entry, stored))
      violations.push(`the name or ID number does not read back as sent: ${what}`);
  }
  for (const [commandId, stored] of byCommand)
    if (!sent.has(commandId))
      violations.push(`${stored.length} events of a command nobody sent: ${commandId}`);

  const integrity = await verifyIntegrity(storedEvents);
  if (!integrity.ok) violations.push(`hash chain broken: ${JSON.stringify(integrity.firstBroken)}`);
  for (const v of await verifyLedgerRules(ledger))
    violations.push(
      `ledger rule broken: ${v.rule} at ${v.streamId} position ${v.position}: ${v.messages.en}`,
    );
  return { violations, events };
}
