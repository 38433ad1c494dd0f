import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DuplicateEventIdError, WrongExpectedRevisionError } from '../errors.js';
import { chainHash, GENESIS_HASH } from '../hash-chain.js';
import type { EventStore, RecordedEvent, Subscription } from '../port.js';
import { sampleEvent, sampleEvents, sampleMetadata } from './sample-events.js';

export interface StoreUnderTest {
  store: EventStore;
  dispose?: () => Promise<void>;
}

/** Fresh stream ids per test, so the suite also runs against a shared real server. */
const stream = (category = 'test') => `${category}${randomUUID().slice(0, 8)}-${randomUUID()}`;

async function take(subscription: Subscription, count: number, timeoutMs = 5000): Promise<RecordedEvent[]> {
  const received: RecordedEvent[] = [];
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error(`only ${received.length} of ${count} events arrived`)), timeoutMs),
  );
  const reading = (async () => {
    for await (const event of subscription) {
      received.push(event);
      if (received.length === count) break;
    }
    return received;
  })();
  return Promise.race([reading, timeout]);
}

/** The behaviour every event store adapter must have. Written once, run against each adapter. */
export function eventStoreContract(name: string, open: () => Promise<StoreUnderTest>): void {
  describe(`event store contract: ${name}`, () => {
    let subject: StoreUnderTest;
    let store: EventStore;
    beforeEach(async () => {
      subject = await open();
      store = subject.store;
    });
    afterEach(async () => {
      await store.close();
      await subject.dispose?.();
    });

    it('appends to a new stream and reads the events back in order with store-stamped fields', async () => {
      const id = stream();
      const events = sampleEvents(3);
      const result = await store.append(id, events, 'no_stream');
      expect(result.nextExpectedRevision).toBe(2);
      const read = await store.readStream(id);
      expect(read.map((e) => e.id)).toEqual(events.map((e) => e.id));
      expect(read.map((e) => e.revision)).toEqual([0, 1, 2]);
      expect(read.map((e) => e.data)).toEqual([{ n: 0 }, { n: 1 }, { n: 2 }]);
      expect(read[2]!.position).toBe(result.position);
      expect(read[0]!.position < read[1]!.position && read[1]!.position < read[2]!.position).toBe(true);
      for (const event of read) {
        expect(event.streamId).toBe(id);
        expect(Number.isNaN(Date.parse(event.recordedAt))).toBe(false);
      }
    });

    it('round-trips every metadata field the domain writes', async () => {
      const id = stream();
      const metadata = sampleMetadata({
        commandId: randomUUID(),
        reason: '更正出生日期',
        actor: 'user:管理员',
      });
      await store.append(
        id,
        [{ id: randomUUID(), type: 'Corrected', data: { 名字: '张三' }, metadata }],
        'no_stream',
      );
      const [read] = await store.readStream(id);
      expect(read!.data).toEqual({ 名字: '张三' });
      expect(read!.metadata).toMatchObject(metadata);
    });

    it('chains each event to the previous one of its stream by a hash in its metadata', async () => {
      const id = stream();
      await store.append(id, sampleEvents(2), 'no_stream');
      await store.append(id, sampleEvents(1), 1);
      const read = await store.readStream(id);
      let previous = GENESIS_HASH;
      for (const event of read) {
        expect(event.metadata.previousHash).toBe(previous);
        expect(event.metadata.hash).toBe(chainHash(previous, id, event.revision, event));
        previous = event.metadata.hash!;
      }
    });

    it('rejects a wrong expected revision with a typed error and writes nothing', async () => {
      const id = stream();
      await store.append(id, sampleEvents(2), 'no_stream');
      const before = await store.headPosition();
      const wrong = [
        store.append(id, sampleEvents(1), 'no_stream'),
        store.append(id, sampleEvents(1), 0),
        store.append(id, sampleEvents(1), 5),
        store.append(stream(), sampleEvents(1), 0),
      ];
      // Every rejection gets its handler now: an adapter that does I/O may reject the last attempt first.
      await Promise.all(
        wrong.map((attempt) => expect(attempt).rejects.toBeInstanceOf(WrongExpectedRevisionError)),
      );
      await expect(store.append(id, sampleEvents(1), 0)).rejects.toMatchObject({ streamId: id, actual: 1 });
      expect(await store.headPosition()).toBe(before);
      expect(await store.readStream(id)).toHaveLength(2);
    });

    it('accepts `any` whatever the stream holds, and an exact revision that matches', async () => {
      const id = stream();
      await store.append(id, sampleEvents(1), 'any');
      await store.append(id, sampleEvents(1), 'any');
      const result = await store.append(id, sampleEvents(1), 1);
      expect(result.nextExpectedRevision).toBe(2);
    });

    it('lets exactly one of two concurrent writers at the same revision win', async () => {
      const id = stream();
      await store.append(id, sampleEvents(1), 'no_stream');
      const outcomes = await Promise.allSettled([
        store.append(id, sampleEvents(1), 0),
        store.append(id, sampleEvents(1), 0),
      ]);
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      const rejected = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
      expect(rejected.reason).toBeInstanceOf(WrongExpectedRevisionError);
      expect(await store.readStream(id)).toHaveLength(2);
    });

    it('treats a re-append of the same event ids as the same write (a retried command)', async () => {
      const id = stream();
      const events = sampleEvents(2);
      const first = await store.append(id, events, 'no_stream');
      const again = await store.append(id, events, 'no_stream');
      expect(first.replayed).toBeFalsy();
      expect(again).toEqual({ ...first, replayed: true });
      expect(await store.readStream(id)).toHaveLength(2);
    });

    it('refuses an append that mixes stored event ids with new ones', async () => {
      const id = stream();
      const events = sampleEvents(2);
      await store.append(id, events, 'no_stream');
      const before = await store.headPosition();
      await expect(store.append(id, [sampleEvent(), events[0]!], 1)).rejects.toBeInstanceOf(
        DuplicateEventIdError,
      );
      expect(await store.headPosition()).toBe(before);
    });

    it('reads a missing stream as empty', async () => {
      expect(await store.readStream(stream())).toEqual([]);
      expect(await store.readStream(stream(), { direction: 'backwards' })).toEqual([]);
    });

    it('reads a stream forwards and backwards from a revision, up to a count', async () => {
      const id = stream();
      await store.append(id, sampleEvents(5), 'no_stream');
      const forwards = await store.readStream(id, { fromRevision: 2, maxCount: 2 });
      expect(forwards.map((e) => e.revision)).toEqual([2, 3]);
      const backwards = await store.readStream(id, { direction: 'backwards', fromRevision: 3, maxCount: 3 });
      expect(backwards.map((e) => e.revision)).toEqual([3, 2, 1]);
      const last = await store.readStream(id, { direction: 'backwards', maxCount: 1 });
      expect(last.map((e) => e.revision)).toEqual([4]);
    });

    it('reads everything in global order after an exclusive position, filtered by category or type', async () => {
      const start = await store.headPosition();
      const cadre = stream('cadre');
      const village = stream('village');
      await store.append(cadre, [sampleEvent('CadreRegistered')], 'no_stream');
      await store.append(village, [sampleEvent('VillageRegistered')], 'no_stream');
      await store.append(cadre, [sampleEvent('CadreAppointed')], 0);
      const all = await store.readAll({ after: start });
      const ours = all.filter((e) => e.streamId === cadre || e.streamId === village);
      expect(ours.map((e) => e.type)).toEqual(['CadreRegistered', 'VillageRegistered', 'CadreAppointed']);
      const cadreCategory = cadre.slice(0, cadre.indexOf('-'));
      const byCategory = await store.readAll({ after: start, filter: { categories: [cadreCategory] } });
      expect(byCategory.map((e) => e.type)).toEqual(['CadreRegistered', 'CadreAppointed']);
      const byType = await store.readAll({ after: start, filter: { eventTypes: ['VillageRegistered'] } });
      expect(byType.filter((e) => e.streamId === village)).toHaveLength(1);
      const afterFirst = await store.readAll({ after: ours[0]!.position, maxCount: 1 });
      expect(afterFirst[0]!.position > ours[0]!.position).toBe(true);
      expect(afterFirst).toHaveLength(1);
    });

    it('subscribes from a checkpoint: stored events first, then live ones, without gaps or duplicates', async () => {
      const id = stream('sub');
      const category = id.slice(0, id.indexOf('-'));
      await store.append(id, sampleEvents(3), 'no_stream');
      const [, second] = await store.readStream(id);
      const subscription = store.subscribeToAll({
        after: second!.position,
        filter: { categories: [category] },
      });
      const received = take(subscription, 1 + 40);
      await subscription.caughtUp;
      const writers = Array.from({ length: 4 }, async (_, w) => {
        const writerStream = `${category}-${randomUUID()}`;
        for (let i = 0; i < 10; i++)
          await store.append(writerStream, [sampleEvent('Live', { w, i })], i === 0 ? 'no_stream' : i - 1);
      });
      await Promise.all(writers);
      const events = await received;
      await subscription.close();
      expect(events[0]!.revision).toBe(2);
      expect(new Set(events.map((e) => e.id)).size).toBe(41);
      const positions = events.map((e) => e.position);
      expect([...positions].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(positions);
      const stored = await store.readAll({ after: second!.position, filter: { categories: [category] } });
      expect(events.map((e) => e.id)).toEqual(stored.map((e) => e.id));
    });

    it('ends a subscription on close, even while it waits for live events', async () => {
      const subscription = store.subscribeToAll({ after: await store.headPosition() });
      const iterating = (async () => {
        let n = 0;
        for await (const _ of subscription) n++;
        return n;
      })();
      await subscription.caughtUp;
      await subscription.close();
      await expect(iterating).resolves.toBe(0);
    });
  });
}
