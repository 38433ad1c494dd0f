import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { erasedFields, SEALED_PROFILE_FIELDS } from '@cadre/domain';
import type { EventStore, NewEvent, RecordedEvent, StreamWrite, Subscription } from '@cadre/event-store';
import { KeyPreparation } from './key-preparation.js';
import type { PersonalKeyVault } from './personal-key-vault.js';

/** Where an event type keeps a person's file fields: the registration's profile, a correction's changes. */
const PROFILE_HOLDERS: Record<string, 'profile' | 'changes'> = {
  CadreRegistered: 'profile',
  CadreProfileCorrected: 'changes',
};

/** The identifying fields of one event, encrypted (AES-256-GCM) with the person's key. */
interface Sealed {
  subject: string;
  /** Which fields are inside: what an erased person's file reads as erased. */
  fields: string[];
  iv: string;
  tag: string;
  data: string;
}

type Data = Record<string, unknown> & { sealed?: Sealed; cadreId?: string };

/** The person whose identifying fields an event carries, if it carries any. */
function subjectOf(event: NewEvent): string | undefined {
  const holder = PROFILE_HOLDERS[event.type];
  const data = event.data as Data;
  if (!holder || typeof data.cadreId !== 'string') return undefined;
  const fields = (data[holder] ?? {}) as Record<string, unknown>;
  return SEALED_PROFILE_FIELDS.some((field) => field in fields) ? data.cadreId : undefined;
}

/** The events a write seals: its own, and the rest of a command its first event carries. */
const withFollowUpEvents = (events: readonly NewEvent[]): NewEvent[] =>
  events.flatMap((event) => [
    event,
    ...((event.metadata.followUps as Array<{ events: NewEvent[] }> | undefined) ?? []).flatMap(
      (f) => f.events,
    ),
  ]);

/** An event the ledger reads back as it was written: one without a person's identifying fields to seal. */
export const readBackAsWritten = (event: NewEvent): boolean => PROFILE_HOLDERS[event.type] === undefined;

function seal(event: NewEvent, vault: PersonalKeyVault): NewEvent {
  const holder = PROFILE_HOLDERS[event.type];
  const data = event.data as Data;
  if (!holder || typeof data.cadreId !== 'string') return event;
  const fields = { ...(data[holder] as Record<string, unknown>) };
  const secret: Record<string, unknown> = {};
  for (const field of SEALED_PROFILE_FIELDS) {
    if (!(field in fields)) continue;
    secret[field] = fields[field];
    delete fields[field];
  }
  const names = Object.keys(secret);
  if (names.length === 0) return event;
  const key = vault.keyForSealing(data.cadreId);
  if (!key) return { ...event, data: { ...data, [holder]: erasedFields(data[holder] as object) } };
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(`${data.cadreId}\u0000${event.type}`));
  const encrypted = Buffer.concat([cipher.update(JSON.stringify(secret), 'utf8'), cipher.final()]);
  const sealed: Sealed = {
    subject: data.cadreId,
    fields: names,
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    data: encrypted.toString('base64'),
  };
  return { ...event, data: { ...data, [holder]: fields, sealed } };
}

function unseal<E extends { type: string; data: unknown }>(event: E, vault: PersonalKeyVault): E {
  const data = event.data as Data;
  const holder = PROFILE_HOLDERS[event.type];
  if (!holder || !data?.sealed) return event;
  const { sealed, ...rest } = data;
  const key = vault.keyFor(sealed.subject);
  const fields = rest[holder] as Record<string, unknown>;
  if (!key) {
    const asErased = erasedFields(Object.fromEntries(sealed.fields.map((f) => [f, undefined])));
    return { ...event, data: { ...rest, [holder]: { ...fields, ...asErased } } };
  }
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'));
  decipher.setAAD(Buffer.from(`${sealed.subject}\u0000${event.type}`));
  decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
  const plain = Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]);
  return { ...event, data: { ...rest, [holder]: { ...fields, ...JSON.parse(plain.toString('utf8')) } } };
}

/**
 * The event store as the ledger uses it: a person's identifying fields are sealed with their own key on
 * the way in and opened on the way out, so every reader (the bus, the projections, time travel, the
 * auditors' history) sees them while the key exists and sees them erased after. The store underneath keeps
 * only ciphertext and chains its hashes over it, so erasing a person leaves every chain intact.
 * A `PersonalDataErased` event deletes the key once it is stored. Export and verify work on the store
 * underneath (ciphertext); export the key file beside the events.
 */
export function sealingPersonalData(store: EventStore, vault: PersonalKeyVault): EventStore {
  // The rest of a command carried in its first event's metadata (command-follow-ups.ts) is sealed too.
  const sealAll = (events: readonly NewEvent[]): NewEvent[] =>
    events.map((event) => {
      const followUps = event.metadata.followUps as Array<{ events: NewEvent[] }> | undefined;
      const withSealedFollowUps = followUps
        ? {
            ...event,
            metadata: {
              ...event.metadata,
              followUps: followUps.map((f) => ({ ...f, events: f.events.map((e) => seal(e, vault)) })),
            },
          }
        : event;
      return seal(withSealedFollowUps, vault);
    });
  const keys = new KeyPreparation(vault);
  const prepareKeys = (events: readonly NewEvent[]) =>
    keys.prepare([...new Set(withFollowUpEvents(events).flatMap((e) => subjectOf(e) ?? []))]);
  const open = (event: RecordedEvent) => unseal(event, vault);
  const eraseAfter = (events: readonly NewEvent[]) => {
    for (const event of events)
      if (event.type === 'PersonalDataErased') vault.erase((event.data as { cadreId: string }).cadreId);
  };
  const sealed: EventStore = {
    async append(streamId, events, expectedRevision) {
      await prepareKeys(events);
      const result = await store.append(streamId, sealAll(events), expectedRevision);
      eraseAfter(events);
      return result;
    },
    readStream: async (streamId, options) => (await store.readStream(streamId, options)).map(open),
    readAll: async (options) => (await store.readAll(options)).map(open),
    subscribeToAll(options) {
      const subscription = store.subscribeToAll(options);
      return {
        caughtUp: subscription.caughtUp,
        close: () => subscription.close(),
        async *[Symbol.asyncIterator]() {
          for await (const event of subscription) yield open(event);
        },
      } satisfies Subscription;
    },
    headPosition: () => store.headPosition(),
    close: () => store.close(),
    ...(store.health ? { health: () => store.health!() } : {}),
  };
  if (store.appendToStreams) {
    const appendToStreams = store.appendToStreams.bind(store);
    sealed.appendToStreams = async (writes: readonly StreamWrite[]) => {
      await prepareKeys(writes.flatMap((w) => w.events));
      const results = await appendToStreams(writes.map((w) => ({ ...w, events: sealAll(w.events) })));
      for (const w of writes) eraseAfter(w.events);
      return results;
    };
  }
  return sealed;
}
