import { randomUUID } from 'node:crypto';
import { cadreAggregate, fold } from '@cadre/domain';
import { SqliteEventStore } from '@cadre/event-store';
import { describe, expect, it } from 'vitest';
import { advanceFold, patchState, type Snapshot, startFold, timeOf, toProjectedEvent } from '../src/index.js';
import { registered, trained } from './support/cadre-stream.js';

describe('a running fold', () => {
  it('yields a snapshot at every multiple, with the prefix maxima and the times of its block', async () => {
    const store = new SqliteEventStore({ path: ':memory:' });
    const cadreId = randomUUID();
    const stream = `cadre-${cadreId}`;
    await store.append(
      stream,
      [registered(cadreId), trained(cadreId, 5, 9), trained(cadreId, 2, 3), trained(cadreId, 7, 8)],
      'no_stream',
    );
    const events = (await store.readStream(stream)).map(toProjectedEvent);
    const running = startFold(cadreAggregate.initialState);
    const snapshots: Snapshot[] = [];
    for (const event of events) {
      const snapshot = advanceFold(running, cadreAggregate, event, 2);
      if (snapshot) snapshots.push(snapshot);
    }
    const occurred = events.map((e) => timeOf(e, 'OCCURRED'));
    const recorded = events.map((e) => timeOf(e, 'RECORDED'));
    expect(snapshots.map((s) => s.revision)).toEqual([2, 4]);
    expect(snapshots[1]).toMatchObject({
      latestOccurred: Math.max(...occurred),
      latestRecorded: Math.max(...recorded),
      blockOccurred: occurred.slice(2),
      blockRecorded: recorded.slice(2),
    });
    expect(snapshots[0]!.latestOccurred).toBe(occurred[1]);
    const first = patchState(undefined, snapshots[0]!.patch);
    expect(first).toEqual(fold(cadreAggregate, events.slice(0, 2) as never));
    expect(snapshots[1]!.patch.append?.trainings).toHaveLength(2);
    expect(patchState(first, snapshots[1]!.patch)).toEqual(fold(cadreAggregate, events as never));
    expect(running.blockOccurred).toEqual([]);
    expect(() => advanceFold(running, cadreAggregate, events[1]!, 2)).toThrow('expected revision 4');
    await store.close();
  });
});
