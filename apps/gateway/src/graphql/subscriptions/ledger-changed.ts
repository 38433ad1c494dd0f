import type { RecordedEvent } from '@cadre/event-store';
import { findCadre, type ReadModelDatabase } from '@cadre/projections';
import { authorize } from '../../access/policy.js';
import type { GatewayContext } from '../context.js';
import { liveEvents, positionArgument } from './live-events.js';

/** The record kinds a change is reported for; other streams (ID-number reservations) are bookkeeping. */
const KINDS = ['cadre', 'village', 'township', 'training', 'request'] as const;
type Kind = (typeof KINDS)[number];
/** Township-wide records, reported to every role. */
const SHARED: ReadonlySet<Kind> = new Set(['township', 'training']);

export interface LedgerChange {
  position: string;
  kind: Kind;
  id: string;
  type: string;
  villageId: string | null;
}

function kindAndId(streamId: string): { kind: Kind; id: string } | null {
  const kind = KINDS.find((k) => streamId.startsWith(`${k}-`));
  return kind ? { kind, id: streamId.slice(kind.length + 1) } : null;
}

/** The village of the record, as the read models hold it once the event is applied. */
function villageOf(db: ReadModelDatabase, kind: Kind, id: string): string | null {
  if (kind === 'village') return id;
  if (kind === 'cadre') return findCadre(db, id)?.villageId ?? null;
  if (kind === 'request') {
    const row = db.prepare('SELECT village_id FROM service_requests WHERE request_id = ?').get(id) as
      | { village_id: string }
      | undefined;
    return row?.village_id ?? null;
  }
  return null;
}

export const ledgerChanged = {
  subscribe: (_: unknown, args: { after?: string | null }, context: GatewayContext) => {
    const { system, principal, locale } = context;
    const after = positionArgument(args.after, context);
    const ownVillage = principal?.role === 'VILLAGE' ? (principal.villageId ?? null) : undefined;
    if (ownVillage !== undefined) authorize(principal, 'ledgerChanged', ownVillage, locale);
    const concerns = (change: LedgerChange) =>
      ownVillage === undefined || SHARED.has(change.kind) || change.villageId === ownVillage;
    return (async function* () {
      for await (const event of liveEvents(system.store, after, (e: RecordedEvent) =>
        Boolean(kindAndId(e.streamId)),
      )) {
        await system.runner.waitFor(event.position);
        const { kind, id } = kindAndId(event.streamId)!;
        const change: LedgerChange = {
          position: event.position.toString(),
          kind,
          id,
          type: event.type,
          villageId: villageOf(system.readModels, kind, id),
        };
        if (concerns(change)) yield { ledgerChanged: change };
      }
    })();
  },
};
